using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>A safety judgement for one household member, as the form posts it.</summary>
public sealed class OordeelInput
{
    public Guid GezinslidId { get; set; }

    public VeiligheidsOordeel? Oordeel { get; set; }

    public string? Toelichting { get; set; }
}

/// <summary>The meldcode kindcheck for one adult, as the form posts it.</summary>
public sealed class KindcheckInput
{
    public Guid GezinslidId { get; set; }

    public bool? Afhankelijk { get; set; }

    public bool? KinderenVeilig { get; set; }

    public string? Toelichting { get; set; }
}

/// <summary>A form with a judgement per household member and a kindcheck per adult: the VB and every evaluation.</summary>
public interface IOordelenInput
{
    /// <summary>The day the judgements are for: who is a child and who an adult depends on it.</summary>
    DateOnly? Datum { get; set; }

    List<OordeelInput> Oordelen { get; set; }

    List<KindcheckInput> Kindchecks { get; set; }
}

/// <summary>The risk instrument as a form asks for it: one of the known instruments or another by name, with version and outcome.</summary>
public interface IInstrumentInput
{
    string? Instrument { get; }

    string? AnderInstrumentNaam { get; }

    string? InstrumentVersie { get; }

    string? InstrumentUitkomst { get; }
}

/// <summary>
/// The rows of judgements and kindchecks, the same for the VB and each evaluation (domain invariants 3 and 8): one row per
/// member, every child judged, every adult checked — with the message next to the child's field.
/// </summary>
public static class Beoordelingsregels
{
    public const string AnderInstrument = "Anders";

    public static IReadOnlyList<string> Instrumenten { get; } = ["LIRIK", "ARIJ", "CARE-NL", AnderInstrument];

    public static IReadOnlyList<SelectListItem> InstrumentKeuzes { get; } =
        [new("Geen instrument gebruikt", ""), .. Instrumenten.Select(i => new SelectListItem(i == AnderInstrument ? "Ander instrument" : i, i))];

    public static IReadOnlyList<SelectListItem> JaNee { get; } = [new("Ja", "true"), new("Nee", "false")];

    public static IReadOnlyList<SelectListItem> Oordeelkeuzes { get; } =
        [new("Nog geen oordeel", ""), .. Enum.GetValues<VeiligheidsOordeel>().Select(o => new SelectListItem(o.Naam(), o.ToString()))];

