using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// A check of the veiligheidsvoorwaarden VT handed over (domain invariant 6). When the wijkteam records a condition as
/// not met, it continues straight to the terugmelding to VT; VT's own check counts as its next monitoring moment.
/// </summary>
public sealed class VoorwaardenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<VoorwaardenModel.InputModel> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.VoorwaardenControleren;

    public IReadOnlyList<Veiligheidsvoorwaarde> Voorwaarden => Dossier.GeaccepteerdeOverdracht?.Voorwaarden ?? [];

    /// <summary>The monitoring moment a check by Veilig Thuis counts for, if any is open.</summary>
    public (int Maanden, DateOnly Datum, bool Gedaan)? Monitoringsmoment =>
        User.IsInRole(Rollen.VtMedewerker) && Dossier.MonitoringMomenten(Handelingen.Termijnen).FirstOrDefault(m => !m.Gedaan) is { Maanden: > 0 } moment ? moment : null;

    public static IReadOnlyList<SelectListItem> Nalevingen { get; } =
        [new("Niet gecontroleerd", ""), .. Enum.GetValues<Naleving>().Select(n => new SelectListItem(n.Naam(), n.ToString()))];

    protected override Task VulStandaardAsync()
    {
        Input.Datum = Handelingen.Vandaag;
        Input.Controles = [.. Voorwaarden.Select(v => new ControleInput { VoorwaardeId = v.Id })];
        return Task.CompletedTask;
    }

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        if (!Input.Controles.Select(c => c.VoorwaardeId).Order().SequenceEqual(Voorwaarden.Select(v => v.Id).Order()))
        {
            // One row per voorwaarde again, keeping what was entered for the ones that are still there.
            Input.Controles = [.. Voorwaarden.Select(v => Input.Controles.FirstOrDefault(c => c.VoorwaardeId == v.Id) ?? new ControleInput { VoorwaardeId = v.Id })];
            ModelState.Clear();
            Fout = "De voorwaarden zijn gewijzigd sinds u het formulier opende. Controleer ze en sla opnieuw op.";
            return false;
        }

        return geldig;
    }

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.ControleerVoorwaarden(Input.Datum!.Value,
            [.. Input.Controles.Where(c => c.Naleving is not null).Select(c => new ControleGegevens(c.VoorwaardeId, c.Naleving!.Value, c.Toelichting))], handeling);
        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() =>
        Dossier.NietNageleefdeVoorwaarden.Count > 0 && DossierRechten.VoorGebruiker(User, Dossier).Contains(DossierActie.Terugmelden)
            ? Url.Actie(DossierActie.Terugmelden, Id)
            : Url.Dossier(Id, "kop-voorwaarden");

    public sealed class InputModel
    {
        public DateOnly? Datum { get; set; }

        public List<ControleInput> Controles { get; set; } = [];
    }

    public sealed class ControleInput
    {
        public Guid VoorwaardeId { get; set; }

        public Naleving? Naleving { get; set; }

        public string? Toelichting { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok, Termijnberekening termijnen)
        {
            RuleFor(i => i.Datum).NotNull().WithMessage("Vul de datum van de controle in.")
                .Must(d => d is null || d <= termijnen.Datum(klok.GetUtcNow())).WithMessage("De datum van de controle kan niet in de toekomst liggen.");
            RuleFor(i => i.Controles).Must(c => c.Any(x => x.Naleving is not null)).WithMessage("Geef voor minstens één voorwaarde aan of die is nageleefd.");
            RuleForEach(i => i.Controles).ChildRules(c =>
            {
                c.RuleFor(x => x.Toelichting).NotEmpty().When(x => x.Naleving == Naleving.NietNageleefd)
                    .WithMessage("Licht toe wat er is gebeurd bij een voorwaarde die niet is nageleefd.")
                    .MaximumLength(2000).WithMessage("Houd de toelichting korter dan 2000 tekens.");
            });
        }
    }
}
