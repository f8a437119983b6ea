using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

/// <summary>The second step without the phone: one of the recovery codes shown when the app was linked, each usable once.</summary>
[EnableRateLimiting(Snelheidsbegrenzing.Inloggen)]
public sealed class HerstelcodeModel(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IValidator<HerstelcodeModel.InputModel> validator,
    ILogger<HerstelcodeModel> logger) : PageModel
{
    public const string OngeldigeHerstelcode = "Deze herstelcode klopt niet of is al gebruikt.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("Login", new { ReturnUrl });
        }

        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            return Page();
        }

        var code = Input.Herstelcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var resultaat = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (resultaat.Succeeded)
        {
            logger.LogWarning("Aanmelding met een herstelcode; nog {Over} over", await userManager.CountRecoveryCodesAsync(user));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        logger.LogWarning("Herstelcode geweigerd (geblokkeerd: {Geblokkeerd})", resultaat.IsLockedOut);
        ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Herstelcode)}", resultaat.IsLockedOut ? LoginModel.OngeldigeAanmelding : OngeldigeHerstelcode);
        return Page();
    }

    public sealed class InputModel
    {
        public string Herstelcode { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() => RuleFor(i => i.Herstelcode).NotEmpty().WithMessage("Vul een van uw herstelcodes in.");
    }
}
