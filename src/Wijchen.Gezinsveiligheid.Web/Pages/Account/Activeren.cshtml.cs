using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

/// <summary>
/// The owner of a new or reset account chooses a password with the one-time link from the beheerder. Setting it
/// renews the security stamp, which voids the link. Then they sign in and link an authenticator app.
/// </summary>
public sealed class ActiverenModel(UserManager<ApplicationUser> users, IValidator<ActiverenModel.InputModel> validator, ILogger<ActiverenModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Gelukt { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            return Page();
        }

        var account = await users.FindByIdAsync(Id);
        var resultaat = account is null ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken()) : await users.ResetPasswordAsync(account, Code, Input.Wachtwoord);
        if (!resultaat.Succeeded)
        {
            var link = resultaat.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            foreach (var fout in resultaat.Errors)
            {
                ModelState.AddModelError(link ? "" : $"{nameof(Input)}.{nameof(Input.Wachtwoord)}", fout.Description);
            }

            logger.LogWarning("Activering geweigerd: {Fouten}", string.Join(",", resultaat.Errors.Select(e => e.Code)));
            return Page();
        }

        logger.LogInformation("Wachtwoord gekozen met een activeringslink");
        Gelukt = true;
        return Page();
    }

    public sealed class InputModel
    {
        public string Wachtwoord { get; set; } = "";

        public string Herhaling { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Wachtwoord).NotEmpty().WithMessage("Kies een wachtwoord.")
                .MinimumLength(Wachtwoordbeleid.MinimaleLengte).WithMessage($"Een wachtwoord is minstens {Wachtwoordbeleid.MinimaleLengte} tekens lang.")
                .MaximumLength(Wachtwoordbeleid.MaximaleLengte).WithMessage($"Een wachtwoord is hoogstens {Wachtwoordbeleid.MaximaleLengte} tekens lang.");
            RuleFor(i => i.Herhaling).Equal(i => i.Wachtwoord).WithMessage("De twee wachtwoorden zijn niet gelijk.");
        }
    }
}
