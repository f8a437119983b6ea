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

    public IReadOnlyDictionary<Berichtstatus, int> Aantallen { get; private set; } = new Dictionary<Berichtstatus, int>();

    /// <summary>Waiting and failed messages, oldest first: what the beheerder may have to act on.</summary>
    public IReadOnlyList<Bericht> Aandacht { get; private set; } = [];

    public IReadOnlyList<Bericht> Verstuurd { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Aantallen = await Outbox.AantallenAsync(db.Webhookberichten);
        Aandacht = await Lijst(db.Webhookberichten.Where(w => w.VerstuurdOp == null).OrderBy(w => w.AangemaaktOp));
        Verstuurd = await Lijst(db.Webhookberichten.Where(w => w.VerstuurdOp != null).OrderByDescending(w => w.VerstuurdOp));
    }

    public async Task<IActionResult> OnPostOpnieuwAsync(Guid id)
    {
        await using var transactie = await db.Database.BeginTransactionAsync();
        if (!await Outbox.OpnieuwAsync(db.Webhookberichten, id, klok.GetUtcNow()))
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
        Guid Id, string Soort, string Kenmerk, string Client, Berichtstatus Status, DateTimeOffset AangemaaktOp, int Pogingen,
        DateTimeOffset VolgendePogingOp, DateTimeOffset? VerstuurdOp, string? LaatsteFout);
}
