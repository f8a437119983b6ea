using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

[EnableRateLimiting(Snelheidsbegrenzing.Inloggen)]
public sealed class LoginModel(SignInManager<ApplicationUser> signInManager, IValidator<LoginModel.InputModel> validator, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>The same words for an unknown account, a wrong password and a locked account: nothing to enumerate.</summary>
    public const string OngeldigeAanmelding = "Het e-mailadres of het wachtwoord klopt niet, of het account is tijdelijk geblokkeerd. Probeer het opnieuw.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Fout { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            return Page();
        }

        var resultaat = await signInManager.PasswordSignInAsync(Input.Email.Trim(), Input.Wachtwoord, isPersistent: false, lockoutOnFailure: true);
        if (resultaat.Succeeded)
        {
            logger.LogInformation("Aanmelding geslaagd");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        logger.LogWarning("Aanmelding mislukt (geblokkeerd: {Geblokkeerd})", resultaat.IsLockedOut);
        Fout = OngeldigeAanmelding;
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
