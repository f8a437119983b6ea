namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// One webhook in the outbox, written in the same transaction as the change it reports (<see cref="Webhookgebeurtenissen"/>).
/// Its <see cref="Uitgaandbericht.Id"/> is the <c>webhook-id</c> the receiver uses to recognise a redelivery.
/// </summary>
public sealed class Webhookbericht : Uitgaandbericht
{
    public Guid DossierId { get; init; }

    public string ClientId { get; init; } = "";

    /// <summary>The event type, for example <c>overdracht.geaccepteerd</c>.</summary>
    public string Soort { get; init; } = "";

    /// <summary>The JSON body as it is sent every time: type, time and ids only.</summary>
    public string Inhoud { get; init; } = "";
}
