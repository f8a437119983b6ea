using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// Records the planned MDO: who came, what was decided, and the actions with an owner and a due date. An owner who
/// works with this system (a wijkteam member or the VT behandelaar) finds the action in Mijn werk.
/// </summary>
public sealed class MdoVastleggenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<MdoVastleggenModel.InputModel> validator)
    : TeamActieModel(db, diensten, handelingen)
{
    private const string Medewerker = "m:";
    private const string Partner = "n:";
    private const string Gezinslid = "g:";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.MdoVastleggen;

    public Mdo? Gepland => Dossier.Mdos.FirstOrDefault(m => !m.IsGehouden);

    /// <summary>Who can own an action: the team and the VT behandelaar (they get it in Mijn werk), the netwerkpartners, the family.</summary>
    public IReadOnlyList<SelectListItem> Eigenaren =>
    [
        new("Kies wie de actie uitvoert", ""),
        .. Team.Select(m => new SelectListItem($"{m.Naam} (wijkteam)", Medewerker + m.Id)),
        new($"{Dossier.VtBehandelaarNaam} (Veilig Thuis)", Medewerker + Dossier.VtBehandelaarId),
        .. Dossier.Netwerkpartners.Select(p => new SelectListItem($"{p.Contactpersoon} ({p.Weergave})", Partner + p.Id)),
        .. Dossier.Gezinsleden.Select(g => new SelectListItem($"{g.Naam} ({g.Rol.Naam()})", Gezinslid + g.Id)),
    ];

    public Task<IActionResult> OnPostMeerRegelsAsync()
    {
        Input.Acties.AddRange([new ActieInput(), new ActieInput()]);
        return ToonFormulierAsync();
    }

    protected override Task VulStandaardAsync()
    {
        if (Gepland is { } mdo)
        {
            Input.GehoudenOp = Handelingen.NaarNederlandseTijd(mdo.GeplandOp);
            Input.AanwezigeNetwerkpartners = [.. mdo.Netwerkpartners];
            Input.AanwezigeGezinsleden = [.. mdo.Gezinsleden];
        }

        Input.Acties = [new ActieInput(), new ActieInput(), new ActieInput()];
        return Task.CompletedTask;
    }

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        var keuzes = Eigenaren.Select(e => e.Value).ToHashSet();
        for (var i = 0; i < Input.Acties.Count; i++)
        {
            if (Input.Acties[i].Eigenaar is { Length: > 0 } eigenaar && !keuzes.Contains(eigenaar))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Acties)}[{i}].{nameof(ActieInput.Eigenaar)}", "Kies de eigenaar uit de lijst.");
                geldig = false;
            }
        }

        return geldig;
    }

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.LegMdoVast(Gepland?.Id ?? Guid.Empty, new MdoVerslag(
            Handelingen.AlsNederlandseTijd(Input.GehoudenOp!.Value), Input.AanwezigeNetwerkpartners, Input.AanwezigeGezinsleden, Input.Besluiten,
            [.. Input.Acties.Where(a => !a.IsLeeg).Select(a => new MdoActieGegevens(a.Wat ?? "", EigenaarVan(a.Eigenaar), a.Uiterlijk))],
            Input.VolgendeMdo), handeling);
        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() => Url.Dossier(Id, "kop-mdo");

    private ActieEigenaar? EigenaarVan(string? keuze) => keuze switch
    {
        null or "" => null,
        _ when keuze.StartsWith(Medewerker, StringComparison.Ordinal) =>
            new ActieEigenaar(Eigenaren.Single(e => e.Value == keuze).Text, keuze[Medewerker.Length..]),
        _ => new ActieEigenaar(Eigenaren.Single(e => e.Value == keuze).Text, null),
    };

    public sealed class InputModel
    {
        public DateTime? GehoudenOp { get; set; }

        public List<Guid> AanwezigeNetwerkpartners { get; set; } = [];

        public List<Guid> AanwezigeGezinsleden { get; set; } = [];

        public string Besluiten { get; set; } = "";

        public List<ActieInput> Acties { get; set; } = [];

        public DateOnly? VolgendeMdo { get; set; }
    }

    public sealed class ActieInput
    {
        public string? Wat { get; set; }

        public string? Eigenaar { get; set; }

        public DateOnly? Uiterlijk { get; set; }

        public bool IsLeeg => string.IsNullOrWhiteSpace(Wat) && string.IsNullOrEmpty(Eigenaar) && Uiterlijk is null;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok)
        {
            RuleFor(i => i.GehoudenOp).NotNull().WithMessage("Vul in wanneer het MDO was.")
                .Must(op => op is null || Handelingen.AlsNederlandseTijd(op.Value) <= klok.GetUtcNow()).WithMessage("Een MDO kan pas worden vastgelegd als het gehouden is.");
            RuleFor(i => i.Besluiten).NotEmpty().WithMessage("Leg de besluiten van het MDO vast.").MaximumLength(4000).WithMessage("Houd de besluiten korter dan 4000 tekens.");
            RuleFor(i => i.AanwezigeNetwerkpartners).NotEmpty().When(i => i.AanwezigeGezinsleden.Count == 0).WithMessage("Leg vast wie er bij het MDO aanwezig waren.");
            RuleForEach(i => i.Acties).ChildRules(a =>
            {
                a.RuleFor(x => x.Wat).NotEmpty().When(x => !x.IsLeeg).WithMessage("Beschrijf wat er moet gebeuren.").MaximumLength(1000).WithMessage("Houd dit korter dan 1000 tekens.");
                a.RuleFor(x => x.Eigenaar).NotEmpty().When(x => !x.IsLeeg).WithMessage("Elke actie heeft een eigenaar: wie voert hem uit?");
                a.RuleFor(x => x.Uiterlijk).NotNull().When(x => !x.IsLeeg).WithMessage("Geef een uiterste datum.");
            });
            // Next to the action's own date field, not only above the form: which of the actions is meant must be visible.
            RuleFor(i => i.Acties).Custom((acties, context) =>
            {
                for (var index = 0; index < acties.Count; index++)
                {
                    if (!acties[index].IsLeeg && acties[index].Uiterlijk is { } uiterlijk && context.InstanceToValidate.GehoudenOp is { } gehouden
                        && uiterlijk < DateOnly.FromDateTime(gehouden))
                    {
                        context.AddFailure($"{nameof(InputModel.Acties)}[{index}].{nameof(ActieInput.Uiterlijk)}", "De uiterste datum van een actie ligt niet vóór het MDO.");
                    }
                }
            });
        }
    }
}
