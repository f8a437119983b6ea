using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Goedkeuringen;

/// <summary>
/// A teamleider approves or refuses the break-the-glass requests of their own team's members beyond the daily limit.
/// The page names the dossier by kenmerk only: approving does not open it for the teamleider.
/// </summary>
[Authorize(Roles = Rollen.Teamleider)]
public sealed class IndexModel(Noodtoegangen noodtoegangen, AppDbContext db, Toegangsregistratie registratie, TimeProvider klok) : PageModel
{
    public IReadOnlyList<Aanvraag> Aanvragen { get; private set; } = [];

    [TempData]
    public string? Bevestiging { get; set; }

    public async Task OnGetAsync()
    {
        registratie.Noteer(Toegangssoort.Lezen, "Noodtoegang goedkeuren");
        var wachtend = await noodtoegangen.TeBeslissenDoor(User).AsNoTracking().OrderBy(n => n.Op).ToListAsync();
        var aanvragers = wachtend.Select(n => n.GebruikerId).Distinct().ToList();
        var sinds = klok.GetUtcNow() - Noodtoegangen.Venster;
        var eerder = await db.Noodtoegangen.AsNoTracking()
            .Where(n => aanvragers.Contains(n.GebruikerId) && n.Op > sinds && (!n.GoedkeuringNodig || n.Goedgekeurd == true))
            .GroupBy(n => n.GebruikerId).Select(g => new { g.Key, Aantal = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Aantal);
        Aanvragen = [.. wachtend.Select(n => new Aanvraag(n, eerder.GetValueOrDefault(n.GebruikerId)))];
    }

    public Task<IActionResult> OnPostGoedkeurenAsync(Guid id) => BeslisAsync(id, goedkeuren: true);

    public Task<IActionResult> OnPostAfwijzenAsync(Guid id) => BeslisAsync(id, goedkeuren: false);

    private async Task<IActionResult> BeslisAsync(Guid id, bool goedkeuren)
    {
        if (!await noodtoegangen.BeslisAsync(User, id, goedkeuren))
        {
            registratie.Noteer(Toegangssoort.Wijzigen, "Noodtoegang goedkeuren", uitkomst: Toegangsuitkomst.NietGevonden);
            return NotFound();
        }

        Bevestiging = goedkeuren
            ? $"De noodtoegang is goedgekeurd: het dossier is {(int)Dossierinzage.NoodtoegangDuur.TotalHours} uur open voor de aanvrager."
            : "De noodtoegang is afgewezen; het dossier blijft dicht voor de aanvrager.";
        return RedirectToPage();
    }

    /// <summary>A waiting request and how often its requester broke the glass in the last 24 hours.</summary>
    public sealed record Aanvraag(Data.Noodtoegang Noodtoegang, int EerderVandaag);
}
