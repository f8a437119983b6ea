namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>The link with which an account owner chooses a password: it carries the account id and a one-time code, never a name.</summary>
public static class Activering
{
    public const string Pad = "/Account/Activeren";

    public static string Link(HttpRequest request, string accountId, string code) =>
        $"{request.Scheme}://{request.Host}{Pad}?id={Uri.EscapeDataString(accountId)}&code={Uri.EscapeDataString(code)}";
}
