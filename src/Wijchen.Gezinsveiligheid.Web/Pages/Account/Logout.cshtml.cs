using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery): a link or image elsewhere cannot sign a worker out.</summary>
public sealed class LogoutModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToPage();
    }
}
