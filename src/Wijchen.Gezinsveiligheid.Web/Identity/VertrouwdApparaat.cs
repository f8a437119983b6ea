using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>
/// The browser of someone who completed a sign-in for an account (a "device cookie", OWASP's answer to lockout as a
/// weapon): signed with the key ring, HttpOnly, valid for <see cref="Geldigheid"/>. From that browser the account's
/// waits and block do not apply, so failures an attacker causes elsewhere cannot keep the owner out. It is not a
/// session and skips no factor. <see cref="FoutenPerApparaat"/> wrong attempts from the browser itself end its trust.
/// </summary>
public sealed class VertrouwdApparaat(IDataProtectionProvider dataProtection, IHostEnvironment omgeving, TimeProvider klok)
{
    public const int FoutenPerApparaat = 5;

    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(180);

    private readonly IDataProtector beschermer = dataProtection.CreateProtector("Gezinsveiligheid.VertrouwdApparaat.v1");

    public string CookieNaam => omgeving.IsDevelopment() ? "Gezinsveiligheid.Apparaat" : "__Host-Gezinsveiligheid.Apparaat";

    public bool IsVertrouwd(HttpContext context, string userId) => Lees(context) is { } bewijs && bewijs.UserId == userId;

    /// <summary>After a complete sign-in: this browser is trusted for this account, with a clean slate.</summary>
    public void Vertrouw(HttpContext context, string userId) => Schrijf(context, new Bewijs(userId, klok.GetUtcNow() + Geldigheid, 0));

    /// <summary>A wrong attempt from a trusted browser: it counts against the browser, and the last one allowed ends the trust.</summary>
    public void NoteerFout(HttpContext context, string userId)
    {
        if (Lees(context) is not { } bewijs || bewijs.UserId != userId)
        {
            return;
        }

        if (bewijs.Fouten + 1 >= FoutenPerApparaat)
        {
            context.Response.Cookies.Delete(CookieNaam, Opties(context, bewijs.Tot));
            return;
        }

        Schrijf(context, bewijs with { Fouten = bewijs.Fouten + 1 });
    }

    private Bewijs? Lees(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieNaam, out var waarde) || string.IsNullOrEmpty(waarde))
        {
            return null;
        }

        try
        {
            var delen = beschermer.Unprotect(waarde).Split('|');
            var bewijs = new Bewijs(delen[0], DateTimeOffset.Parse(delen[1], CultureInfo.InvariantCulture), int.Parse(delen[2], CultureInfo.InvariantCulture));
            return bewijs.Tot > klok.GetUtcNow() && bewijs.Fouten < FoutenPerApparaat ? bewijs : null;
        }
        catch (Exception fout) when (fout is System.Security.Cryptography.CryptographicException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private void Schrijf(HttpContext context, Bewijs bewijs) =>
        context.Response.Cookies.Append(
            CookieNaam,
            beschermer.Protect(string.Create(CultureInfo.InvariantCulture, $"{bewijs.UserId}|{bewijs.Tot:O}|{bewijs.Fouten}")),
            Opties(context, bewijs.Tot));

    private CookieOptions Opties(HttpContext context, DateTimeOffset tot) => new()
    {
        HttpOnly = true,
        Secure = !omgeving.IsDevelopment() || context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        Expires = tot,
        IsEssential = true,
    };

    private sealed record Bewijs(string UserId, DateTimeOffset Tot, int Fouten);
}
