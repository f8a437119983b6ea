using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Profiel;

/// <summary>
/// The user's passkeys: add one (the browser asks the device, the server checks the attestation), see them, remove
/// one. A passkey is a sign-in of its own, without password or code; for a beheerder it is the only way into beheer.
/// </summary>
public sealed class PasskeysModel(
    UserManager<ApplicationUser> users, AanmeldManager aanmelden, Toegangsregistratie registratie, TimeProvider klok, Weergave weergave, IValidator<PasskeysModel.InputModel> validator,
    ILogger<PasskeysModel> logger)
    : PageModel
{
    public const int MaximumPerAccount = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    public bool IsBeheerderZonderPasskeySessie { get; private set; }

    [TempData]
    public string? Bevestiging { get; set; }

    public string? Fout { get; private set; }

    public async Task OnGetAsync() => await LaadAsync();

    /// <summary>The creation options for navigator.credentials.create(), as JSON; the state stays in a protected cookie.</summary>
    public async Task<IActionResult> OnPostOptiesAsync()
    {
        var account = await AccountAsync();
        var opties = await aanmelden.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = account.Id, Name = account.Email!, DisplayName = account.DisplayName });
        return Content(opties, "application/json");
    }

    public async Task<IActionResult> OnPostToevoegenAsync()
    {
        var account = await AccountAsync();
        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            await LaadAsync();
            return Page();
        }

        if ((await users.GetPasskeysAsync(account)).Count >= MaximumPerAccount)
        {
            return await MetFoutAsync($"U hebt al {MaximumPerAccount} passkeys. Verwijder er eerst een.");
        }

        PasskeyAttestationResult attestatie;
        try
        {
            attestatie = await aanmelden.PerformPasskeyAttestationAsync(Input.Passkey);
        }
        catch (InvalidOperationException fout)
        {
            // Identity throws when no attestation was started in this browser (the options cookie is missing or expired).
            logger.LogWarning("Passkey niet toegevoegd: {Reden}", fout.Message);
            return await MetFoutAsync("De passkey kon niet worden toegevoegd. Probeer het opnieuw; gebruikt u een ander apparaat, kies dan dat apparaat in de vraag van de browser.");
        }

        if (!attestatie.Succeeded || attestatie.UserEntity.Id != account.Id)
        {
            logger.LogWarning("Passkey niet toegevoegd: {Reden}", attestatie.Failure?.Message ?? "andere gebruiker");
            return await MetFoutAsync("De passkey kon niet worden toegevoegd. Probeer het opnieuw; gebruikt u een ander apparaat, kies dan dat apparaat in de vraag van de browser.");
        }

        attestatie.Passkey.Name = $"Passkey van {weergave.Moment(klok.GetUtcNow())}";
        var opgeslagen = await users.AddOrUpdatePasskeyAsync(account, attestatie.Passkey);
        if (!opgeslagen.Succeeded)
        {
            return await MetFoutAsync("De passkey kon niet worden opgeslagen. Probeer het opnieuw.");
        }

        registratie.Noteer(Toegangssoort.Wijzigen, $"Passkey toegevoegd: {account.Email}");
        Bevestiging = "Uw passkey is toegevoegd. Voortaan kunt u inloggen met *Inloggen met een passkey*.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(string? credentialId)
    {
        var account = await AccountAsync();
        if (string.IsNullOrEmpty(credentialId))
        {
            return NotFound();
        }

        byte[] id;
        try
        {
            id = WebEncoders.Base64UrlDecode(credentialId);
        }
        catch (FormatException)
        {
            return NotFound();
        }

        var verwijderd = await users.RemovePasskeyAsync(account, id);
        if (!verwijderd.Succeeded)
        {
            return NotFound();
        }

        registratie.Noteer(Toegangssoort.Wijzigen, $"Passkey verwijderd: {account.Email}");
        Bevestiging = "De passkey is verwijderd.";
        return RedirectToPage();
    }

    private async Task<IActionResult> MetFoutAsync(string fout)
    {
        Fout = fout;
        await LaadAsync();
        return Page();
    }

    private async Task LaadAsync()
    {
        Passkeys = [.. (await users.GetPasskeysAsync(await AccountAsync())).OrderBy(p => p.CreatedAt)];
        IsBeheerderZonderPasskeySessie = User.IsInRole(Rollen.Beheerder) && !User.HasClaim("amr", AanmeldManager.MetPasskey);
    }

    private async Task<ApplicationUser> AccountAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Een aangemelde gebruiker zonder account.");

    public sealed class InputModel
    {
        /// <summary>The JSON of the browser's PublicKeyCredential, filled in by passkey.js.</summary>
        public string Passkey { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Passkey).NotEmpty().WithMessage("Uw browser gaf geen passkey. Probeer het opnieuw.")
                .MaximumLength(16_000).WithMessage("Het antwoord van de browser is te groot.");
        }
    }
}
