using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>
/// Recomputes the whole hash chain of the access log and says whether any row was changed or removed. The check runs in
/// the background (<see cref="Ketencontroleur"/>): the page starts it, shows how far it is, and shows its outcome.
/// </summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class KetenModel(Toegangsregistratie registratie, Ketencontroleur controleur, AppDbContext db) : PageModel
{
    public Ketencontroleur.Stand Stand { get; private set; } = null!;

    public void OnGet()
    {
        registratie.Noteer(Toegangssoort.Lezen, "Toegangslog (ketencontrole)");
        Stand = controleur.Nu;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        registratie.Noteer(Toegangssoort.Lezen, "Toegangslog (ketencontrole gestart)");
        var totaal = await db.ToegangslogKop.AsNoTracking().Where(k => k.Id == ToegangslogKop.EnigeId).Select(k => k.Volgnummer).SingleAsync();
        controleur.Start(totaal);
        return RedirectToPage();
    }

    /// <summary>How far the running check is, for the page's script; numbers only, nothing from the log itself.</summary>
    public JsonResult OnGetVoortgang()
    {
        var stand = controleur.Nu;
        return new JsonResult(new { bezig = stand.Bezig, gecontroleerd = stand.Gecontroleerd, totaal = stand.Totaal, procent = stand.Procent });
    }
}
