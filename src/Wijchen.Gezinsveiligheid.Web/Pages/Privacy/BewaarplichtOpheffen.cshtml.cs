using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>Lifting a legal hold, with a reason: from then on retention treats the dossier as any other.</summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class BewaarplichtOpheffenModel(AppDbContext db, Toegangsregistratie registratie, TimeProvider klok) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string Reden { get; set; } = "";

    public Bewaarplicht Bewaarplicht { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Bewaarplichten.AsNoTracking().SingleOrDefaultAsync(b => b.Id == Id && b.OpgehevenOp == null) is not { } bewaarplicht)
        {
            return NotFound();
        }

        Bewaarplicht = bewaarplicht;
        registratie.Noteer(Toegangssoort.Lezen, "Bewaarplicht", bewaarplicht.DossierId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.Bewaarplichten.SingleOrDefaultAsync(b => b.Id == Id && b.OpgehevenOp == null) is not { } bewaarplicht)
        {
            return NotFound();
        }

        Bewaarplicht = bewaarplicht;
        if (Reden.Trim().Length < 10)
        {
            ModelState.AddModelError(nameof(Reden), "Beschrijf in minstens 10 tekens waarom de opschorting eindigt, bijvoorbeeld: klacht afgehandeld op 3 december.");
            return Page();
        }

        if (Reden.Trim().Length > 2000)
        {
            ModelState.AddModelError(nameof(Reden), "Houd de reden korter dan 2000 tekens.");
            return Page();
        }

        await using var transactie = await db.Database.BeginTransactionAsync();
        bewaarplicht.OpgehevenOp = klok.GetUtcNow();
        bewaarplicht.OpgehevenDoorNaam = User.Naam();
        bewaarplicht.OpheffingReden = Reden.Trim();
        await db.SaveChangesAsync();
        registratie.Noteer(Toegangssoort.Wijzigen, "Bewaarplicht opgeheven", bewaarplicht.DossierId);
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        TempData[Bevestigingen.Sleutel] = $"Opschorting opgeheven voor dossier {Weergave.Kenmerk(bewaarplicht.DossierId)}; de gewone bewaartermijn geldt weer.";
        return RedirectToPage("/Privacy/Bewaarplicht");
    }
}
