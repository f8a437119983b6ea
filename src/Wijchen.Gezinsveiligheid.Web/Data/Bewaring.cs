using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Dashboard;

namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>Why the retention period of a dossier is suspended.</summary>
public enum Bewaargrond
{
    Klacht,
    Rechtszaak,
    Inspectie,
    Bezwaar,
}

/// <summary>
/// A legal hold (bewaarplicht opgeschort): while it is not lifted, retention does not destroy the dossier, whatever its
/// age. Placed and lifted by the privacy officer, each with a reason; lifted holds stay as history.
/// </summary>
public sealed class Bewaarplicht
{
    public Guid Id { get; init; }

    public Guid DossierId { get; init; }

    public Bewaargrond Grond { get; init; }

    public string Reden { get; init; } = "";

    public DateTimeOffset GeplaatstOp { get; init; }

    public string GeplaatstDoorNaam { get; init; } = "";

    public DateTimeOffset? OpgehevenOp { get; set; }

    public string? OpgehevenDoorNaam { get; set; }

    public string? OpheffingReden { get; set; }
}

/// <summary>
/// The proof that a dossier was destroyed, without its content: kenmerk, when, on what ground, and how many files went
/// with it. Kept for good; it names no person.
/// </summary>
public sealed class Vernietiging
{
    public Guid Id { get; init; }

    public string Kenmerk { get; init; } = "";

    public DateTimeOffset VernietigdOp { get; init; }

    public string Grond { get; init; } = "";

    public DateOnly AfgeslotenOp { get; init; }

    public int Bijlagen { get; init; }
}

/// <summary>
/// What the dashboard's history and the inspection report need of a destroyed dossier, without a person in it: the
/// figures are counted over the live dossiers and these rows together, so a report over past years reads the same
/// before and after retention. <see cref="Dossiersleutel"/> is a fresh random id per destroyed dossier, only to count
/// distinct dossiers; it does not lead back to the dossier.
/// </summary>
public sealed class Statistiekoverdracht
{
    public Guid Id { get; init; }

    public Guid Dossiersleutel { get; init; }

    public Guid TeamId { get; init; }

    public OverdrachtStatus Status { get; init; }

    public DateTimeOffset AangebodenOp { get; init; }

    public DateTimeOffset? GehoudenOp { get; init; }

    public DateTimeOffset? BesluitOp { get; init; }

    public int? WerkdagenSindsBeoordeling { get; init; }

    public int? WerkdagenTotGesprek { get; init; }

    public int? WerkdagenTotAcceptatie { get; init; }

    /// <summary>A household member was at the overdrachtsgesprek.</summary>
    public bool Warm { get; init; }

    public DateOnly? PlanUiterlijk { get; init; }

    public DateOnly? PlanVastgesteldOp { get; init; }
}

/// <summary>A dated event of a destroyed dossier for the trends (melding, terugmelding, afsluiting).</summary>
public sealed class Statistiekgebeurtenis
{
    public Guid Id { get; init; }

    public Guid Dossiersleutel { get; init; }

    public Reeks Reeks { get; init; }

    public DateTimeOffset Op { get; init; }
}

/// <summary>The first veiligheidsbeoordeling of a destroyed dossier: its date and its lead time from the melding.</summary>
public sealed class Statistiekbeoordeling
{
    public Guid Id { get; init; }

    public Guid Dossiersleutel { get; init; }

    public DateOnly Datum { get; init; }

    public int WerkdagenSindsMelding { get; init; }
}
