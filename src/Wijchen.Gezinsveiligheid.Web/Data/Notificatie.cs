namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>What a notification is about. Stored by name; the texts and who receives it live in <c>Notificaties/Notificatiesoorten</c>.</summary>
public enum Notificatiesoort
{
    NieuwAanbod,
    GesprekUitnodiging,
    DossierOvergedragen,
    MdoActie,
    Terugmelding,
    VoorwaardeNietNageleefd,
    Noodtoegang,
    TermijnNadert,
    TermijnVerstreken,
    TermijnEscalatie,
}

/// <summary>How a user wants the e-mail for one kind of notification; the notification in the app always comes.</summary>
public enum Bezorging
{
    Direct,
    Dagelijks,
    Uit,
}

/// <summary>
/// One notification for one user in the app. It names no person: its text says what happened and which kenmerk, and
/// its link leads to the dossier through the need-to-know like any other link. <see cref="Sleutel"/> names the event,
/// so that the same event never reaches the same user twice, however often a job looks at it.
/// </summary>
public sealed class Notificatie
{
    public Guid Id { get; init; }

    public string OntvangerId { get; init; } = "";

    public Notificatiesoort Soort { get; init; }

    public Guid DossierId { get; init; }

    /// <summary>What happened, without names or dossier content: "Termijn 'Veiligheidsplan vastgesteld' verloopt op 3 december 2026".</summary>
    public string Tekst { get; init; } = "";

    /// <summary>The event, for example the chronology item or the deadline and its step on the ladder.</summary>
    public string Sleutel { get; init; } = "";

    public DateTimeOffset Op { get; init; }

    public DateTimeOffset? GelezenOp { get; set; }

    /// <summary>The e-mail this notification asked for when it was made, by the user's setting then.</summary>
    public Bezorging Mail { get; init; }

    /// <summary>The e-mail that carried it (immediately, or the next daily digest); null while a digest waits.</summary>
    public Guid? MailberichtId { get; set; }
}

/// <summary>A user's choice of e-mail for one kind; without a row the kind is sent immediately.</summary>
public sealed class Notificatievoorkeur
{
    public string GebruikerId { get; init; } = "";

    public Notificatiesoort Soort { get; init; }

    public Bezorging Bezorging { get; set; }
}

/// <summary>
/// One e-mail in the outbox, written in the same transaction as the notification it carries. It holds no personal data
/// beyond the address: kind, kenmerk and a link.
/// </summary>
public sealed class Mailbericht : Uitgaandbericht
{
    public string OntvangerId { get; init; } = "";

    public string Adres { get; init; } = "";

    public string Onderwerp { get; init; } = "";

    public string Tekst { get; init; } = "";
}
