using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Notificaties;

/// <summary>
/// The link in the app and in an e-mail: marks the notification read and leads to its dossier, where the need-to-know
/// decides as for any other link. Someone else's notification is not found.
/// </summary>
public sealed class OpenenModel(AppDbContext db, TimeProvider klok) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ik = User.Id();
        var notificatie = await db.Notificaties.AsNoTracking().Where(n => n.Id == id && n.OntvangerId == ik).Select(n => new { n.DossierId, n.GelezenOp }).SingleOrDefaultAsync();
        if (notificatie is null)
        {
            return NotFound();
        }

        if (notificatie.GelezenOp is null)
        {
            var nu = klok.GetUtcNow();
            await db.Notificaties.Where(n => n.Id == id && n.GelezenOp == null).ExecuteUpdateAsync(n => n.SetProperty(x => x.GelezenOp, nu));
        }

        return Redirect(Url.Dossier(notificatie.DossierId));
    }
}
