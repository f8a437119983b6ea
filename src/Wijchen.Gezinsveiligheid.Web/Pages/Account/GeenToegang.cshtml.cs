using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Account;

public sealed class GeenToegangModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
