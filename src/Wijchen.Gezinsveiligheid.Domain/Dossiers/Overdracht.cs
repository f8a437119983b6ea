namespace Wijchen.Gezinsveiligheid.Domain;

public enum OverdrachtStatus
{
    Aangeboden,
    GesprekGepland,
    Geaccepteerd,
    Afgewezen,
    Ingetrokken,
}

public sealed record VoorwaardeGegevens(string Omschrijving, string VoorWie, string Verantwoordelijke);

public enum Naleving
{
    Nageleefd,
    NietNageleefd,
    Onbekend,
}

public sealed record ControleGegevens(Guid VoorwaardeId, Naleving Naleving, string? Toelichting);

/// <summary>One check of one veiligheidsvoorwaarde. A check by Veilig Thuis at a monitoring moment names that moment.</summary>
public sealed class VoorwaardeControle
{
    private VoorwaardeControle()
    {
        DoorNaam = "";
    }

    internal VoorwaardeControle(Guid id, int volgnummer, DateOnly datum, ControleGegevens gegevens, int? monitoringMaand, Handeling handeling)
    {
        Id = id;
        Volgnummer = volgnummer;
        Datum = datum;
        VastgelegdOp = handeling.Op;
        Naleving = gegevens.Naleving;
        Toelichting = string.IsNullOrWhiteSpace(gegevens.Toelichting) ? null : gegevens.Toelichting.Trim();
        DoorNaam = handeling.Door.Naam;
        DoorOrganisatie = handeling.Door.Organisatie;
        MonitoringMaand = monitoringMaand;
    }

    public Guid Id { get; private set; }

    /// <summary>The chronology number of the action that recorded this: orders records that share a moment.</summary>
    public int Volgnummer { get; private set; }

    public DateOnly Datum { get; private set; }

    public DateTimeOffset VastgelegdOp { get; private set; }

    public Naleving Naleving { get; private set; }

    public string? Toelichting { get; private set; }

    public string DoorNaam { get; private set; }

    public Organisatie DoorOrganisatie { get; private set; }

    /// <summary>The VT monitoring moment (months after acceptance) this check belongs to, if any.</summary>
    public int? MonitoringMaand { get; private set; }
}

/// <summary>VT's offer of a warme overdracht to one wijkteam. Monitoring months default to the regional setting.</summary>
public sealed record OverdrachtAanbod(
    Guid TeamId,
    string TeamNaam,
    string Context,
    string Contactpersoon,
    IReadOnlyList<VoorwaardeGegevens> Voorwaarden,
    IReadOnlyList<int>? MonitoringMaanden);

public sealed record GesprekPlanning(DateTimeOffset Op, string Locatie, Medewerker BeoogdCasusregisseur, IReadOnlyList<Guid> UitgenodigdeGezinsleden);

public sealed record GesprekVerslag(DateTimeOffset GehoudenOp, IReadOnlyList<Guid> AanwezigeGezinsleden, IReadOnlyList<string> AanwezigeProfessionals);

/// <summary>A minimum condition for immediate safety, agreed by VT with the family and handed over with the dossier.</summary>
public sealed class Veiligheidsvoorwaarde
{
    private readonly List<VoorwaardeControle> _controles = [];

    private Veiligheidsvoorwaarde()
    {
        Omschrijving = VoorWie = Verantwoordelijke = "";
    }

    internal Veiligheidsvoorwaarde(Guid id, int volgnummer, VoorwaardeGegevens gegevens)
    {
        Id = id;
        Volgnummer = volgnummer;
        Omschrijving = gegevens.Omschrijving.Trim();
        VoorWie = gegevens.VoorWie.Trim();
        Verantwoordelijke = gegevens.Verantwoordelijke.Trim();
    }

    public Guid Id { get; private set; }

    /// <summary>The order in which Veilig Thuis wrote the voorwaarden down, which is the order everyone reads them in.</summary>
    public int Volgnummer { get; private set; }

