using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>
/// The second factor every account must use. After the password a person holds only Identity's short-lived two-factor
/// cookie: enough to enter a code or link an authenticator app, not to open any other page. The application cookie
/// is issued only after a code (or a recovery code) — so every page behind the fallback policy is MFA-verified by
/// construction, and no setting can switch this off.
/// </summary>
public static class Tweestapsverificatie
{
    public const string Uitgever = "Gezinsveiligheid Wijchen";

    public const int AantalHerstelcodes = 10;

    /// <summary>Signs the person in for the second step only, the way Identity's SignInManager stores it.</summary>
    public static Task BeginTweedeStapAsync(this HttpContext context, ApplicationUser user, params Claim[] meenemen)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identiteit = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id), .. meenemen], IdentityConstants.TwoFactorUserIdScheme);
        return context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identiteit));
    }

    /// <summary>The otpauth address the QR code carries (Key Uri Format read by every authenticator app).</summary>
    public static string KoppelAdres(string email, string sleutel)
    {
        var uitgever = Uri.EscapeDataString(Uitgever);
        return $"otpauth://totp/{uitgever}:{Uri.EscapeDataString(email)}?secret={sleutel}&issuer={uitgever}&digits=6&period=30";
    }

    /// <summary>The QR code as inline SVG (drawn with presentation attributes only, so the strict CSP allows it).</summary>
    public static string QrCodeSvg(string adres)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(adres, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(5);
    }

    /// <summary>The key in groups of four, for typing it into an app by hand.</summary>
    public static string Leesbaar(string sleutel) => string.Join(' ', sleutel.Chunk(4).Select(groep => new string(groep)));
}
