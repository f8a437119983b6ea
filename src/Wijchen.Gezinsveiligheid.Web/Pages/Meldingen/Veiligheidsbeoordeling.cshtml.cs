using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Meldingen;

/// <summary>
/// VT's veiligheidsbeoordeling with its besluit. For Voorwaarden en Vervolg, onderzoek and einde bemoeienis the
/// chosen route starts in the same transaction; for an overdracht the worker continues to the offer.
/// </summary>
public sealed class VeiligheidsbeoordelingModel(AppDbContext db, IAuthorizationService authorization, Handelingen handelingen, IValidator<VeiligheidsbeoordelingModel.InputModel> validator)
    : DossierActieModel(db, authorization, handelingen)
{
    public const string AnderInstrument = "Anders";

    public static IReadOnlyList<string> Instrumenten { get; } = ["LIRIK", "ARIJ", "CARE-NL", AnderInstrument];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.VeiligheidsbeoordelingVastleggen;

    public static IReadOnlyList<SelectListItem> JaNee { get; } = [new("Ja", "true"), new("Nee", "false")];

    public static IReadOnlyList<SelectListItem> Oordelen { get; } =
        [new("Nog geen oordeel", ""), .. Enum.GetValues<VeiligheidsOordeel>().Select(o => new SelectListItem(o.Naam(), o.ToString()))];

    public static IReadOnlyList<SelectListItem> InstrumentKeuzes { get; } =
        [new("Geen instrument gebruikt", ""), .. Instrumenten.Select(i => new SelectListItem(i == AnderInstrument ? "Ander instrument" : i, i))];

    public static IReadOnlyList<SelectListItem> Besluiten { get; } =
        [.. Enum.GetValues<VeiligheidsbeoordelingBesluit>().Select(b => new SelectListItem(b.Naam(), b.ToString()))];

    public Gezinslid Lid(Guid id) => Dossier.Gezinsleden.Single(g => g.Id == id);

    protected override Task VulStandaardAsync()
    {
        Input.Datum = Handelingen.Vandaag;
        Input.Oordelen = [.. Dossier.Gezinsleden.Select(g => new OordeelInput { GezinslidId = g.Id })];
        Input.Kindchecks = [.. Dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(Handelingen.Vandaag)).Select(g => new KindcheckInput { GezinslidId = g.Id })];
        return Task.CompletedTask;
    }

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        // The rows must be exactly this household, and every child needs a judgement: checked against the dossier, not the form.
        if (Input.Oordelen.Select(o => o.GezinslidId).Order().SequenceEqual(Dossier.Gezinsleden.Select(g => g.Id).Order()) is false)
        {
            Fout = "Het gezin is gewijzigd sinds u het formulier opende. Laad de pagina opnieuw.";
            return false;
        }

        var peildatum = Input.Datum ?? Handelingen.Vandaag;
        for (var i = 0; i < Input.Oordelen.Count; i++)
        {
            var lid = Lid(Input.Oordelen[i].GezinslidId);
            if (lid.IsMinderjarigOp(peildatum) && Input.Oordelen[i].Oordeel is null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Oordelen)}[{i}].{nameof(OordeelInput.Oordeel)}", $"Geef een veiligheidsoordeel voor {lid.Naam}: elk kind wordt beoordeeld.");
                geldig = false;
            }
        }

        var volwassenen = Dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(peildatum)).Select(g => g.Id).ToHashSet();
        if (!Input.Kindchecks.Select(k => k.GezinslidId).ToHashSet().SetEquals(volwassenen))
        {
            Fout = "Met deze datum zijn er andere volwassenen in het gezin; de kindcheck is aangepast. Controleer en sla opnieuw op.";
            Input.Kindchecks = [.. volwassenen.Select(id => Input.Kindchecks.FirstOrDefault(k => k.GezinslidId == id) ?? new KindcheckInput { GezinslidId = id })];
            ModelState.Clear();
            return false;
        }

        return geldig;
    }

    protected override Task VoerUitAsync(Handeling handeling)
    {
        var besluit = Input.Besluit!.Value;
        var instrument = string.IsNullOrEmpty(Input.Instrument) ? null
            : new InstrumentGegevens(Input.Instrument == AnderInstrument ? Input.AnderInstrumentNaam ?? "" : Input.Instrument, Input.InstrumentVersie, Input.InstrumentUitkomst);
        Dossier.LegVeiligheidsbeoordelingVast(new VeiligheidsbeoordelingGegevens(
            Input.Datum!.Value, Input.AcuteOnveiligheid!.Value, Input.StructureleOnveiligheid!.Value,
            [.. Input.Oordelen.Where(o => o.Oordeel is not null).Select(o => new OordeelGegevens(o.GezinslidId, o.Oordeel!.Value, o.Toelichting))],
            [.. Input.Kindchecks.Select(k => new KindcheckGegevens(k.GezinslidId, k.Afhankelijk!.Value, k.Afhankelijk == true ? k.KinderenVeilig : null, k.Toelichting))],
            instrument, Input.Onderbouwing, besluit), handeling);

        switch (besluit)
        {
            case VeiligheidsbeoordelingBesluit.VoorwaardenEnVervolg:
                Dossier.StartVoorwaardenEnVervolg(handeling);
                break;
            case VeiligheidsbeoordelingBesluit.Onderzoek:
                Dossier.StartOnderzoek(handeling);
                break;
            case VeiligheidsbeoordelingBesluit.EindeBemoeienis:
                Dossier.BeeindigBemoeienis(Input.RedenEinde, handeling);
                break;
            case VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam:
                break;
        }

        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() =>
        Input.Besluit == VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam ? $"/Dossiers/{Id}/Aanbieden" : $"/Dossiers/{Id}";

    public sealed class InputModel
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
    }

    public sealed class OordeelInput
    {
        public Guid GezinslidId { get; set; }

        public VeiligheidsOordeel? Oordeel { get; set; }

        public string? Toelichting { get; set; }
    }

    public sealed class KindcheckInput
    {
        public Guid GezinslidId { get; set; }

        public bool? Afhankelijk { get; set; }

        public bool? KinderenVeilig { get; set; }

        public string? Toelichting { get; set; }
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
            RuleForEach(i => i.Oordelen).ChildRules(o => o.RuleFor(x => x.Toelichting).MaximumLength(2000).WithMessage("Houd de toelichting korter dan 2000 tekens."));
            RuleForEach(i => i.Kindchecks).ChildRules(k =>
            {
                k.RuleFor(x => x.Afhankelijk).NotNull().WithMessage("Geef aan of er minderjarige kinderen van deze volwassene afhankelijk zijn.");
                k.RuleFor(x => x.KinderenVeilig).NotNull().When(x => x.Afhankelijk == true).WithMessage("Geef aan of die kinderen veilig zijn.");
                k.RuleFor(x => x.Toelichting).MaximumLength(2000).WithMessage("Houd de toelichting korter dan 2000 tekens.");
            });
            RuleFor(i => i.Instrument).Must(i => i is null || Instrumenten.Contains(i)).WithMessage("Kies een instrument uit de lijst.");
            RuleFor(i => i.AnderInstrumentNaam).NotEmpty().When(i => i.Instrument == AnderInstrument).WithMessage("Geef de naam van het instrument.").MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
            RuleFor(i => i.InstrumentVersie).MaximumLength(200).WithMessage("Houd de versie korter dan 200 tekens.");
            RuleFor(i => i.InstrumentUitkomst).MaximumLength(400).WithMessage("Houd de uitkomst korter dan 400 tekens.");
            RuleFor(i => i.Onderbouwing).NotEmpty().WithMessage("Onderbouw de beoordeling.").MaximumLength(4000).WithMessage("Houd de onderbouwing korter dan 4000 tekens.");
            RuleFor(i => i.Besluit).NotNull().WithMessage("Kies het besluit.");
            RuleFor(i => i.RedenEinde).NotEmpty().When(i => i.Besluit == VeiligheidsbeoordelingBesluit.EindeBemoeienis).WithMessage("Geef de reden voor het einde van de bemoeienis.")
                .MaximumLength(2000).WithMessage("Houd de reden korter dan 2000 tekens.");
        }
    }
}
