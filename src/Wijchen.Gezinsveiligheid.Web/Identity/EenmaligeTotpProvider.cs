using Microsoft.AspNetCore.Identity;
using OtpNet;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>
/// The authenticator app's six-digit codes (RFC 6238, 30-second steps, one step of clock drift either way), like
/// Identity's own provider, with one difference: a code is accepted once. The accepted time step is stored on the
/// account, and a code from that step or an earlier one is refused — so a code read over someone's shoulder or from
/// a proxy log cannot be used again. Two requests racing with the same code meet Identity's concurrency stamp:
/// only one is saved.
/// </summary>
public sealed class EenmaligeTotpProvider(TimeProvider klok) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string Naam = "EenmaligeTotp";

    private static readonly VerificationWindow Venster = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
        => !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app on the person's phone makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = Normaliseer(token);
        var sleutel = await manager.GetAuthenticatorKeyAsync(user);
        if (code is null || string.IsNullOrWhiteSpace(sleutel))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(sleutel));
        if (!totp.VerifyTotp(klok.GetUtcNow().UtcDateTime, code, out var stap, Venster) || stap <= user.LaatsteTotpStap)
        {
            return false;
        }

        user.LaatsteTotpStap = stap;
        return (await manager.UpdateAsync(user)).Succeeded;
    }

    /// <summary>Six digits; the spaces or dash an app shows between the groups are allowed.</summary>
    private static string? Normaliseer(string? token)
    {
        var code = token?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return code is { Length: 6 } && code.All(char.IsAsciiDigit) ? code : null;
    }
}
