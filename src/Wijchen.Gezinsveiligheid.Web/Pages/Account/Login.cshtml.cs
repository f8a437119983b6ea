using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

[EnableRateLimiting(Snelheidsbegrenzing.Inloggen)]
public sealed class LoginModel(
    AanmeldManager signInManager,
    UserManager<ApplicationUser> userManager,
    IPasswordHasher<ApplicationUser> hasher,
    IValidator<LoginModel.InputModel> validator,
    ILogger<LoginModel> logger) : PageModel
{
    /// <summary>The same words for an unknown account, a wrong password and a locked account: nothing to enumerate.</summary>
    public const string OngeldigeAanmelding = "Het e-mailadres of het wachtwoord klopt niet, of het account is tijdelijk geblokkeerd. Probeer het opnieuw.";

    // A hash made with the configured iterations, checked when the address has no account (a benign race makes two).
    private static string? onbekendeHash;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Fout { get; private set; }

    /// <summary>The municipality's provider refused, or its answer did not pass the checks (audience, signature, expiry).</summary>
    [BindProperty(SupportsGet = true, Name = "gemeente")]
    public string? Gemeente { get; set; }

    public string? GemeenteMelding => Gemeente switch
    {
        "mislukt" => "Aanmelden bij de gemeente is niet gelukt. Probeer het opnieuw, of log in met uw wachtwoord en code.",
        "onbereikbaar" => "Het inloggen van de gemeente is nu niet bereikbaar. Log in met uw wachtwoord en code, of probeer het later opnieuw.",
        _ => null,
    };

    public const string PasskeyMislukt = "Inloggen met een passkey is niet gelukt. Probeer het opnieuw, of log in met uw wachtwoord en code.";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email.Trim());
        var resultaat = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signInManager.CheckPasswordSignInAsync(user, Input.Wachtwoord, lockoutOnFailure: true);
        if (user is null || resultaat.IsLockedOut)
        {
            // As much work as a real check, so the response time tells neither which addresses have an account nor
            // which accounts are waiting.
            onbekendeHash ??= hasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(new ApplicationUser(), onbekendeHash, Input.Wachtwoord);
        }

        if (resultaat.Succeeded)
        {
            // The password is only the first step: no page opens before the code from the authenticator app.
            logger.LogInformation("Wachtwoord juist, tweede stap gevraagd");
            await HttpContext.BeginTweedeStapAsync(user!);
            var volgende = await userManager.GetTwoFactorEnabledAsync(user!) ? "Inlogcode" : "AppKoppelen";
            return RedirectToPage(volgende, new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        }

        logger.LogWarning("Aanmelding mislukt (geblokkeerd: {Geblokkeerd})", resultaat.IsLockedOut);
        Fout = OngeldigeAanmelding;
        return Page();
    }

    /// <summary>The request options for navigator.credentials.get(), for any passkey of this site (the device offers its own).</summary>
    public async Task<IActionResult> OnPostPasskeyOptiesAsync() => Content(await signInManager.MakePasskeyRequestOptionsAsync(null), "application/json");

    /// <summary>A passkey is both factors at once: possession of the device and the user's fingerprint, face or pin on it.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? passkey)
    {
        if (!string.IsNullOrEmpty(passkey) && passkey.Length <= 16_000 && await signInManager.PasskeyAanmeldenAsync(passkey))
        {
            logger.LogInformation("Aangemeld met een passkey");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        logger.LogWarning("Aanmelding met een passkey mislukt");
        Fout = PasskeyMislukt;
        return Page();
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";

        public string Wachtwoord { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Email).NotEmpty().WithMessage("Vul uw e-mailadres in.")
                .EmailAddress().WithMessage("Vul een geldig e-mailadres in, bijvoorbeeld naam@wijchen.nl.");
            RuleFor(i => i.Wachtwoord).NotEmpty().WithMessage("Vul uw wachtwoord in.");
        }
    }
}