    public static void VulStandaard(IOordelenInput input, Dossier dossier, DateOnly peildatum)
    {
        input.Oordelen = [.. dossier.Gezinsleden.Select(g => new OordeelInput { GezinslidId = g.Id })];
        input.Kindchecks = [.. dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(peildatum)).Select(g => new KindcheckInput { GezinslidId = g.Id })];
    }

    /// <summary>Checks the rows against the dossier, not the form. Returns a message for the top of the page when the rows no longer fit the household.</summary>
    public static string? Controleer(ModelStateDictionary modelState, string prefix, IOordelenInput input, Dossier dossier, DateOnly peildatum)
    {
        if (!input.Oordelen.Select(o => o.GezinslidId).Order().SequenceEqual(dossier.Gezinsleden.Select(g => g.Id).Order()))
        {
            // One row per member of this household again, keeping what was entered for the members it still has: the
            // form is shown with the current household, never with rows for people who are not (or no longer) in it.
            input.Oordelen = [.. dossier.Gezinsleden.Select(g => input.Oordelen.FirstOrDefault(o => o.GezinslidId == g.Id) ?? new OordeelInput { GezinslidId = g.Id })];
            input.Kindchecks = [.. dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(peildatum))
                .Select(g => input.Kindchecks.FirstOrDefault(k => k.GezinslidId == g.Id) ?? new KindcheckInput { GezinslidId = g.Id })];
            modelState.Clear();
            return "Het gezin is gewijzigd sinds u het formulier opende. Controleer de oordelen en sla opnieuw op.";
        }

        foreach (var kind in dossier.KinderenZonderOordeel(input.Oordelen.Where(o => o.Oordeel is not null).Select(o => o.GezinslidId), peildatum))
        {
            var rij = input.Oordelen.FindIndex(o => o.GezinslidId == kind.Id);
            modelState.AddModelError($"{prefix}.{nameof(IOordelenInput.Oordelen)}[{rij}].{nameof(OordeelInput.Oordeel)}", $"Geef een veiligheidsoordeel voor {kind.Naam}: elk kind wordt beoordeeld.");
        }

        var volwassenen = dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(peildatum)).Select(g => g.Id).ToHashSet();
        if (!input.Kindchecks.Select(k => k.GezinslidId).ToHashSet().SetEquals(volwassenen))
        {
            input.Kindchecks = [.. volwassenen.Select(id => input.Kindchecks.FirstOrDefault(k => k.GezinslidId == id) ?? new KindcheckInput { GezinslidId = id })];
            modelState.Clear();
            return "Met deze datum zijn er andere volwassenen in het gezin; de kindcheck is aangepast. Controleer en sla opnieuw op.";
        }

        return null;
    }

    public static IReadOnlyList<OordeelGegevens> Oordelen(IOordelenInput input) =>
        [.. input.Oordelen.Where(o => o.Oordeel is not null).Select(o => new OordeelGegevens(o.GezinslidId, o.Oordeel!.Value, o.Toelichting))];

    public static IReadOnlyList<KindcheckGegevens> Kindchecks(IOordelenInput input) =>
        [.. input.Kindchecks.Select(k => new KindcheckGegevens(k.GezinslidId, k.Afhankelijk!.Value, k.Afhankelijk == true ? k.KinderenVeilig : null, k.Toelichting))];

    /// <summary>No instrument, a known one, or another one by its own name: free values, never one fixed scale.</summary>
    public static InstrumentGegevens? Instrument(IInstrumentInput input) => string.IsNullOrEmpty(input.Instrument) ? null
        : new InstrumentGegevens(input.Instrument == AnderInstrument ? input.AnderInstrumentNaam ?? "" : input.Instrument, input.InstrumentVersie, input.InstrumentUitkomst);

    /// <summary>The instrument's rules; a page's validator includes it.</summary>
    public sealed class InstrumentValidator : AbstractValidator<IInstrumentInput>
    {
        public InstrumentValidator()
        {
            RuleFor(i => i.Instrument).Must(i => i is null || Instrumenten.Contains(i)).WithMessage("Kies een instrument uit de lijst.");
            RuleFor(i => i.AnderInstrumentNaam).NotEmpty().When(i => i.Instrument == AnderInstrument).WithMessage("Geef de naam van het instrument.")
                .MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
            RuleFor(i => i.InstrumentVersie).MaximumLength(200).WithMessage("Houd de versie korter dan 200 tekens.");
            RuleFor(i => i.InstrumentUitkomst).MaximumLength(400).WithMessage("Houd de uitkomst korter dan 400 tekens.");
        }
    }

    /// <summary>The rules per row; a page's validator includes it.</summary>
    public sealed class Validator : AbstractValidator<IOordelenInput>
    {
        public Validator()
        {
            RuleForEach(i => i.Oordelen).ChildRules(o => o.RuleFor(x => x.Toelichting).MaximumLength(2000).WithMessage("Houd de toelichting korter dan 2000 tekens."));
            RuleForEach(i => i.Kindchecks).ChildRules(k =>
            {
                k.RuleFor(x => x.Afhankelijk).NotNull().WithMessage("Geef aan of er minderjarige kinderen van deze volwassene afhankelijk zijn.");
                k.RuleFor(x => x.KinderenVeilig).NotNull().When(x => x.Afhankelijk == true).WithMessage("Geef aan of die kinderen veilig zijn.");
                k.RuleFor(x => x.Toelichting).MaximumLength(2000).WithMessage("Houd de toelichting korter dan 2000 tekens.");
            });
        }
    }
}
