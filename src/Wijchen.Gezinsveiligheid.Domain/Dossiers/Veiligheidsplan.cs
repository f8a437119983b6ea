namespace Wijchen.Gezinsveiligheid.Domain;

public enum PlanStatus
{
    Concept,
    Vastgesteld,
}

/// <summary>An agreement in the plan: who does what, when, and what happens if it goes wrong again.</summary>
public sealed record AfspraakGegevens(string Wie, string Wat, string Wanneer, string AlsHetMisgaat)
{
    public bool IsCompleet => new[] { Wie, Wat, Wanneer, AlsHetMisgaat }.All(v => !string.IsNullOrWhiteSpace(v));
}

/// <summary>A person in the family's safety network: a family member or friend, or a professional.</summary>
public sealed record NetwerklidGegevens(string Naam, string Relatie, bool IsProfessional);

/// <summary>"On a scale of 0 to 10, how safe is it now?", as one participant answered it.</summary>
public sealed record SchaalvraagGegevens(string Deelnemer, int Score);

/// <summary>
/// The content of a veiligheidsplan in the Signs of Safety shape. <see cref="Verspreidingslijst"/> names the
/// netwerkpartners who receive the plan; <see cref="InterneNotitie"/> is for the team and never printed.
/// </summary>
public sealed record VeiligheidsplanGegevens(
    string Zorgen,
    string WatGaatGoed,
    string Veiligheidsdoelen,
    IReadOnlyList<AfspraakGegevens> Afspraken,
    IReadOnlyList<NetwerklidGegevens> Netwerk,
    IReadOnlyList<SchaalvraagGegevens> Schaalvragen,
    DateOnly? VolgendeEvaluatie,
    IReadOnlyList<Guid> Verspreidingslijst,
    string? InterneNotitie);

public sealed class Afspraak
{
    private Afspraak()
    {
        Wie = Wat = Wanneer = AlsHetMisgaat = "";
    }

    internal Afspraak(AfspraakGegevens gegevens)
    {
        Wie = gegevens.Wie.Trim();
        Wat = gegevens.Wat.Trim();
        Wanneer = gegevens.Wanneer.Trim();
        AlsHetMisgaat = gegevens.AlsHetMisgaat.Trim();
    }

    public string Wie { get; private set; }

    public string Wat { get; private set; }

    public string Wanneer { get; private set; }

    public string AlsHetMisgaat { get; private set; }

    public AfspraakGegevens Gegevens => new(Wie, Wat, Wanneer, AlsHetMisgaat);
}

public sealed class Netwerklid
{
    private Netwerklid()
    {
        Naam = Relatie = "";
    }

    internal Netwerklid(NetwerklidGegevens gegevens)
    {
        Naam = gegevens.Naam.Trim();
        Relatie = gegevens.Relatie.Trim();
        IsProfessional = gegevens.IsProfessional;
    }

    public string Naam { get; private set; }

    public string Relatie { get; private set; }

    public bool IsProfessional { get; private set; }

    public NetwerklidGegevens Gegevens => new(Naam, Relatie, IsProfessional);
}

public sealed class Schaalvraag
{
    private Schaalvraag()
    {
        Deelnemer = "";
    }

    internal Schaalvraag(SchaalvraagGegevens gegevens)
    {
        Deelnemer = gegevens.Deelnemer.Trim();
        Score = gegevens.Score;
    }

    public string Deelnemer { get; private set; }

    public int Score { get; private set; }

    public SchaalvraagGegevens Gegevens => new(Deelnemer, Score);
}

/// <summary>One party on the distribution list of one plan version, and whether and when it was sent to them.</summary>
public sealed class Verspreiding
{
    private Verspreiding()
    {
        Partij = "";
    }

    internal Verspreiding(Netwerkpartner partner)
    {
        NetwerkpartnerId = partner.Id;
        Partij = partner.Weergave;
    }

    public Guid NetwerkpartnerId { get; private set; }

    /// <summary>The party's name when the list was made, so the record stays readable if the partner changes later.</summary>
    public string Partij { get; private set; }

    public DateOnly? VerzondenOp { get; private set; }

    public string? VerzondenDoorNaam { get; private set; }

    public bool IsVerzonden => VerzondenOp is not null;

    internal void Verzend(DateOnly op, Medewerker door)
    {
        VerzondenOp = op;
        VerzondenDoorNaam = door.Naam;
    }
}

/// <summary>
/// One version of the family's veiligheidsplan. A concept can be changed freely; a vastgesteld version never changes
/// again (apart from recording that it was sent): changing the plan then starts the next version.
/// </summary>
public sealed class Veiligheidsplan
{
    // Changed only through the plan's own methods: a caller cannot add an afspraak or a recipient past the guards,
    // the chronology and the dossier's version.
    private List<Afspraak> _afspraken = [];
    private List<Netwerklid> _netwerk = [];
    private List<Schaalvraag> _schaalvragen = [];
    private List<Verspreiding> _verspreidingslijst = [];

    private Veiligheidsplan()
    {
        Zorgen = WatGaatGoed = Veiligheidsdoelen = GewijzigdDoorNaam = "";
    }

