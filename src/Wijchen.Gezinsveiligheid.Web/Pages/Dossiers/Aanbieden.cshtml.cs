using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Veilig Thuis offers a warme overdracht to a wijkteam, with the veiligheidsvoorwaarden and VT's monitoring moments.</summary>
public sealed class AanbiedenModel(
    AppDbContext db,
    DossierActieDiensten diensten,
    Handelingen handelingen,
    IValidator<AanbiedenModel.InputModel> validator,
    Termijnberekening termijnen)
    : DossierActieModel(db, diensten, handelingen)
{
    private const int ExtraRegels = 2;

    private IReadOnlyList<Team> _teams = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Teams => [new SelectListItem("Kies een wijkteam", ""), .. _teams.Select(t => new SelectListItem(t.Naam, t.Id.ToString()))];

    public override DossierActie Actie => DossierActie.OverdrachtAanbieden;

    public override string Titel => "Warme overdracht aanbieden";

    public Task<IActionResult> OnPostMeerRegelsAsync()
    {
        Input.Voorwaarden.AddRange(Enumerable.Range(0, ExtraRegels).Select(_ => new VoorwaardeInput()));
        return ToonFormulierAsync();
    }

    protected override Task VulStandaardAsync()
    {
        Input.Contactpersoon = User.Naam();
        // The agreements in force now, as the beheerder last set them on Beheer → Termijnen; not the start-up configuration.
        Input.MonitoringMaanden = string.Join(", ", termijnen.Instellingen.MonitoringMaanden);
        Input.Voorwaarden = [.. Enumerable.Range(0, 3).Select(_ => new VoorwaardeInput())];
        return Task.CompletedTask;
    }

    protected override async Task VoorbereidenAsync() =>
        _teams = await Db.Teams.AsNoTracking().Where(t => t.Organisatie == Organisatie.Gemeente).OrderBy(t => t.Naam).ToListAsync();

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        if (Input.TeamId is { } team && _teams.All(t => t.Id != team))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.TeamId)}", "Kies een van de wijkteams.");
            return false;
        }

        return geldig;
    }

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.BiedOverdrachtAan(Input.AlsAanbod(_teams.Single(t => t.Id == Input.TeamId)), handeling);
        return Task.CompletedTask;
    }

    public sealed class InputModel
    {
        public Guid? TeamId { get; set; }

        public string Context { get; set; } = "";

        public string Contactpersoon { get; set; } = "";

        public List<VoorwaardeInput> Voorwaarden { get; set; } = [];

        /// <summary>Months after acceptance, comma separated, e.g. "3, 6, 12, 18".</summary>
        public string MonitoringMaanden { get; set; } = "";

        public IEnumerable<VoorwaardeInput> IngevuldeVoorwaarden => Voorwaarden.Where(v => !v.IsLeeg);

        public IReadOnlyList<int> Maanden => Maandenlijst.Lees(MonitoringMaanden).Maanden;

        /// <summary>The offer as the domain takes it, once valid; the API's offer makes its offer here too.</summary>
        public OverdrachtAanbod AlsAanbod(Team team) =>
            new(team.Id, team.Naam, Context, Contactpersoon,
                [.. IngevuldeVoorwaarden.Select(v => new VoorwaardeGegevens(v.Omschrijving, v.VoorWie, v.Verantwoordelijke))], Maanden);
    }

    public sealed class VoorwaardeInput
    {
        public string Omschrijving { get; set; } = "";

        public string VoorWie { get; set; } = "";

        public string Verantwoordelijke { get; set; } = "";

        public bool IsLeeg => string.IsNullOrWhiteSpace(Omschrijving) && string.IsNullOrWhiteSpace(VoorWie) && string.IsNullOrWhiteSpace(Verantwoordelijke);
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.TeamId).NotNull().WithMessage("Kies het wijkteam dat de overdracht ontvangt.");
            RuleFor(i => i.Context).NotEmpty().WithMessage("Beschrijf de context van het gezin voor het wijkteam.").MaximumLength(4000).WithMessage("Houd de context korter dan 4000 tekens.");
            RuleFor(i => i.Contactpersoon).NotEmpty().WithMessage("Geef een contactpersoon bij Veilig Thuis.").MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
            RuleFor(i => i.Voorwaarden).Must(v => v.Any(r => !r.IsLeeg)).WithMessage("Leg minstens één veiligheidsvoorwaarde vast: die horen bij de overdracht.");
            RuleForEach(i => i.Voorwaarden).ChildRules(regel =>
            {
                regel.RuleFor(v => v.Omschrijving).NotEmpty().When(v => !v.IsLeeg).WithMessage("Beschrijf de voorwaarde.").MaximumLength(4000).WithMessage("Houd de voorwaarde korter dan 4000 tekens.");
                regel.RuleFor(v => v.Verantwoordelijke).NotEmpty().When(v => !v.IsLeeg).WithMessage("Wie is verantwoordelijk voor deze voorwaarde?").MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
                regel.RuleFor(v => v.VoorWie).MaximumLength(200).WithMessage("Houd dit korter dan 200 tekens.");
            });
            RuleFor(i => i.MonitoringMaanden).Custom((tekst, context) =>
            {
                var (maanden, geenGetal) = Maandenlijst.Lees(tekst);
                if (geenGetal is not null || !Monitoringsmomenten.ZijnGeldig([.. maanden]))
                {
                    context.AddFailure(geenGetal is null ? Monitoringsmomenten.Uitleg : Maandenlijst.Fout(geenGetal));
                }
            });
        }
    }
}
