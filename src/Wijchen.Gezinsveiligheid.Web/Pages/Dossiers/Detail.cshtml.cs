using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Bijlagen;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>One dossier: household, phase, regie, deadlines, regiehistorie and chronology. Not yours = not found.</summary>
public sealed class DetailModel(AppDbContext db, Dossierinzage inzage, Handelingen handelingen) : PageModel
{
    public Termijnberekening Termijnen => handelingen.Termijnen;

    public Dossier Dossier { get; private set; } = null!;

    public DateOnly Vandaag { get; private set; }

    public bool MagMelderZien { get; private set; }

    /// <summary>Noodtoegang when the user opened this dossier by breaking the glass: the page says so.</summary>
    public Toegangsdoel Doel { get; private set; }

    public IReadOnlyList<Gezinslid> KinderenZonderOordeel { get; private set; } = [];

    /// <summary>What this user can do now: the transition table for the phase, the domain's guards, and their rights.</summary>
    public IReadOnlyList<DossierActie> Acties { get; private set; } = [];

    public bool MagGezinWijzigen { get; private set; }

    public IReadOnlyList<Bijlage> Bijlagen { get; private set; } = [];

    public bool MagBijlagenToevoegen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var geopend = await inzage.OpenAsync(User, id, "Dossier");
        if (geopend is null)
        {
            return NotFound();
        }

        var dossier = geopend.Dossier;
        (Dossier, Doel) = (dossier, geopend.Doel);
        Vandaag = handelingen.Vandaag;
        MagMelderZien = User.MagMelderZien();
        KinderenZonderOordeel = dossier.IsOpen ? dossier.KinderenZonderOordeel(Vandaag) : [];
        Acties = DossierRechten.VoorGebruiker(User, dossier);
        MagGezinWijzigen = Acties.Contains(DossierActie.GezinslidWijzigen);
        Bijlagen = await db.Bijlagen.AsNoTracking().Include(b => b.Versies).Where(b => b.DossierId == id && b.VerwijderdOp == null).OrderByDescending(b => b.ToegevoegdOp).ToListAsync();
        MagBijlagenToevoegen = Bijlagebeheer.MagWijzigen(User, dossier);
        return Page();
    }

    /// <summary>Rows about household members in the household's own order (eldest first), whatever order they were saved in.</summary>
    public IEnumerable<T> InGezinsvolgorde<T>(IEnumerable<T> rijen, Func<T, Guid> gezinslid)
    {
        var plaats = Dossier.Gezinsleden.Select((lid, index) => (lid.Id, index)).ToDictionary(p => p.Id, p => p.index);
        return rijen.OrderBy(rij => plaats.GetValueOrDefault(gezinslid(rij), int.MaxValue));
    }

    public string Gezinslid(Guid id) => Dossier.Gezinsleden.FirstOrDefault(g => g.Id == id)?.Naam ?? "(niet meer in het gezin)";
}
