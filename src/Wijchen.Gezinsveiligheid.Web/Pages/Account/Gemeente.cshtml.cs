using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

/// <summary>
/// Sign-in with the municipality's account (OpenID Connect, authorization code with PKCE). The link on the login page
/// starts here and goes to the provider; the provider's answer, checked by the handler (signature, issuer, audience,
/// nonce, PKCE), comes back here. Only an account that exists here signs in: linked before by the provider's object id,
/// or found by an e-mail address the provider vouches for (and then linked for good), or — when configured — made now
/// without a role. A locally disabled account never signs in; roles and team follow the configured groups. Without a
/// second factor at the provider the app asks its own code.
/// </summary>
[EnableRateLimiting(Snelheidsbegrenzing.Inloggen)]
public sealed class GemeenteModel(
    AanmeldManager aanmelden, UserManager<ApplicationUser> users, AppDbContext db, Toegangslog toegangslog, IOptions<GemeenteInstellingen> opties, ILogger<GemeenteModel> logger)
    : PageModel
{
    public const string Uitvoerder = "Gemeenteaccount";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in was refused, for the person; null when it succeeded.</summary>
    public string? Weigering { get; private set; }

    /// <summary>Where the browser goes next after a successful sign-in (by the page itself, see the view).</summary>
    public string? Verder { get; private set; }

    private GemeenteInstellingen Instellingen => opties.Value;

    public IActionResult OnGet() => RedirectToPage("Login");

    /// <summary>
    /// A link, not a form: the content security policy lets forms post only to this site, and a browser applies that to
    /// the redirect to the provider as well. The answer is bound to this browser by the handler's state, nonce and PKCE.
    /// </summary>
    public async Task<IActionResult> OnGetStartAsync()
    {
        if (!Instellingen.IsAan)
        {
            return NotFound();
        }

        var terug = Url.Page("/Account/Gemeente", "Terug", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        try
        {
            await HttpContext.ChallengeAsync(GemeenteInstellingen.Schema, aanmelden.ConfigureExternalAuthenticationProperties(GemeenteInstellingen.Schema, terug));
            return new EmptyResult();
        }
        catch (InvalidOperationException fout)
        {
            // The provider's metadata could not be read (down, or a wrong address): a message, not an error page.
            logger.LogError(fout, "De identiteitsprovider van de gemeente is niet bereikbaar");
            return RedirectToPage("Login", new { gemeente = "onbereikbaar" });
        }
    }

    public async Task<IActionResult> OnGetTerugAsync()
    {
        if (!Instellingen.IsAan || await aanmelden.GetExternalLoginInfoAsync() is not { } info)
        {
            return RedirectToPage("Login", new { gemeente = "mislukt" });
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var persoon = info.Principal;
        if (Instellingen.ObjectId(persoon) is not { Length: > 0 } objectId)
        {
            return Weiger("De gemeente gaf niet door wie u bent. Probeer het opnieuw of log in met uw wachtwoord.");
        }

        var account = await users.FindByLoginAsync(GemeenteInstellingen.Schema, objectId) ?? await KoppelAsync(persoon, objectId);
        if (account is null)
        {
            return Weiger("Er is in deze applicatie geen account voor u. Vraag de beheerder om een account met uw e-mailadres.");
        }

        // Disabled here means no access, whatever the provider says.
        if (Aanmeldremming.IsUitgeschakeld(account.LockoutEnd))
        {
            logger.LogWarning("Aanmelding bij de gemeente geweigerd: account uitgeschakeld");
            return Weiger("Uw account in deze applicatie is uitgeschakeld. Neem contact op met de beheerder.");
        }

        if (Instellingen.GroepVan(persoon) is { } groep)
        {
            await VolgGroepAsync(account, groep);
        }

        if ((await users.GetRolesAsync(account)).Count == 0)
        {
            return Weiger("U hebt nog geen rol in deze applicatie: uw gemeenteaccount hoort bij geen groep die toegang geeft, en de beheerder heeft u nog geen rol gegeven.");
        }

        var verder = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        var gemeente = new Claim(GemeenteaccountRegistratie.Aanmelding, GemeenteInstellingen.Schema);
        if (Instellingen.MetMfa(persoon))
        {
            await aanmelden.SignInWithClaimsAsync(account, null, [new Claim("amr", "mfa"), gemeente]);
            logger.LogInformation("Aangemeld met een gemeenteaccount, tweede factor bij de gemeente");
        }
        else
        {
            // The provider did not ask a second factor: the app asks its own, as after a password.
            await HttpContext.BeginTweedeStapAsync(account, gemeente);
            verder = Url.Page(await users.GetTwoFactorEnabledAsync(account) ? "/Account/Inlogcode" : "/Account/AppKoppelen", new { ReturnUrl = verder })!;
            logger.LogInformation("Gemeenteaccount zonder tweede factor bij de gemeente: eigen code gevraagd");
        }

        // The answer arrived in a navigation that began at the provider, a cross-site one, in which browsers withhold the
        // SameSite=Strict cookies just set; the page moves on by itself, a navigation of this site (see the view).
        Verder = verder;
        return Page();
    }

    /// <summary>The account the beheerder made for this verified address (or, when configured, a new one without a role), linked for good.</summary>
    private async Task<ApplicationUser?> KoppelAsync(ClaimsPrincipal persoon, string objectId)
    {
        if (Instellingen.GeverifieerdEmail(persoon) is not { Length: > 0 } email)
        {
            return null;
        }

        var account = await users.FindByEmailAsync(email);
        await using var transactie = await db.Database.BeginTransactionAsync();
        if (account is null)
        {
            if (!Instellingen.AccountsAanmaken)
            {
                return null;
            }

            account = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = persoon.FindFirst("name")?.Value ?? email };
            if (!(await users.CreateAsync(account)).Succeeded)
            {
                return null;
            }

            await toegangslog.SchrijfAlsSysteemAsync(Uitvoerder, Toegangssoort.Wijzigen, Gebruikersbeheer.Onderdeel($"account aangemaakt bij eerste aanmelding: {email}, zonder rol"), null);
        }

        if (!(await users.AddLoginAsync(account, new UserLoginInfo(GemeenteInstellingen.Schema, objectId, Instellingen.Naam))).Succeeded)
        {
            return null;
        }

        await toegangslog.SchrijfAlsSysteemAsync(Uitvoerder, Toegangssoort.Wijzigen, Gebruikersbeheer.Onderdeel($"gemeenteaccount gekoppeld aan {email}"), null);
        await transactie.CommitAsync();
        return account;
    }

    /// <summary>Role and team as the provider's groups say; a change is logged and renews the security stamp, as beheer does.</summary>
    private async Task VolgGroepAsync(ApplicationUser account, GemeenteGroep groep)
    {
        var rollen = await users.GetRolesAsync(account);
        if (rollen.SequenceEqual([groep.Rol]) && account.TeamId == groep.Team)
        {
            return;
        }

        await using var transactie = await db.Database.BeginTransactionAsync();
        Gebruikersbeheer.Verzeker(await users.RemoveFromRolesAsync(account, rollen));
        Gebruikersbeheer.Verzeker(await users.AddToRoleAsync(account, groep.Rol));
        account.TeamId = groep.Team;
        Gebruikersbeheer.Verzeker(await users.UpdateSecurityStampAsync(account));
        await toegangslog.SchrijfAlsSysteemAsync(Uitvoerder, Toegangssoort.Wijzigen, Gebruikersbeheer.Onderdeel($"rol en team van {account.Email} uit groep {groep.Groep}: {Rollen.Weergave(groep.Rol)}"), null);
        await transactie.CommitAsync();
    }

    private PageResult Weiger(string reden)
    {
        logger.LogWarning("Aanmelding met een gemeenteaccount geweigerd: {Reden}", reden);
        Weigering = reden;
        return Page();
    }
}
