namespace Wijchen.Gezinsveiligheid.Web.Data;

public enum Webhookstatus
{
    Wachtend,
    Verstuurd,
    Mislukt,
}

/// <summary>
/// One webhook in the outbox: written in the same transaction as the change it reports (<see cref="Webhookgebeurtenissen"/>),
/// sent afterwards, retried with growing waits, and given up only after the retry period; the beheerder sees it and can
/// send it again.
/// </summary>
public sealed class Webhookbericht
{
    /// <summary>Also the <c>webhook-id</c> the receiver uses to recognise a redelivery.</summary>
    public Guid Id { get; init; }

    public Guid DossierId { get; init; }

    public string ClientId { get; init; } = "";

    /// <summary>The event type, for example <c>overdracht.geaccepteerd</c>.</summary>
    public string Soort { get; init; } = "";

    /// <summary>The JSON body as it is sent every time: type, time and ids only.</summary>
    public string Inhoud { get; init; } = "";

    public DateTimeOffset AangemaaktOp { get; init; }

    /// <summary>Attempts in the current series: since the change, or since the beheerder sent it again.</summary>
    public int Pogingen { get; set; }

    /// <summary>When the current series of attempts began: the change itself, or the beheerder's "send again".</summary>
    public DateTimeOffset HerhalenSinds { get; set; }

    public DateTimeOffset VolgendePogingOp { get; set; }

    /// <summary>An instance that is sending this message holds it until then; another instance leaves it alone.</summary>
    public DateTimeOffset? BezigTot { get; set; }

    public DateTimeOffset? VerstuurdOp { get; set; }

    public DateTimeOffset? MisluktOp { get; set; }

    public string? LaatsteFout { get; set; }

    public Webhookstatus Status => VerstuurdOp is not null ? Webhookstatus.Verstuurd : MisluktOp is not null ? Webhookstatus.Mislukt : Webhookstatus.Wachtend;
}
