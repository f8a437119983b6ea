using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Beheer;

/// <summary>
/// The webhook outbox for the beheerder: how many wait and failed, the ones that need attention with their last error,
/// and the last ones sent. A failed message (given up after a day of retries) is sent again from here, with a new day of
/// retries behind it. The page shows
/// kinds and kenmerken only, as the messages themselves do: no dossier content.
/// </summary>
[Authorize(Policy = Beleid.Beheer)]
public sealed class WebhooksModel(AppDbContext db, Toegangsregistratie registratie, TimeProvider klok) : PageModel
{
    private const int Getoond = 100;

    public IReadOnlyDictionary<Webhookstatus, int> Aantallen { get; private set; } = new Dictionary<Webhookstatus, int>();

    /// <summary>Waiting and failed messages, oldest first: what the beheerder may have to act on.</summary>
    public IReadOnlyList<Bericht> Aandacht { get; private set; } = [];

    public IReadOnlyList<Bericht> Verstuurd { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var aantallen = await db.Webhookberichten.AsNoTracking()
            .GroupBy(w => w.VerstuurdOp != null ? Webhookstatus.Verstuurd : w.MisluktOp != null ? Webhookstatus.Mislukt : Webhookstatus.Wachtend)
            .Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync();
        Aantallen = Enum.GetValues<Webhookstatus>().ToDictionary(s => s, s => aantallen.SingleOrDefault(a => a.Key == s)?.Aantal ?? 0);
        Aandacht = await Lijst(db.Webhookberichten.Where(w => w.VerstuurdOp == null).OrderBy(w => w.AangemaaktOp));
        Verstuurd = await Lijst(db.Webhookberichten.Where(w => w.VerstuurdOp != null).OrderByDescending(w => w.VerstuurdOp));
    }

    public async Task<IActionResult> OnPostOpnieuwAsync(Guid id)
    {
        await using var transactie = await db.Database.BeginTransactionAsync();
        var nu = klok.GetUtcNow();
        var opnieuw = await db.Webhookberichten.Where(w => w.Id == id && w.MisluktOp != null && w.VerstuurdOp == null)
            .ExecuteUpdateAsync(w => w.SetProperty(x => x.MisluktOp, (DateTimeOffset?)null).SetProperty(x => x.VolgendePogingOp, nu)
                .SetProperty(x => x.HerhalenSinds, nu).SetProperty(x => x.Pogingen, 0));
        if (opnieuw == 0)
        {
            return NotFound();
        }

        registratie.Noteer(Toegangssoort.Wijzigen, $"Beheer: webhook {id} opnieuw in de wachtrij");
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        TempData[Bevestigingen.Sleutel] = "De webhook staat weer in de wachtrij en wordt bij de volgende ronde verstuurd.";
        return RedirectToPage();
    }

    private static async Task<IReadOnlyList<Bericht>> Lijst(IQueryable<Webhookbericht> berichten) =>
        [.. (await berichten.AsNoTracking().Take(Getoond).ToListAsync()).Select(w => new Bericht(
            w.Id, w.Soort, Weergave.Kenmerk(w.DossierId), w.ClientId, w.Status, w.AangemaaktOp, w.Pogingen, w.VolgendePogingOp, w.VerstuurdOp, w.LaatsteFout))];

    public sealed record Bericht(
        Guid Id, string Soort, string Kenmerk, string Client, Webhookstatus Status, DateTimeOffset AangemaaktOp, int Pogingen,
        DateTimeOffset VolgendePogingOp, DateTimeOffset? VerstuurdOp, string? LaatsteFout);
}
