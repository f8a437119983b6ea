using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Notificaties;

/// <summary>
/// The user's notifications, newest first, filtered on unread and kind. Opening one marks it read and leads to its
/// dossier (<see cref="OpenenModel"/>); the list itself shows kinds, kenmerken and dates, no dossier content.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider klok) : PageModel
{
    public const int Maximum = 200;

    [BindProperty(SupportsGet = true)]
    public FilterModel Filter { get; set; } = new();

    public IReadOnlyList<Notificatie> Notificaties { get; private set; } = [];

    public int Ongelezen { get; private set; }

    /// <summary>More match the filter than the page shows.</summary>
    public bool Meer { get; private set; }

    public static IReadOnlyList<SelectListItem> Soorten { get; } =
        [new("Alle soorten", ""), .. Notificatiesoorten.Alle.Select(s => new SelectListItem(s.Titel(), s.ToString()))];

    public static IReadOnlyList<SelectListItem> Weergaven { get; } = [new("Alle notificaties", "false"), new("Alleen ongelezen", "true")];

    public async Task OnGetAsync()
    {
        var ik = User.Id();
        var mijn = db.Notificaties.AsNoTracking().Where(n => n.OntvangerId == ik);
        Ongelezen = await mijn.CountAsync(n => n.GelezenOp == null);
        // An unreadable filter (a kind from an old link) shows its message next to the field and lists everything.
        if (ModelState.IsValid)
        {
            if (Filter.AlleenOngelezen)
            {
                mijn = mijn.Where(n => n.GelezenOp == null);
            }

            if (Filter.Soort is { } soort)
            {
                mijn = mijn.Where(n => n.Soort == soort);
            }
        }

        var lijst = await mijn.OrderByDescending(n => n.Op).ThenByDescending(n => n.Id).Take(Maximum + 1).ToListAsync();
        Meer = lijst.Count > Maximum;
        Notificaties = [.. lijst.Take(Maximum)];
    }

    public async Task<IActionResult> OnPostGelezenAsync(Guid id)
    {
        var ik = User.Id();
        var nu = klok.GetUtcNow();
        var gewijzigd = await db.Notificaties.Where(n => n.Id == id && n.OntvangerId == ik && n.GelezenOp == null)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.GelezenOp, nu));
        TempData[Bevestigingen.Sleutel] = gewijzigd == 1 ? "De notificatie is als gelezen gemarkeerd." : "Deze notificatie was al gelezen.";
        return RedirectToPage(FilterRoute());
    }

    public async Task<IActionResult> OnPostAllesGelezenAsync()
    {
        var ik = User.Id();
        var nu = klok.GetUtcNow();
        var aantal = await db.Notificaties.Where(n => n.OntvangerId == ik && n.GelezenOp == null).ExecuteUpdateAsync(n => n.SetProperty(x => x.GelezenOp, nu));
        TempData[Bevestigingen.Sleutel] = aantal == 0 ? "Er waren geen ongelezen notificaties." : $"{aantal} {(aantal == 1 ? "notificatie" : "notificaties")} als gelezen gemarkeerd.";
        return RedirectToPage(FilterRoute());
    }

    private RouteValueDictionary FilterRoute() => new()
    {
        [$"{nameof(Filter)}.{nameof(FilterModel.AlleenOngelezen)}"] = Filter.AlleenOngelezen,
        [$"{nameof(Filter)}.{nameof(FilterModel.Soort)}"] = Filter.Soort,
    };

    public sealed class FilterModel
    {
        public bool AlleenOngelezen { get; set; }

        public Notificatiesoort? Soort { get; set; }
    }
}
