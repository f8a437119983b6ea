using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

/// <summary>The second step of signing in: the six-digit code from the authenticator app, each code once.</summary>
[EnableRateLimiting(Snelheidsbegrenzing.Inloggen)]
public sealed class InlogcodeModel(SignInManager<ApplicationUser> signInManager, IValidator<InlogcodeModel.InputModel> validator, ILogger<InlogcodeModel> logger) : PageModel
{
    public const string OngeldigeCode = "Deze code klopt niet of is al gebruikt. Vul de code in die uw app nu toont.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("Login", new { ReturnUrl });
        }

        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            return Page();
        }

        var resultaat = await signInManager.TwoFactorAuthenticatorSignInAsync(Input.Code, isPersistent: false, rememberClient: false);
        if (resultaat.Succeeded)
        {
            logger.LogInformation("Aanmelding geslaagd met code uit de app");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        logger.LogWarning("Code uit de app geweigerd (geblokkeerd: {Geblokkeerd})", resultaat.IsLockedOut);
        ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Code)}", resultaat.IsLockedOut ? LoginModel.OngeldigeAanmelding : OngeldigeCode);
        return Page();
    }

    public sealed class InputModel
    {
        public string Code { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Code).NotEmpty().WithMessage("Vul de code uit uw authenticator-app in.")
                .Matches(@"^\s*\d{3}[\s-]?\d{3}\s*$").WithMessage("Een code bestaat uit zes cijfers, bijvoorbeeld 123456.");
        }
    }
}
