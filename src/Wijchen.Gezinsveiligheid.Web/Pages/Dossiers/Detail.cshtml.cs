using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>One dossier: household, phase, regie, deadlines, regiehistorie and chronology. Not yours = not found.</summary>
public sealed class DetailModel(AppDbContext db, Handelingen handelingen) : PageModel
{
    public Termijnberekening Termijnen => handelingen.Termijnen;

    public Dossier Dossier { get; private set; } = null!;

    public DateOnly Vandaag { get; private set; }

    public bool MagMelderZien { get; private set; }

    public IReadOnlyList<Gezinslid> KinderenZonderOordeel { get; private set; } = [];

    /// <summary>What this user can do now: the transition table for the phase, the domain's guards, and their rights.</summary>
    public IReadOnlyList<DossierActie> Acties { get; private set; } = [];

    public bool MagGezinWijzigen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var dossier = await db.Dossiers.LeesVoorAsync(User, id);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        Vandaag = handelingen.Vandaag;
        MagMelderZien = User.MagMelderZien();
        KinderenZonderOordeel = dossier.IsOpen ? dossier.KinderenZonderOordeel(Vandaag) : [];
        Acties = DossierRechten.VoorGebruiker(User, dossier);
        MagGezinWijzigen = Acties.Contains(DossierActie.GezinslidWijzigen);
        return Page();
    }

    public string Gezinslid(Guid id) => Dossier.Gezinsleden.FirstOrDefault(g => g.Id == id)?.Naam ?? "(niet meer in het gezin)";
}
