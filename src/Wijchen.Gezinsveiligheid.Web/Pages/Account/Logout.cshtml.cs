using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery): a link or image elsewhere cannot sign a worker out. It ends the session on the server too.</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> userManager, IOptions<GemeenteInstellingen> gemeente) : PageModel
{
    /// <summary>The provider's end-session address, where this page sends the browser on.</summary>
    public string? NaarGemeente { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp makes every cookie issued before this moment worthless, also one an attacker copied.
        if (await userManager.GetUserAsync(User) is { } user)
        {
            await userManager.UpdateSecurityStampAsync(user);
        }

        var bijGemeente = gemeente.Value.IsAan && gemeente.Value.UitloggenBijProvider && User.HasClaim(GemeenteaccountRegistratie.Aanmelding, GemeenteInstellingen.Schema);
        await signInManager.SignOutAsync();
        if (!bijGemeente)
        {
            return RedirectToPage();
        }

        // A session that began at the municipality's provider ends there too (RP-initiated logout), then comes back here.
        // The handler leaves the provider's address to this page (GemeenteaccountRegistratie): the content security
        // policy lets a form's answer redirect only within this site.
        await HttpContext.SignOutAsync(GemeenteInstellingen.Schema, new AuthenticationProperties { RedirectUri = Url.Page("/Account/Logout") });
        NaarGemeente = HttpContext.Items[GemeenteaccountRegistratie.UitloggenBij] as string;
        return Page();
    }
}
