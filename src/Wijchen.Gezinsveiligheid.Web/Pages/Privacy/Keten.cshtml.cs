using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>Recomputes the whole hash chain of the access log and says whether any row was changed or removed.</summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class KetenModel(Toegangslog toegangslog) : PageModel
{
    public Ketencontrole Uitslag { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await toegangslog.SchrijfAsync(Toegangssoort.Lezen, "Toegangslog (ketencontrole)");
        Uitslag = await toegangslog.ControleerAsync(cancellationToken);
    }
}
