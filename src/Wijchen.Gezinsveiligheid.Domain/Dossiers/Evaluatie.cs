namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>What the casusregisseur concludes from an evaluation; the last two lead on to their own action.</summary>
public enum EvaluatieConclusie
{
    Voortzetten,
    PlanBijstellen,
    Terugmelden,
    AfsluitingVoorstellen,
}

/// <summary>
/// A periodic risk evaluation (domain invariant 5): the professional's judgement, the child's perspective and the
/// parents' help request are separate fields, so the help request can never stand in for the risk judgement.
/// </summary>
public sealed record EvaluatieGegevens(
    DateOnly Datum,
    InstrumentGegevens? Instrument,
    string ProfessioneelOordeel,
    int Schaalvraag,
    IReadOnlyList<OordeelGegevens> Oordelen,
    IReadOnlyList<KindcheckGegevens> Kindchecks,
    string StemVanHetKind,
    string HulpvraagOuders,
    EvaluatieConclusie Conclusie,
    string? Toelichting);

public sealed class Evaluatie
{
    private List<Oordeel> _oordelen = [];
    private List<Kindcheck> _kindchecks = [];

    private Evaluatie()
    {
        DoorId = DoorNaam = ProfessioneelOordeel = StemVanHetKind = HulpvraagOuders = "";
    }

    internal Evaluatie(Guid id, int volgnummer, EvaluatieGegevens gegevens, Handeling handeling)
    {
        Id = id;
        Volgnummer = volgnummer;
        Datum = gegevens.Datum;
        VastgelegdOp = handeling.Op;
        DoorId = handeling.Door.Id;
        DoorNaam = handeling.Door.Naam;
        InstrumentNaam = gegevens.Instrument?.Naam.Trim();
        InstrumentVersie = gegevens.Instrument?.Versie?.Trim();
        Risiconiveau = gegevens.Instrument?.Uitkomst?.Trim();
        ProfessioneelOordeel = gegevens.ProfessioneelOordeel.Trim();
        Schaalvraag = gegevens.Schaalvraag;
        _oordelen = [.. gegevens.Oordelen.Select(o => new Oordeel(o))];
        _kindchecks = [.. gegevens.Kindchecks.Select(k => new Kindcheck(k))];
        StemVanHetKind = gegevens.StemVanHetKind.Trim();
        HulpvraagOuders = gegevens.HulpvraagOuders.Trim();
        Conclusie = gegevens.Conclusie;
        Toelichting = string.IsNullOrWhiteSpace(gegevens.Toelichting) ? null : gegevens.Toelichting.Trim();
    }

    public Guid Id { get; private set; }

    /// <summary>The chronology number of the action that recorded this: orders records that share a moment.</summary>
    public int Volgnummer { get; private set; }

    public DateOnly Datum { get; private set; }

    public DateTimeOffset VastgelegdOp { get; private set; }

    public string DoorId { get; private set; }

    public string DoorNaam { get; private set; }

    public string? InstrumentNaam { get; private set; }

    public string? InstrumentVersie { get; private set; }

    /// <summary>The level in the instrument's own terms; never one fixed scale.</summary>
    public string? Risiconiveau { get; private set; }

    public string ProfessioneelOordeel { get; private set; }

    public int Schaalvraag { get; private set; }

    public IReadOnlyList<Oordeel> Oordelen => _oordelen;

    public IReadOnlyList<Kindcheck> Kindchecks => _kindchecks;

    public string StemVanHetKind { get; private set; }

    public string HulpvraagOuders { get; private set; }

    public EvaluatieConclusie Conclusie { get; private set; }

    public string? Toelichting { get; private set; }
}

public static class EvaluatieTeksten
{
    public static string Naam(this EvaluatieConclusie conclusie) => conclusie switch
    {
        EvaluatieConclusie.Voortzetten => "Hulp en plan voortzetten",
        EvaluatieConclusie.PlanBijstellen => "Veiligheidsplan bijstellen",
        EvaluatieConclusie.Terugmelden => "Terugmelden aan Veilig Thuis",
        EvaluatieConclusie.AfsluitingVoorstellen => "Afsluiting voorstellen",
    };

    public static string Naam(this Naleving naleving) => naleving switch
    {
        Naleving.Nageleefd => "nageleefd",
        Naleving.NietNageleefd => "niet nageleefd",
        Naleving.Onbekend => "onbekend",
    };
}
