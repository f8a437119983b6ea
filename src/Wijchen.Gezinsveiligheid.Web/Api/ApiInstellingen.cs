namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>A system of Veilig Thuis that may call the API: who it is, for which VT organisation, and where its webhooks go.</summary>
public sealed class ApiClient
{
    /// <summary>The client id in the tokens of the authority (<c>client_id</c>, <c>azp</c>, <c>appid</c> or <c>sub</c>).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>How the client appears in the access log and the chronology, e.g. "Registratiesysteem Veilig Thuis Gelderland-Zuid".</summary>
    public string Naam { get; set; } = "";

    /// <summary>The VT organisation it acts for: a client reads only what clients of the same organisation offered.</summary>
    public string VtOrganisatie { get; set; } = "";

    /// <summary>Where the webhooks for this client go; empty means none are sent (they wait in the outbox).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The Standard Webhooks secret, <c>whsec_</c> followed by base64; kept in a secret store, not in appsettings.</summary>
    public string? WebhookGeheim { get; set; }
}

/// <summary>The API's settings, section <c>Api</c> (docs/api.md).</summary>
public sealed class ApiInstellingen
{
    public const string Sectie = "Api";

    /// <summary>The OAuth 2.0 authority whose tokens the API accepts (Entra ID, Keycloak, ADFS); its discovery document gives the keys.</summary>
    public string? Autoriteit { get; set; }

    /// <summary>The audience (<c>aud</c>) a token must be for.</summary>
    public string Publiek { get; set; } = "gezinsveiligheid-api";

    /// <summary>Fetch the authority's metadata over HTTPS only; off only for the demo token server on 127.0.0.1.</summary>
    public bool MetadataAlleenOverHttps { get; set; } = true;

    /// <summary>How far the authority's clock may differ from ours when checking a token's expiry.</summary>
    public int KlokspelingSeconden { get; set; } = 30;

    public int VerzoekenPerMinuut { get; set; } = 120;

    /// <summary>The largest request body accepted, in kilobytes.</summary>
    public int MaximaleOmvangKb { get; set; } = 256;

    /// <summary>How often the webhook sender looks for due messages.</summary>
    public int WebhookIntervalSeconden { get; set; } = 10;

    public List<ApiClient> Clients { get; set; } = [];

    public ApiClient? Client(string? clientId) => Clients.FirstOrDefault(c => c.ClientId == clientId);

    public IEnumerable<(string Veld, string Melding)> Valideer()
    {
        if (Clients.Select(c => c.ClientId).Distinct(StringComparer.Ordinal).Count() != Clients.Count)
        {
            yield return (nameof(Clients), "Elke client staat één keer in Api:Clients.");
        }

        foreach (var client in Clients)
        {
            if (string.IsNullOrWhiteSpace(client.ClientId) || string.IsNullOrWhiteSpace(client.Naam) || string.IsNullOrWhiteSpace(client.VtOrganisatie))
            {
                yield return (nameof(Clients), "Elke client in Api:Clients heeft een ClientId, een Naam en een VtOrganisatie.");
            }

            if (!string.IsNullOrEmpty(client.WebhookUrl) && !Webhookhandtekening.IsGeldigGeheim(client.WebhookGeheim))
            {
                yield return (nameof(Clients), $"Client {client.ClientId} heeft een WebhookUrl maar geen geldig WebhookGeheim (whsec_ gevolgd door base64).");
            }
        }

        if (Autoriteit is { Length: > 0 } autoriteit && MetadataAlleenOverHttps && !autoriteit.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            yield return (nameof(Autoriteit), "Api:Autoriteit moet een https-adres zijn (alleen de demo zet Api:MetadataAlleenOverHttps uit).");
        }

        if (KlokspelingSeconden is < 0 or > 300 || VerzoekenPerMinuut < 1 || MaximaleOmvangKb is < 1 or > 10_240 || WebhookIntervalSeconden < 1)
        {
            yield return (nameof(Sectie), "Api:KlokspelingSeconden (0–300), VerzoekenPerMinuut (≥ 1), MaximaleOmvangKb (1–10240) en WebhookIntervalSeconden (≥ 1) vallen buiten hun bereik.");
        }
    }
}
