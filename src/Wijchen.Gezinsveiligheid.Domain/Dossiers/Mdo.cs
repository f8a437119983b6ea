namespace Wijchen.Gezinsveiligheid.Domain;

public enum MdoStatus
{
    Gepland,
    Gehouden,
}

/// <summary>Who owns an MDO action: always a name; a user id too when the owner works with this system, so it reaches their Mijn werk.</summary>
public sealed record ActieEigenaar(string Naam, string? MedewerkerId);

public sealed record MdoActieGegevens(string Wat, ActieEigenaar? Eigenaar, DateOnly? Uiterlijk);

public sealed record MdoPlanning(DateTimeOffset Op, string Locatie, string Agenda, IReadOnlyList<Guid> Netwerkpartners, IReadOnlyList<Guid> Gezinsleden);

public sealed record MdoVerslag(
    DateTimeOffset GehoudenOp,
    IReadOnlyList<Guid> AanwezigeNetwerkpartners,
    IReadOnlyList<Guid> AanwezigeGezinsleden,
    string Besluiten,
    IReadOnlyList<MdoActieGegevens> Acties,
    DateOnly? VolgendeMdo);

/// <summary>An action agreed in an MDO: what, by whom, by when, and when it was done.</summary>
public sealed class MdoActie
{
    private MdoActie()
    {
        Wat = EigenaarNaam = "";
    }

    internal MdoActie(Guid id, string wat, ActieEigenaar eigenaar, DateOnly uiterlijk)
    {
        Id = id;
        Wat = wat.Trim();
        EigenaarNaam = eigenaar.Naam.Trim();
        EigenaarId = eigenaar.MedewerkerId;
        Uiterlijk = uiterlijk;
    }

    public Guid Id { get; private set; }

    public string Wat { get; private set; }

    public string EigenaarNaam { get; private set; }

    /// <summary>The owner's user id when the owner is a user of this system.</summary>
    public string? EigenaarId { get; private set; }

    public DateOnly Uiterlijk { get; private set; }

    public DateTimeOffset? AfgerondOp { get; private set; }

    public string? AfgerondDoorNaam { get; private set; }

    public bool IsOpen => AfgerondOp is null;

    public bool IsTeLaat(DateOnly vandaag) => IsOpen && Uiterlijk < vandaag;

    internal void RondAf(Handeling handeling)
    {
        AfgerondOp = handeling.Op;
        AfgerondDoorNaam = handeling.Door.Naam;
    }
}

/// <summary>A multidisciplinair overleg: planned with an agenda and participants, then recorded with decisions and actions.</summary>
public sealed class Mdo
{
    private readonly List<MdoActie> _acties = [];

    private Mdo()
    {
        Locatie = Agenda = "";
    }

    internal Mdo(Guid id, int volgnummer, MdoPlanning planning)
    {
        Id = id;
        Volgnummer = volgnummer;
        GeplandOp = planning.Op;
        Locatie = planning.Locatie.Trim();
        Agenda = planning.Agenda.Trim();
        Netwerkpartners = [.. planning.Netwerkpartners];
        Gezinsleden = [.. planning.Gezinsleden];
        Status = MdoStatus.Gepland;
    }

    public Guid Id { get; private set; }

    /// <summary>The chronology number of the action that recorded this: orders records that share a moment.</summary>
    public int Volgnummer { get; private set; }

    public DateTimeOffset GeplandOp { get; private set; }

    public string Locatie { get; private set; }

    public string Agenda { get; private set; }

    /// <summary>The invited netwerkpartners.</summary>
    public IReadOnlyList<Guid> Netwerkpartners { get; private set; } = [];

    /// <summary>The invited household members.</summary>
    public IReadOnlyList<Guid> Gezinsleden { get; private set; } = [];

    public MdoStatus Status { get; private set; }

    public DateTimeOffset? GehoudenOp { get; private set; }

    public IReadOnlyList<Guid> AanwezigeNetwerkpartners { get; private set; } = [];

    public IReadOnlyList<Guid> AanwezigeGezinsleden { get; private set; } = [];

    public string? Besluiten { get; private set; }

    public DateOnly? VolgendeMdo { get; private set; }

    public IReadOnlyList<MdoActie> Acties => _acties;

    public bool IsGehouden => Status == MdoStatus.Gehouden;

    internal void LegVast(MdoVerslag verslag, IEnumerable<MdoActie> acties)
    {
        Status = MdoStatus.Gehouden;
        GehoudenOp = verslag.GehoudenOp;
        AanwezigeNetwerkpartners = [.. verslag.AanwezigeNetwerkpartners];
        AanwezigeGezinsleden = [.. verslag.AanwezigeGezinsleden];
        Besluiten = verslag.Besluiten.Trim();
        VolgendeMdo = verslag.VolgendeMdo;
        _acties.AddRange(acties);
    }
}
