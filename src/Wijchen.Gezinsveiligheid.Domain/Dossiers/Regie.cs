namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>One change of regiehouder: from whom, to whom, when, by whom and why (domain invariant 1).</summary>
public sealed class RegieWissel
{
    private RegieWissel()
    {
        DoorId = DoorNaam = Reden = "";
    }

    internal RegieWissel(Guid id, int volgnummer, Medewerker? van, Medewerker? naar, string reden, Handeling handeling)
    {
        Id = id;
        Volgnummer = volgnummer;
        Op = handeling.Op;
        VanId = van?.Id;
        VanNaam = van?.Naam;
        NaarId = naar?.Id;
        NaarNaam = naar?.Naam;
        NaarOrganisatie = naar?.Organisatie;
        DoorId = handeling.Door.Id;
        DoorNaam = handeling.Door.Naam;
        Reden = reden;
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// The place in the dossier's history, from 1. The moment cannot order it: two changes can carry the same moment
    /// (one action that hands regie on twice, or a clock that does not move between them), and "the latest change names
    /// the regiehouder" must not depend on the order in which a database happens to return equal moments.
    /// </summary>
    public int Volgnummer { get; private set; }

    public DateTimeOffset Op { get; private set; }

    public string? VanId { get; private set; }

    public string? VanNaam { get; private set; }

    /// <summary>Empty only when the dossier was closed.</summary>
    public string? NaarId { get; private set; }

    public string? NaarNaam { get; private set; }

    public Organisatie? NaarOrganisatie { get; private set; }

    public string DoorId { get; private set; }

    public string DoorNaam { get; private set; }

    public string Reden { get; private set; }
}

public enum ChronologieSoort
{
    Melding,
    Gezin,
    Veiligheidsbeoordeling,
    Overdracht,
    Regie,
    Plan,
    Mdo,
    Evaluatie,
    Voorwaarde,
    Terugmelding,
    Afsluiting,

    /// <summary>Attachments added, replaced or deleted, and statements of the people in the dossier.</summary>
    Document,
}

/// <summary>One event in the dossier's chronology, in the words a worker would use.</summary>
public sealed class ChronologieItem
{
    private ChronologieItem()
    {
        Omschrijving = DoorId = DoorNaam = "";
    }

    internal ChronologieItem(Guid id, int volgnummer, ChronologieSoort soort, DossierActie? actie, string omschrijving, Handeling handeling)
    {
        Id = id;
        Volgnummer = volgnummer;
        Op = handeling.Op;
        Soort = soort;
        Actie = actie;
        Omschrijving = omschrijving;
        DoorId = handeling.Door.Id;
        DoorNaam = handeling.Door.Naam;
    }

    public Guid Id { get; private set; }

    /// <summary>Keeps events of the same moment in the order they happened.</summary>
    public int Volgnummer { get; private set; }

    public DateTimeOffset Op { get; private set; }

    public ChronologieSoort Soort { get; private set; }

    /// <summary>Empty for the registration of the melding, which creates the dossier.</summary>
    public DossierActie? Actie { get; private set; }

    public string Omschrijving { get; private set; }

    public string DoorId { get; private set; }

    public string DoorNaam { get; private set; }
}

/// <summary>The closing checklist the casusregisseur ticks before proposing closure.</summary>
public sealed record AfsluitChecklist(bool VeiligheidStabielEnGeevalueerd, bool VtMonitoringAfgerondOfGeinformeerd, bool GezinEnPartnersGeinformeerd)
{
    public bool IsCompleet => VeiligheidStabielEnGeevalueerd && VtMonitoringAfgerondOfGeinformeerd && GezinEnPartnersGeinformeerd;
}

/// <summary>A pending proposal to close; a different person must approve it (four eyes).</summary>
public sealed class AfsluitVoorstel
{
    private AfsluitVoorstel()
    {
        VoorgesteldDoorId = VoorgesteldDoorNaam = Toelichting = "";
    }

    internal AfsluitVoorstel(AfsluitChecklist checklist, string toelichting, Handeling handeling)
    {
        VoorgesteldOp = handeling.Op;
        VoorgesteldDoorId = handeling.Door.Id;
        VoorgesteldDoorNaam = handeling.Door.Naam;
        Toelichting = toelichting.Trim();
        VeiligheidStabielEnGeevalueerd = checklist.VeiligheidStabielEnGeevalueerd;
        VtMonitoringAfgerondOfGeinformeerd = checklist.VtMonitoringAfgerondOfGeinformeerd;
        GezinEnPartnersGeinformeerd = checklist.GezinEnPartnersGeinformeerd;
    }

    public DateTimeOffset VoorgesteldOp { get; private set; }

    public string VoorgesteldDoorId { get; private set; }

    public string VoorgesteldDoorNaam { get; private set; }

    public string Toelichting { get; private set; }

    public bool VeiligheidStabielEnGeevalueerd { get; private set; }

    public bool VtMonitoringAfgerondOfGeinformeerd { get; private set; }

    public bool GezinEnPartnersGeinformeerd { get; private set; }
}