    public string Omschrijving { get; private set; }

    public string VoorWie { get; private set; }

    public string Verantwoordelijke { get; private set; }

    public IReadOnlyList<VoorwaardeControle> Controles => _controles;

    public VoorwaardeControle? LaatsteControle => _controles.Count == 0 ? null : _controles[^1];

    /// <summary>The latest check found the condition not met: the casusregisseur is offered the terugmelding.</summary>
    public bool IsNietNageleefd => LaatsteControle?.Naleving == Naleving.NietNageleefd;

    internal void Controleer(VoorwaardeControle controle) => _controles.Add(controle);
}

/// <summary>One offer of a warme overdracht and what became of it: planned, held, accepted, declined or withdrawn.</summary>
public sealed class Overdracht
{
    private readonly List<Veiligheidsvoorwaarde> _voorwaarden = [];

    private Overdracht()
    {
        AangebodenDoorId = AangebodenDoorNaam = TeamNaam = Context = Contactpersoon = "";
    }

    internal Overdracht(Guid id, Veiligheidsbeoordeling beoordeling, OverdrachtAanbod aanbod, IReadOnlyList<int> monitoringMaanden, Handeling handeling)
    {
        Id = id;
        VeiligheidsbeoordelingId = beoordeling.Id;
        AangebodenOp = handeling.Op;
        WerkdagenSindsBeoordeling = handeling.Termijnen.Kalender.WerkdagenTussen(beoordeling.Datum, handeling.Termijnen.Datum(handeling.Op));
        AangebodenDoorId = handeling.Door.Id;
        AangebodenDoorNaam = handeling.Door.Naam;
        TeamId = aanbod.TeamId;
        TeamNaam = aanbod.TeamNaam.Trim();
        Context = aanbod.Context.Trim();
        Contactpersoon = aanbod.Contactpersoon.Trim();
        MonitoringMaanden = [.. monitoringMaanden];
        _voorwaarden.AddRange(aanbod.Voorwaarden.Select((v, i) => new Veiligheidsvoorwaarde(Guid.CreateVersion7(handeling.Op), i + 1, v)));
        Status = OverdrachtStatus.Aangeboden;
    }

    public Guid Id { get; private set; }

    /// <summary>The VB whose outcome is handed over (domain invariant 2).</summary>
    public Guid VeiligheidsbeoordelingId { get; private set; }

    public DateTimeOffset AangebodenOp { get; private set; }

    public string AangebodenDoorId { get; private set; }

    public string AangebodenDoorNaam { get; private set; }

    public Guid TeamId { get; private set; }

    public string TeamNaam { get; private set; }

    public string Context { get; private set; }

    public string Contactpersoon { get; private set; }

    public IReadOnlyList<int> MonitoringMaanden { get; private set; } = [];

    public IReadOnlyList<Veiligheidsvoorwaarde> Voorwaarden => _voorwaarden;

    public OverdrachtStatus Status { get; private set; }

    public DateTimeOffset? GesprekOp { get; private set; }

    public string? GesprekLocatie { get; private set; }

    public string? BeoogdCasusregisseurId { get; private set; }

    public string? BeoogdCasusregisseurNaam { get; private set; }

    public IReadOnlyList<Guid> UitgenodigdeGezinsleden { get; private set; } = [];

    public DateTimeOffset? GehoudenOp { get; private set; }

    public IReadOnlyList<Guid> AanwezigeGezinsleden { get; private set; } = [];

    public IReadOnlyList<string> AanwezigeProfessionals { get; private set; } = [];

    public DateTimeOffset? BesluitOp { get; private set; }

    public string? BesluitDoorId { get; private set; }

    public string? BesluitDoorNaam { get; private set; }

    public string? Reden { get; private set; }

    public string? CasusregisseurId { get; private set; }

    public string? CasusregisseurNaam { get; private set; }

