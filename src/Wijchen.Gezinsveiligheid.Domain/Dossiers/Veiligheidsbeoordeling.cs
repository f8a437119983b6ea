namespace Wijchen.Gezinsveiligheid.Domain;

public enum VeiligheidsOordeel
{
    Veilig,
    VoorwaardelijkVeilig,
    Onveilig,
}

public enum VeiligheidsbeoordelingBesluit
{
    OverdrachtLokaalTeam,
    VoorwaardenEnVervolg,
    Onderzoek,
    EindeBemoeienis,
}

public sealed record OordeelGegevens(Guid GezinslidId, VeiligheidsOordeel Oordeel, string? Toelichting);

/// <summary>Meldcode kindcheck for an adult: do minor children depend on them, and are those children safe.</summary>
public sealed record KindcheckGegevens(Guid GezinslidId, bool MinderjarigeKinderenAfhankelijk, bool? KinderenVeilig, string? Toelichting);

/// <summary>A risk instrument as the assessor used it (LIRIK, ARIJ, CARE-NL, ...): free values, never one fixed scale.</summary>
public sealed record InstrumentGegevens(string Naam, string? Versie, string? Uitkomst);

public sealed record VeiligheidsbeoordelingGegevens(
    DateOnly Datum,
    bool AcuteOnveiligheid,
    bool StructureleOnveiligheid,
    IReadOnlyList<OordeelGegevens> Oordelen,
    IReadOnlyList<KindcheckGegevens> Kindchecks,
    InstrumentGegevens? Instrument,
    string Onderbouwing,
    VeiligheidsbeoordelingBesluit Besluit);

public sealed class Oordeel
{
    private Oordeel()
    {
    }

    internal Oordeel(OordeelGegevens gegevens)
    {
        GezinslidId = gegevens.GezinslidId;
        Waarde = gegevens.Oordeel;
        Toelichting = string.IsNullOrWhiteSpace(gegevens.Toelichting) ? null : gegevens.Toelichting.Trim();
    }

    public Guid GezinslidId { get; private set; }

    public VeiligheidsOordeel Waarde { get; private set; }

    public string? Toelichting { get; private set; }
}

public sealed class Kindcheck
{
    private Kindcheck()
    {
    }

    internal Kindcheck(KindcheckGegevens gegevens)
    {
        GezinslidId = gegevens.GezinslidId;
        MinderjarigeKinderenAfhankelijk = gegevens.MinderjarigeKinderenAfhankelijk;
        KinderenVeilig = gegevens.KinderenVeilig;
        Toelichting = string.IsNullOrWhiteSpace(gegevens.Toelichting) ? null : gegevens.Toelichting.Trim();
    }

    public Guid GezinslidId { get; private set; }

    public bool MinderjarigeKinderenAfhankelijk { get; private set; }

    /// <summary>Only answered when children depend on this adult.</summary>
    public bool? KinderenVeilig { get; private set; }

    public string? Toelichting { get; private set; }
}

/// <summary>VT's standardised veiligheidsbeoordeling, with a judgement per household member and a kindcheck per adult.</summary>
public sealed class Veiligheidsbeoordeling
{
    private readonly List<Oordeel> _oordelen = [];
    private readonly List<Kindcheck> _kindchecks = [];

    private Veiligheidsbeoordeling()
    {
        BeoordelaarId = BeoordelaarNaam = Onderbouwing = "";
    }

    internal Veiligheidsbeoordeling(Guid id, VeiligheidsbeoordelingGegevens gegevens, Medewerker beoordelaar, DateTimeOffset vastgelegdOp, int? werkdagenSindsMelding)
    {
        Id = id;
        Datum = gegevens.Datum;
        WerkdagenSindsMelding = werkdagenSindsMelding;
        VastgelegdOp = vastgelegdOp;
        BeoordelaarId = beoordelaar.Id;
        BeoordelaarNaam = beoordelaar.Naam;
        AcuteOnveiligheid = gegevens.AcuteOnveiligheid;
        StructureleOnveiligheid = gegevens.StructureleOnveiligheid;
        InstrumentNaam = gegevens.Instrument?.Naam.Trim();
        InstrumentVersie = gegevens.Instrument?.Versie?.Trim();
        InstrumentUitkomst = gegevens.Instrument?.Uitkomst?.Trim();
        Onderbouwing = gegevens.Onderbouwing.Trim();
        Besluit = gegevens.Besluit;
        _oordelen.AddRange(gegevens.Oordelen.Select(o => new Oordeel(o)));
        _kindchecks.AddRange(gegevens.Kindchecks.Select(k => new Kindcheck(k)));
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// The lead time melding → VB in working days, for the dossier's first VB only (a later one follows a terugmelding,
    /// not the melding). Stored when the VB is recorded, so the dashboard reads it instead of recounting calendars.
    /// </summary>
    public int? WerkdagenSindsMelding { get; private set; }

    public DateOnly Datum { get; private set; }

    public DateTimeOffset VastgelegdOp { get; private set; }

    public string BeoordelaarId { get; private set; }

    public string BeoordelaarNaam { get; private set; }

    public bool AcuteOnveiligheid { get; private set; }

    public bool StructureleOnveiligheid { get; private set; }

    public string? InstrumentNaam { get; private set; }

    public string? InstrumentVersie { get; private set; }

    public string? InstrumentUitkomst { get; private set; }

    public string Onderbouwing { get; private set; }

    public VeiligheidsbeoordelingBesluit Besluit { get; private set; }

    public IReadOnlyList<Oordeel> Oordelen => _oordelen;

    public IReadOnlyList<Kindcheck> Kindchecks => _kindchecks;
}

public static class VeiligheidsbeoordelingTeksten
{
    public static string Naam(this VeiligheidsOordeel oordeel) => oordeel switch
    {
        VeiligheidsOordeel.Veilig => "Veilig",
        VeiligheidsOordeel.VoorwaardelijkVeilig => "Voorwaardelijk veilig",
        VeiligheidsOordeel.Onveilig => "Onveilig",
    };

    public static string Naam(this VeiligheidsbeoordelingBesluit besluit) => besluit switch
    {
        VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam => "Overdracht aan lokaal team",
        VeiligheidsbeoordelingBesluit.VoorwaardenEnVervolg => "Voorwaarden en Vervolg",
        VeiligheidsbeoordelingBesluit.Onderzoek => "Onderzoek",
        VeiligheidsbeoordelingBesluit.EindeBemoeienis => "Einde bemoeienis",
    };
}
