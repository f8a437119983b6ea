using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>
/// Signs a webhook the Standard Webhooks way: HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c> with the
/// client's secret, sent as <c>webhook-signature: v1,{base64}</c>. The timestamp lets the receiver refuse replays.
/// </summary>
public static class Webhookhandtekening
{
    private const string Voorvoegsel = "whsec_";

    public static bool IsGeldigGeheim(string? geheim)
    {
        if (geheim is null || !geheim.StartsWith(Voorvoegsel, StringComparison.Ordinal))
        {
            return false;
        }

        var sleutel = new byte[geheim.Length];
        return Convert.TryFromBase64String(geheim[Voorvoegsel.Length..], sleutel, out var lengte) && lengte >= 16;
    }

    public static IReadOnlyDictionary<string, string> Kopregels(string geheim, Guid id, DateTimeOffset moment, string body)
    {
        var tijdstempel = moment.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var berichtId = $"msg_{id:N}";
        var handtekening = HMACSHA256.HashData(Convert.FromBase64String(geheim[Voorvoegsel.Length..]), Encoding.UTF8.GetBytes($"{berichtId}.{tijdstempel}.{body}"));
        return new Dictionary<string, string>
        {
            ["webhook-id"] = berichtId,
            ["webhook-timestamp"] = tijdstempel,
            ["webhook-signature"] = $"v1,{Convert.ToBase64String(handtekening)}",
        };
    }
}
