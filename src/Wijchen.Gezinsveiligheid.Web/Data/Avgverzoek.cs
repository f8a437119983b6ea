namespace Wijchen.Gezinsveiligheid.Web.Data;

public enum Avgrecht
{
    /// <summary>AVG art. 15: which data the app holds about the person.</summary>
    Inzage,

    /// <summary>AVG art. 16: a change to data about the person.</summary>
    Correctie,
}

public enum Verzoekstatus
{
    /// <summary>Received; for inzage the export is assembled and waits for the officer's review.</summary>
    InBehandeling,

    /// <summary>Inzage: the officer reviewed every part and marked what is withheld.</summary>
    Beoordeeld,

    /// <summary>Inzage: released to the person. Correctie: decided.</summary>
    Afgehandeld,
}

/// <summary>What the privacy officer decided on a correction.</summary>
public enum Correctiebesluit
{
    Toegewezen,
    Afgewezen,
}

/// <summary>Which data of a household member a correction is about.</summary>
public enum Correctieveld
{
    Naam,
    Geboortedatum,
}

/// <summary>
/// A request of a person under the AVG, handled by the privacy officer. The person is identified by BSN, or by name
/// and birth date. The deadline is a month after receipt, extendable once by two months with a reason (art. 12(3)).
/// </summary>
public sealed class Avgverzoek
{
    public Guid Id { get; init; }

    public Avgrecht Recht { get; init; }

    public string? Bsn { get; init; }

    public string? Naam { get; init; }

    public DateOnly? Geboortedatum { get; init; }

    public DateOnly OntvangenOp { get; init; }

    public DateOnly Uiterlijk { get; set; }

    public string? VerlengingReden { get; set; }

    public Verzoekstatus Status { get; set; }

    public string BehandelaarId { get; init; } = "";

    public string BehandelaarNaam { get; init; } = "";

    public DateTimeOffset? AfgehandeldOp { get; set; }

    /// <summary>Inzage: the export as released, so that what the person received can always be shown again.</summary>
    public string? Vrijgegeven { get; set; }

    public List<Achterhouding> Achterhoudingen { get; init; } = [];

    // Correctie: which member of which dossier, what, from what to what, and the decision.
    public Guid? DossierId { get; set; }

    public Guid? GezinslidId { get; set; }

    public Correctieveld? Veld { get; set; }

    public string? OudeWaarde { get; set; }

    public string? GevraagdeWaarde { get; set; }

    /// <summary>The person's own words with the request; kept on the dossier as their statement when the request is refused.</summary>
    public string? Toelichting { get; set; }

    public Correctiebesluit? Besluit { get; set; }

    public string? BesluitReden { get; set; }
}

/// <summary>A part of an inzage export the officer withholds, and why (AVG art. 15(4), 23; Jeugdwet 7.3.11; Wmo 5.2.4).</summary>
public sealed class Achterhouding
{
    public Guid VerzoekId { get; init; }

    public string Onderdeel { get; init; } = "";

    public string Reden { get; init; } = "";
}