    // The lead times of this handover in working days, stored when each step happens: the calendar of a past day does
    // not change, and the dashboard reads them instead of recounting working days per handover on every request.

    /// <summary>VB → aanbod.</summary>
    public int? WerkdagenSindsBeoordeling { get; private set; }

    /// <summary>Aanbod → gehouden overdrachtsgesprek.</summary>
    public int? WerkdagenTotGesprek { get; private set; }

    /// <summary>Aanbod → acceptatie; only for an accepted handover.</summary>
    public int? WerkdagenTotAcceptatie { get; private set; }

    /// <summary>The veiligheidsplan deadline this acceptance started; kept with the handover so the dashboard can measure each one.</summary>
    public DateOnly? PlanUiterlijk { get; private set; }

    /// <summary>When a plan was first vastgesteld during the casusregie this acceptance started.</summary>
    public DateOnly? PlanVastgesteldOp { get; private set; }

    /// <summary>An offer not yet decided; a dossier has at most one, and only in <see cref="DossierFasen.OverdrachtOpen"/>.</summary>
    public static readonly OverdrachtStatus[] OpenStatussen = [OverdrachtStatus.Aangeboden, OverdrachtStatus.GesprekGepland];

    public bool IsOpen => OpenStatussen.Contains(Status);

    public bool IsGesprekGehouden => GehoudenOp is not null;

    /// <summary>Warm in the inspection's sense: the gesprek was held with the family present.</summary>
    public bool IsWarm => IsGesprekGehouden && AanwezigeGezinsleden.Count > 0;

    internal void Plan(GesprekPlanning planning)
    {
        GesprekOp = planning.Op;
        GesprekLocatie = planning.Locatie.Trim();
        BeoogdCasusregisseurId = planning.BeoogdCasusregisseur.Id;
        BeoogdCasusregisseurNaam = planning.BeoogdCasusregisseur.Naam;
        UitgenodigdeGezinsleden = [.. planning.UitgenodigdeGezinsleden];
        Status = OverdrachtStatus.GesprekGepland;
    }

    internal void LegGesprekVast(GesprekVerslag verslag, Termijnberekening termijnen)
    {
        GehoudenOp = verslag.GehoudenOp;
        WerkdagenTotGesprek = termijnen.WerkdagenTussen(AangebodenOp, verslag.GehoudenOp);
        AanwezigeGezinsleden = [.. verslag.AanwezigeGezinsleden];
        AanwezigeProfessionals = [.. verslag.AanwezigeProfessionals.Select(p => p.Trim())];
    }

    internal void Accepteer(Medewerker casusregisseur, Handeling handeling)
    {
        CasusregisseurId = casusregisseur.Id;
        CasusregisseurNaam = casusregisseur.Naam;
        WerkdagenTotAcceptatie = handeling.Termijnen.WerkdagenTussen(AangebodenOp, handeling.Op);
        Besluit(OverdrachtStatus.Geaccepteerd, null, handeling);
    }

    internal void StartPlantermijn(DateOnly uiterlijk) => PlanUiterlijk = uiterlijk;

    internal void LegPlanVastgesteldVast(DateOnly op) => PlanVastgesteldOp ??= op;

    internal void Besluit(OverdrachtStatus status, string? reden, Handeling handeling)
    {
        Status = status;
        Reden = reden?.Trim();
        BesluitOp = handeling.Op;
        BesluitDoorId = handeling.Door.Id;
        BesluitDoorNaam = handeling.Door.Naam;
    }
}

public static class OverdrachtStatusTeksten
{
    public static string Naam(this OverdrachtStatus status) => status switch
    {
        OverdrachtStatus.Aangeboden => "aangeboden",
        OverdrachtStatus.GesprekGepland => "overdrachtsgesprek gepland",
        OverdrachtStatus.Geaccepteerd => "geaccepteerd",
        OverdrachtStatus.Afgewezen => "afgewezen",
        OverdrachtStatus.Ingetrokken => "ingetrokken",
    };
}
