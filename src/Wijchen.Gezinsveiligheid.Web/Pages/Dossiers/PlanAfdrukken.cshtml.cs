using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// The plan on paper for the family and the parties on the distribution list: the plan's sections, the household by
/// name and the casusregisseur — never the melder, BSNs or the team's internal note.
/// </summary>
public sealed class PlanAfdrukkenModel(AppDbContext db, Dossierinzage inzage, Handelingen handelingen) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;

    public Veiligheidsplan Plan { get; private set; } = null!;

    public DateOnly Vandaag => handelingen.Vandaag;

    /// <summary>The attachments tied to this plan version, by name: the reader knows what belongs with the plan.</summary>
    public IReadOnlyList<string> Bijlagen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int versie)
    {
        if (await inzage.OpenAsync(User, id, "Veiligheidsplan (afdruk)", Toegangssoort.Afdrukken) is not { Dossier: var dossier } || dossier.Veiligheidsplannen.FirstOrDefault(p => p.Versie == versie) is not { } plan)
        {
            return NotFound();
        }

        (Dossier, Plan) = (dossier, plan);
        Bijlagen = await db.Bijlagen.AsNoTracking().Where(b => b.DossierId == id && b.OnderdeelId == plan.Id && b.VerwijderdOp == null)
            .OrderBy(b => b.ToegevoegdOp).Select(b => b.Beschrijving).ToListAsync();
        return Page();
    }
}
