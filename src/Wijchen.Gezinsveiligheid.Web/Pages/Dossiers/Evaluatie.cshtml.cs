using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// The periodic risk evaluation: the professional judgement, a judgement per child, the kindchecks, the child's voice and
/// the parents' help request each in their own field. A conclusion that needs a next step leads straight to it.
/// </summary>
public sealed class EvaluatieModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<EvaluatieModel.InputModel> validator)
    : BeoordelingsActieModel<EvaluatieModel.InputModel>(db, diensten, handelingen, validator)
{
    public override DossierActie Actie => DossierActie.EvaluatieVastleggen;

    public override string Titel => "Risico's evalueren";

    public static IReadOnlyList<SelectListItem> Conclusies { get; } =
        [.. Enum.GetValues<EvaluatieConclusie>().Select(c => new SelectListItem(c.Naam(), c.ToString()))];

    public static IReadOnlyList<SelectListItem> Scores { get; } =
        [new("Kies een score", ""), .. Enumerable.Range(0, 11).Select(s => new SelectListItem(s.ToString(Datumtekst.Nederlands), s.ToString(Datumtekst.Nederlands)))];

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.LegEvaluatieVast(new EvaluatieGegevens(Input.Datum!.Value, Beoordelingsregels.Instrument(Input), Input.ProfessioneelOordeel, Input.Schaalvraag!.Value,
            Beoordelingsregels.Oordelen(Input), Beoordelingsregels.Kindchecks(Input), Input.StemVanHetKind ?? "", Input.HulpvraagOuders,
            Input.Conclusie!.Value, Input.Toelichting), handeling);
        return Task.CompletedTask;
    }

    /// <summary>Terugmelden, a new plan version and closure each have their own form; the evaluation leads there.</summary>
    protected override string NaUitvoeren() => Input.Conclusie switch
    {
        EvaluatieConclusie.Terugmelden => Url.Actie(DossierActie.Terugmelden, Id),
        EvaluatieConclusie.PlanBijstellen => Url.Actie(DossierActie.VeiligheidsplanOpstellen, Id),
        EvaluatieConclusie.AfsluitingVoorstellen => Url.Actie(DossierActie.AfsluitingVoorstellen, Id),
        EvaluatieConclusie.Voortzetten => Url.Dossier(Id, "kop-evaluaties"),
    };

    public sealed class InputModel : IOordelenInput, IInstrumentInput
    {
        public DateOnly? Datum { get; set; }

        public string? Instrument { get; set; }

        public string? AnderInstrumentNaam { get; set; }

        public string? InstrumentVersie { get; set; }

        /// <summary>The level, in the instrument's own terms.</summary>
        public string? InstrumentUitkomst { get; set; }

        public string ProfessioneelOordeel { get; set; } = "";

        public int? Schaalvraag { get; set; }

        public List<OordeelInput> Oordelen { get; set; } = [];

        public List<KindcheckInput> Kindchecks { get; set; } = [];

        public string? StemVanHetKind { get; set; }

        public string HulpvraagOuders { get; set; } = "";

        public EvaluatieConclusie? Conclusie { get; set; }

        public string? Toelichting { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok, Termijnberekening termijnen)
        {
            RuleFor(i => i.Datum).NotNull().WithMessage("Vul de datum van de evaluatie in.")
                .Must(d => d is null || d <= termijnen.Datum(klok.GetUtcNow())).WithMessage("De datum van de evaluatie kan niet in de toekomst liggen.");
            Include(new Beoordelingsregels.InstrumentValidator());
            RuleFor(i => i.ProfessioneelOordeel).NotEmpty().WithMessage("Geef uw professionele oordeel over de risico's.").MaximumLength(4000).WithMessage("Houd het oordeel korter dan 4000 tekens.");
            RuleFor(i => i.Schaalvraag).NotNull().WithMessage("Geef een score van 0 tot en met 10.").InclusiveBetween(0, 10).WithMessage("Geef een score van 0 tot en met 10.");
            RuleFor(i => i.StemVanHetKind).MaximumLength(4000).WithMessage("Houd dit korter dan 4000 tekens.");
            RuleFor(i => i.HulpvraagOuders).NotEmpty().WithMessage("Leg de hulpvraag van de ouders vast, los van het risico-oordeel.").MaximumLength(4000).WithMessage("Houd dit korter dan 4000 tekens.");
            RuleFor(i => i.Conclusie).NotNull().WithMessage("Kies de conclusie.");
            RuleFor(i => i.Toelichting).MaximumLength(4000).WithMessage("Houd de toelichting korter dan 4000 tekens.");
            Include(new Beoordelingsregels.Validator());
        }
    }
}
