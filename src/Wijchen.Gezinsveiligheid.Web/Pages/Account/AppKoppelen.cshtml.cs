using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

/// <summary>
/// First sign-in (or after the beheerder reset the second factor): link an authenticator app with the QR code, prove it
/// with one code, receive the recovery codes once. Until then the person reaches only this page and logout. An account
/// that already has a linked app never gets here: a password alone cannot replace someone's second factor.
/// </summary>
[EnableRateLimiting(Snelheidsbegrenzing.Inloggen)]
public sealed class AppKoppelenModel(
    AanmeldManager signInManager,
    UserManager<ApplicationUser> userManager,
    IValidator<InlogcodeModel.InputModel> validator,
    ILogger<AppKoppelenModel> logger) : PageModel
{
    [BindProperty]
    public InlogcodeModel.InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Sleutel { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    /// <summary>Shown once, right after the app is linked; only their hashes are kept.</summary>
    public IReadOnlyList<string>? Herstelcodes { get; private set; }

    public string Verder => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("Login", new { ReturnUrl });
        }

        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Inlogcode", new { ReturnUrl });
        }

        await ToonSleutelAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("Login", new { ReturnUrl });
        }

        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Inlogcode", new { ReturnUrl });
        }

        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            await ToonSleutelAsync(user);
            return Page();
        }

        // Wrong codes count like every secret here too, or this page would be an unlimited code oracle.
        var poging = await signInManager.ProbeerAsync(user, () => userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, Input.Code));
        if (poging != AanmeldManager.Poging.Juist)
        {
            logger.LogWarning("Koppelen van de app: code geweigerd");
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InlogcodeModel.InputModel.Code)}", poging == AanmeldManager.Poging.Geweigerd ? LoginModel.OngeldigeAanmelding : InlogcodeModel.OngeldigeCode);
            await ToonSleutelAsync(user);
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        Herstelcodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, Tweestapsverificatie.AantalHerstelcodes) ?? []];
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        logger.LogInformation("Authenticator-app gekoppeld; aangemeld");
        return Page();
    }

    private async Task ToonSleutelAsync(ApplicationUser user)
    {
        var sleutel = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(sleutel))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            sleutel = await userManager.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity gaf geen authenticator-sleutel.");
        }

        Sleutel = sleutel;
        QrCode = Tweestapsverificatie.QrCodeSvg(Tweestapsverificatie.KoppelAdres(user.Email ?? user.UserName ?? "", sleutel));
    }
}
