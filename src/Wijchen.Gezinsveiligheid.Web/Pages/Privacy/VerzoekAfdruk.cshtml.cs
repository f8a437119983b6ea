using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Avg;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>The released inzage export on paper (or "save as PDF"), from the frozen release: what the person received.</summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class VerzoekAfdrukModel(AppDbContext db, Toegangsregistratie registratie) : PageModel
{
    public VerzoekModel.Vrijgave Vrijgave { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var json = await db.Avgverzoeken.AsNoTracking().Where(v => v.Id == id).Select(v => v.Vrijgegeven).SingleOrDefaultAsync();
        if (json is null)
        {
            return NotFound();
        }

        Vrijgave = JsonSerializer.Deserialize<VerzoekModel.Vrijgave>(json, Inzageexport.Json)!;
        registratie.Noteer(Toegangssoort.Afdrukken, $"AVG-verzoek {id}: inzage afgedrukt");
        return Page();
    }
}