    internal Veiligheidsplan(Guid id, int versie, VeiligheidsplanGegevens gegevens, IReadOnlyList<Netwerkpartner> ontvangers, Handeling handeling)
    {
        Id = id;
        Versie = versie;
        Status = PlanStatus.Concept;
        Zorgen = WatGaatGoed = Veiligheidsdoelen = GewijzigdDoorNaam = "";
        Wijzig(gegevens, ontvangers, handeling);
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3, ... in the order the versions were started.</summary>
    public int Versie { get; private set; }

    public PlanStatus Status { get; private set; }

    public string Zorgen { get; private set; }

    public string WatGaatGoed { get; private set; }

    public string Veiligheidsdoelen { get; private set; }

    public IReadOnlyList<Afspraak> Afspraken => _afspraken;

    public IReadOnlyList<Netwerklid> Netwerk => _netwerk;

    public IReadOnlyList<Schaalvraag> Schaalvragen => _schaalvragen;

    public DateOnly? VolgendeEvaluatie { get; private set; }

    public IReadOnlyList<Verspreiding> Verspreidingslijst => _verspreidingslijst;

    public string? InterneNotitie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public string GewijzigdDoorNaam { get; private set; }

    public DateOnly? VastgesteldOp { get; private set; }

    public string? VastgesteldDoorNaam { get; private set; }

    public bool IsVastgesteld => Status == PlanStatus.Vastgesteld;

    /// <summary>The parties on the list who have not received this version yet.</summary>
    public IReadOnlyList<Verspreiding> NietGedeeld => [.. Verspreidingslijst.Where(v => !v.IsVerzonden)];

    public VeiligheidsplanGegevens Gegevens => new(
        Zorgen, WatGaatGoed, Veiligheidsdoelen, [.. Afspraken.Select(a => a.Gegevens)], [.. Netwerk.Select(n => n.Gegevens)],
        [.. Schaalvragen.Select(s => s.Gegevens)], VolgendeEvaluatie, [.. Verspreidingslijst.Select(v => v.NetwerkpartnerId)], InterneNotitie);

    /// <summary>What still stands in the way of vaststelling (domain invariant 4), in the words a worker reads.</summary>
    public IReadOnlyList<string> Ontbrekend(DateOnly vandaag, DateOnly evaluatieUiterlijk)
    {
        var ontbrekend = new List<string>();
        if (string.IsNullOrWhiteSpace(Zorgen))
        {
            ontbrekend.Add("Beschrijf de zorgen (wat er kan gebeuren als er niets verandert).");
        }

        if (string.IsNullOrWhiteSpace(Veiligheidsdoelen))
        {
            ontbrekend.Add("Beschrijf de veiligheidsdoelen.");
        }

        if (Afspraken.Count == 0)
        {
            ontbrekend.Add("Leg minstens één afspraak vast.");
        }
        else if (!Afspraken.All(a => a.Gegevens.IsCompleet))
        {
            ontbrekend.Add("Elke afspraak zegt wie, wat, wanneer en wat er gebeurt als het misgaat.");
        }

        if (Netwerk.Count == 0)
        {
            ontbrekend.Add("Noem het veiligheidsnetwerk: minstens één familielid, bekende of professional.");
        }

        if (Verspreidingslijst.Count == 0)
        {
            ontbrekend.Add("Kies op de verspreidingslijst minstens één netwerkpartner die het plan krijgt.");
        }

        if (VolgendeEvaluatie is not { } evaluatie)
        {
            ontbrekend.Add("Plan de volgende evaluatie.");
        }
        else if (evaluatie < vandaag || evaluatie > evaluatieUiterlijk)
        {
            ontbrekend.Add($"De volgende evaluatie valt tussen vandaag en {Datumtekst.Van(evaluatieUiterlijk)}, de uiterste datum van de evaluatiecyclus.");
        }

        return ontbrekend;
    }

    internal void Wijzig(VeiligheidsplanGegevens gegevens, IReadOnlyList<Netwerkpartner> ontvangers, Handeling handeling)
    {
        Zorgen = gegevens.Zorgen.Trim();
        WatGaatGoed = gegevens.WatGaatGoed.Trim();
        Veiligheidsdoelen = gegevens.Veiligheidsdoelen.Trim();
        _afspraken = [.. gegevens.Afspraken.Select(a => new Afspraak(a))];
        _netwerk = [.. gegevens.Netwerk.Select(n => new Netwerklid(n))];
        _schaalvragen = [.. gegevens.Schaalvragen.Select(s => new Schaalvraag(s))];
        VolgendeEvaluatie = gegevens.VolgendeEvaluatie;
        _verspreidingslijst = [.. ontvangers.Select(p => new Verspreiding(p))];
        InterneNotitie = string.IsNullOrWhiteSpace(gegevens.InterneNotitie) ? null : gegevens.InterneNotitie.Trim();
        GewijzigdOp = handeling.Op;
        GewijzigdDoorNaam = handeling.Door.Naam;
    }

    internal void StelVast(Handeling handeling)
    {
        Status = PlanStatus.Vastgesteld;
        VastgesteldOp = handeling.Termijnen.Datum(handeling.Op);
        VastgesteldDoorNaam = handeling.Door.Naam;
    }
}
