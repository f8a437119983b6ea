namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// A warme overdracht that Veilig Thuis' registration system offered through the API: which client and which VT
/// organisation, under which <c>Idempotency-Key</c>, with the hash of the request it answered. The dossier's outcome
/// flows back to that client as webhooks (<see cref="Webhookbericht"/>); only clients of the same organisation may read it.
/// </summary>
public sealed class ApiOverdracht
{
    /// <summary>The id of the domain's <c>Overdracht</c> this call created, which is the resource id in the API.</summary>
    public Guid Id { get; init; }

    public Guid DossierId { get; init; }

    /// <summary>The dossier's kenmerk as every page shows it, for <c>/api/v1/dossiers/{kenmerk}</c>.</summary>
    public string Kenmerk { get; init; } = "";

    public string ClientId { get; init; } = "";

    public string VtOrganisatie { get; init; } = "";

    public string? IdempotentieSleutel { get; init; }

    /// <summary>SHA-256 of the request body: a retry with the same key must be the same request.</summary>
    public string VerzoekHash { get; init; } = "";

    public DateTimeOffset AangemaaktOp { get; init; }
}
