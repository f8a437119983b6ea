using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// VT's veiligheidsbeoordeling with its besluit. For Voorwaarden en Vervolg, onderzoek and einde bemoeienis the
/// chosen route starts in the same transaction; for an overdracht the worker continues to the offer.
/// </summary>
public sealed class VeiligheidsbeoordelingModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<VeiligheidsbeoordelingModel.InputModel> validator)
    : BeoordelingsActieModel<VeiligheidsbeoordelingModel.InputModel>(db, diensten, handelingen, validator)
{
    public override DossierActie Actie => DossierActie.VeiligheidsbeoordelingVastleggen;

    public static IReadOnlyList<SelectListItem> JaNee => Beoordelingsregels.JaNee;

    public static IReadOnlyList<SelectListItem> Besluiten { get; } =
        [.. Enum.GetValues<VeiligheidsbeoordelingBesluit>().Select(b => new SelectListItem(b.Naam(), b.ToString()))];

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.BeoordeelEnVolgBesluit(Input.AlsGegevens(), Input.RedenEinde, handeling);
        return Task.CompletedTask;
    }

    /// <summary>A route that needs its own form (an overdracht's offer) continues there; every other route has started.</summary>
    protected override string NaUitvoeren() =>
        Dossier.Fase == DossierFase.Veiligheidsbeoordeling ? Url.Actie(Input.Besluit!.Value.Vervolg(), Id) : base.NaUitvoeren();

    public sealed class InputModel : IOordelenInput, IInstrumentInput
    {
        public DateOnly? Datum { get; set; }

        public bool? AcuteOnveiligheid { get; set; }

        public bool? StructureleOnveiligheid { get; set; }

        public List<OordeelInput> Oordelen { get; set; } = [];

        public List<KindcheckInput> Kindchecks { get; set; } = [];

        public string? Instrument { get; set; }

        public string? AnderInstrumentNaam { get; set; }

        public string? InstrumentVersie { get; set; }

        public string? InstrumentUitkomst { get; set; }

        public string Onderbouwing { get; set; } = "";

        public VeiligheidsbeoordelingBesluit? Besluit { get; set; }

        public string RedenEinde { get; set; } = "";

        /// <summary>Einde bemoeienis closes the dossier at once; the user confirms that this is meant.</summary>
        public bool EindeBevestigd { get; set; }

        /// <summary>The VB as the domain takes it, once valid; the API's offer makes its VB here too.</summary>
        public VeiligheidsbeoordelingGegevens AlsGegevens() =>
            new(Datum!.Value, AcuteOnveiligheid!.Value, StructureleOnveiligheid!.Value,
                Beoordelingsregels.Oordelen(this), Beoordelingsregels.Kindchecks(this), Beoordelingsregels.Instrument(this), Onderbouwing, Besluit!.Value);
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok, Termijnberekening termijnen)
        {
            RuleFor(i => i.Datum).NotNull().WithMessage("Vul de datum van de beoordeling in.")
                .Must(d => d is null || d <= termijnen.Datum(klok.GetUtcNow()))
                .WithMessage("De datum van de beoordeling kan niet in de toekomst liggen.");
            RuleFor(i => i.AcuteOnveiligheid).NotNull().WithMessage("Geef aan of er sprake is van acute onveiligheid.");
            RuleFor(i => i.StructureleOnveiligheid).NotNull().WithMessage("Geef aan of er sprake is van structurele onveiligheid.");
            Include(new Beoordelingsregels.Validator());
            Include(new Beoordelingsregels.InstrumentValidator());
            RuleFor(i => i.Onderbouwing).NotEmpty().WithMessage("Onderbouw de beoordeling.").MaximumLength(4000).WithMessage("Houd de onderbouwing korter dan 4000 tekens.");
            RuleFor(i => i.Besluit).NotNull().WithMessage("Kies het besluit.");
            RuleFor(i => i.RedenEinde).NotEmpty().When(i => i.Besluit == VeiligheidsbeoordelingBesluit.EindeBemoeienis).WithMessage("Geef de reden voor het einde van de bemoeienis.")
                .MaximumLength(2000).WithMessage("Houd de reden korter dan 2000 tekens.");
            RuleFor(i => i.EindeBevestigd).Equal(true).When(i => i.Besluit == VeiligheidsbeoordelingBesluit.EindeBemoeienis)
                .WithMessage("Bevestig dat het dossier met dit besluit direct wordt gesloten.");
        }
    }
}
