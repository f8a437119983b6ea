using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wijchen.Gezinsveiligheid.Web.Pages;

/// <summary>The start page leads to the dossier list until Mijn werk exists.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Dossiers/Index");
}
