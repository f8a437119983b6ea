using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>
/// Every complete sign-in (code, recovery code, or a freshly linked app) passes here: it records the moment on the
/// account for the access review, and in the session itself for the absolute timeout.
/// </summary>
public sealed class AanmeldManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    TimeProvider klok)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public const string AangemeldOp = "gv:aangemeld";

    /// <summary>The "amr" value (RFC 8176: proof of possession) of a session that began with a passkey.</summary>
    public const string MetPasskey = "pop";

    /// <summary>
    /// Signs in with a passkey: the assertion proves possession of the key and the user's verification on the device,
    /// so no code is asked. Unlike Identity's own passkey sign-in, the session says it began with a passkey, which the
    /// beheer pages require.
    /// </summary>
    public async Task<bool> PasskeyAanmeldenAsync(string credentialJson)
    {
        var bewijs = await PerformPasskeyAssertionAsync(credentialJson);
        if (!bewijs.Succeeded)
        {
            Logger.LogWarning("Passkey geweigerd: {Reden}", bewijs.Failure.Message);
            return false;
        }

        if (await PreSignInCheck(bewijs.User) is not null)
        {
            return false;
        }

        var bijgewerkt = await UserManager.AddOrUpdatePasskeyAsync(bewijs.User, bewijs.Passkey);
        if (!bijgewerkt.Succeeded)
        {
            return false;
        }

        await SignInWithClaimsAsync(bewijs.User, isPersistent: false, [new Claim("amr", MetPasskey)]);
        return true;
    }

    public override async Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var nu = klok.GetUtcNow();
        user.LaatsteAanmelding = nu;
        var bijgewerkt = await UserManager.UpdateAsync(user);
        if (!bijgewerkt.Succeeded)
        {
            throw new InvalidOperationException("De aanmelding kon niet bij het account worden vastgelegd.");
        }

        // A refresh of an existing session keeps its start: the absolute timeout counts from the real sign-in.
        authenticationProperties ??= new AuthenticationProperties();
        authenticationProperties.Items.TryAdd(AangemeldOp, nu.ToString("O", CultureInfo.InvariantCulture));
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    /// <summary>When this session began, or null for a session from before this was recorded (treated as expired).</summary>
    public static DateTimeOffset? Aangemeld(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(AangemeldOp, out var waarde) && DateTimeOffset.TryParse(waarde, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var op)
            ? op
            : null;
}
