using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Beheer;

/// <summary>
/// The e-mail outbox for the beheerder: how the application sends (mode, server), how many wait and failed, the ones
/// that need attention with their last error, and the last ones sent. A failed e-mail is sent again from here, with a
/// new day of retries. Subjects hold kinds and kenmerken only.
/// </summary>
[Authorize(Policy = Beleid.Beheer)]
public sealed class MailModel(AppDbContext db, IOptions<MailInstellingen> mail, Toegangsregistratie registratie, TimeProvider klok) : PageModel
{
    private const int Getoond = 100;

    public MailInstellingen Instellingen => mail.Value;

    public IReadOnlyDictionary<Berichtstatus, int> Aantallen { get; private set; } = new Dictionary<Berichtstatus, int>();

    public IReadOnlyList<Mailbericht> Aandacht { get; private set; } = [];

    public IReadOnlyList<Mailbericht> Verstuurd { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Aantallen = await Outbox.AantallenAsync(db.Mailberichten);
        Aandacht = await db.Mailberichten.AsNoTracking().Where(m => m.VerstuurdOp == null).OrderBy(m => m.AangemaaktOp).Take(Getoond).ToListAsync();
        Verstuurd = await db.Mailberichten.AsNoTracking().Where(m => m.VerstuurdOp != null).OrderByDescending(m => m.VerstuurdOp).Take(Getoond).ToListAsync();
    }

    public async Task<IActionResult> OnPostOpnieuwAsync(Guid id)
    {
        await using var transactie = await db.Database.BeginTransactionAsync();
        if (!await Outbox.OpnieuwAsync(db.Mailberichten, id, klok.GetUtcNow()))
        {
            return NotFound();
        }

        registratie.Noteer(Toegangssoort.Wijzigen, $"Beheer: e-mail {id} opnieuw in de wachtrij");
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        TempData[Bevestigingen.Sleutel] = "De e-mail staat weer in de wachtrij en wordt bij de volgende ronde verstuurd.";
        return RedirectToPage();
    }
}
