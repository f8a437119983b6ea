using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>
/// Every attempt at a secret of an account (password, code, recovery code) and every complete sign-in passes here.
/// Attempts are counted and throttled by <see cref="Aanmeldremming"/> before they are checked; a complete sign-in records
/// the moment on the account for the access review and in the session for the absolute timeout, clears the count and
/// makes the browser a <see cref="VertrouwdApparaat"/>.
/// </summary>
public sealed class AanmeldManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    VertrouwdApparaat apparaat,
    TimeProvider klok)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public const string AangemeldOp = "gv:aangemeld";

    /// <summary>The "amr" value (RFC 8176: proof of possession) of a session that began with a passkey.</summary>
    public const string MetPasskey = "pop";

    /// <summary>How an attempt at a secret ended: right, wrong, or refused before it was checked (waiting, blocked, disabled).</summary>
    public enum Poging
    {
        Juist,
        Fout,
        Geweigerd,
    }

    /// <summary>
    /// One attempt at a secret of <paramref name="user"/>. It counts as a failure before <paramref name="controle"/>
    /// runs: of several attempts at once on the same account only the first gets past the account's concurrency stamp,
    /// and a crash mid-check still counts. A right answer takes the count back; a complete sign-in clears it.
    /// </summary>
    public async Task<Poging> ProbeerAsync(ApplicationUser user, Func<Task<bool>> controle)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(controle);
        if (await PreSignInCheck(user) is not null)
        {
            return Poging.Geweigerd;
        }

        var (vorigAantal, vorigEinde) = (user.AccessFailedCount, user.LockoutEnd);
        user.AccessFailedCount++;
        user.LockoutEnd = Aanmeldremming.WachtenTot(user.AccessFailedCount, klok.GetUtcNow()) ?? vorigEinde;
        if (!(await UserManager.UpdateAsync(user)).Succeeded)
        {
            Logger.LogWarning("Aanmeldpoging geweigerd: een andere poging op hetzelfde account ging voor");
            return Poging.Geweigerd;
        }

        if (!await controle())
        {
            apparaat.NoteerFout(Context, user.Id);
            Logger.LogWarning("Aanmeldpoging fout ({Aantal} op rij)", user.AccessFailedCount);
            return Poging.Fout;
        }

        (user.AccessFailedCount, user.LockoutEnd) = (vorigAantal, vorigEinde);
        // If another attempt changed the account meanwhile, this one stays counted: harmless, and cleared at sign-in.
        _ = await UserManager.UpdateAsync(user);
        return Poging.Juist;
    }

    /// <summary>The password step: counted and throttled like every secret, never a lockout by Identity's own rule.</summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure) =>
        await ProbeerAsync(user, () => UserManager.CheckPasswordAsync(user, password)) switch
        {
            Poging.Juist => SignInResult.Success,
            Poging.Geweigerd => SignInResult.LockedOut,
            _ => SignInResult.Failed,
        };

    public override Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient) =>
        TweedeStapAsync(user => UserManager.VerifyTwoFactorTokenAsync(user, Options.Tokens.AuthenticatorTokenProvider, code));

    public override Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode) =>
        TweedeStapAsync(async user => (await UserManager.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode)).Succeeded);

    /// <summary>
    /// Waiting and blocked accounts stay closed, except in a browser where the owner signed in before. A disabled
    /// account stays closed everywhere. The app's own clock decides, as everywhere else in the app.
    /// </summary>
    protected override Task<bool> IsLockedOut(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var dicht = user.LockoutEnabled && user.LockoutEnd > klok.GetUtcNow();
        return Task.FromResult(dicht && (Aanmeldremming.IsUitgeschakeld(user.LockoutEnd) || !apparaat.IsVertrouwd(Context, user.Id)));
    }

    private async Task<SignInResult> TweedeStapAsync(Func<ApplicationUser, Task<bool>> controle)
    {
        if (await GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return SignInResult.Failed;
        }

        switch (await ProbeerAsync(user, () => controle(user)))
        {
            case Poging.Geweigerd:
                return SignInResult.LockedOut;
            case Poging.Fout:
                return SignInResult.Failed;
        }

        // How the first step went (for example at the municipality's provider) stays with the session.
        var eersteStap = (await Context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme)).Principal?.FindAll(GemeenteaccountRegistratie.Aanmelding) ?? [];
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa"), .. eersteStap]);
        return SignInResult.Success;
    }

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

        // Only a disabled account refuses a passkey: it cannot be guessed, so failed passwords do not hold it up.
        if (!await CanSignInAsync(bewijs.User) || Aanmeldremming.IsUitgeschakeld(bewijs.User.LockoutEnd))
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
        ArgumentNullException.ThrowIfNull(user);
        var nu = klok.GetUtcNow();
        user.LaatsteAanmelding = nu;
        user.AccessFailedCount = 0;
        if (!Aanmeldremming.IsUitgeschakeld(user.LockoutEnd))
        {
            user.LockoutEnd = null;
        }

        var bijgewerkt = await UserManager.UpdateAsync(user);
        if (!bijgewerkt.Succeeded)
        {
            throw new InvalidOperationException("De aanmelding kon niet bij het account worden vastgelegd.");
        }

        // A refresh of an existing session keeps its start: the absolute timeout counts from the real sign-in.
        authenticationProperties ??= new AuthenticationProperties();
        authenticationProperties.Items.TryAdd(AangemeldOp, nu.ToString("O", CultureInfo.InvariantCulture));
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
        apparaat.Vertrouw(Context, user.Id);
    }

    /// <summary>When this session began, or null for a session from before this was recorded (treated as expired).</summary>
    public static DateTimeOffset? Aangemeld(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(AangemeldOp, out var waarde) && DateTimeOffset.TryParse(waarde, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var op)
            ? op
            : null;
}
