using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// The dossiers the user may see, most urgent deadline first. The search term is posted, never put in the URL:
/// it is usually a name.
/// </summary>
[EnableRateLimiting(Snelheidsbegrenzing.Zoeken)]
[Authorize(Roles = $"{Rollen.VtMedewerker},{Rollen.Teamleider},{Rollen.WijkteamMedewerker}")]
public sealed class IndexModel(AppDbContext db, Toegangsregistratie registratie) : PageModel
{
    public const int PaginaGrootte = 25;

    /// <summary>Longer than any name; a longer term (pasted text, a scanner) would only make the database's pattern matcher give up.</summary>
    public const int MaximaleZoekterm = 200;

    [BindProperty]
    public FilterModel Filter { get; set; } = new();

    public IReadOnlyList<Rij> Rijen { get; private set; } = [];

    public int Totaal { get; private set; }

    /// <summary>
    /// A search lists at most this many dossiers, found in one pass. Matching a name anywhere in it cannot use an index,
    /// so counting all matches and then reading a page did the whole pattern match twice; a term that finds more than
    /// this is too short to pick a family from anyway.
    /// </summary>
    public const int MaximumTreffers = 500;

    /// <summary>The search found more than <see cref="MaximumTreffers"/> dossiers; the list holds the most urgent of them.</summary>
    public bool MeerTreffers { get; private set; }

    public int Paginas => Math.Max(1, (Totaal + PaginaGrootte - 1) / PaginaGrootte);

    public Task OnGetAsync() => LaadAsync();

    public Task OnPostAsync() => LaadAsync();

    private async Task LaadAsync()
    {
        if (Filter.Zoekterm is { Length: > MaximaleZoekterm })
        {
            ModelState.AddModelError($"{nameof(Filter)}.{nameof(FilterModel.Zoekterm)}", $"Een zoekterm is hoogstens {MaximaleZoekterm} tekens. Zoek op een deel van de naam.");
            return;
        }

        // The row names the kind of access, not the term: a search term is usually a name.
        registratie.Noteer(string.IsNullOrWhiteSpace(Filter.Zoekterm) ? Toegangssoort.Lezen : Toegangssoort.Zoeken, "Dossierlijst");
        var dossiers = db.Dossiers.AsNoTracking().ZichtbaarVoor(User);
        if (!Filter.OokAfgesloten)
        {
            dossiers = dossiers.Where(d => d.Fase != DossierFase.Afgesloten);
        }

        if (Filter.Fase is { } fase)
        {
            dossiers = dossiers.Where(d => d.Fase == fase);
        }

        if (!string.IsNullOrWhiteSpace(Filter.Zoekterm))
        {
            var patroon = DossierQueries.LikePatroon(Filter.Zoekterm);
            var treffers = await Urgentste(dossiers.Where(d => EF.Functions.Like(d.Naam, patroon, "\\") || d.Gezinsleden.Any(g => EF.Functions.Like(g.Naam, patroon, "\\"))))
                .Take(MaximumTreffers + 1).ToListAsync();
            MeerTreffers = treffers.Count > MaximumTreffers;
            Totaal = Math.Min(treffers.Count, MaximumTreffers);
            Filter.Pagina = Math.Clamp(Filter.Pagina, 1, Paginas);
            Rijen = [.. treffers.Skip((Filter.Pagina - 1) * PaginaGrootte).Take(PaginaGrootte)];
            return;
        }

        Totaal = await dossiers.CountAsync();
        Filter.Pagina = Math.Clamp(Filter.Pagina, 1, Paginas);
        Rijen = await Urgentste(dossiers).Skip((Filter.Pagina - 1) * PaginaGrootte).Take(PaginaGrootte).ToListAsync();
    }

    /// <summary>
    /// Most urgent deadline first; dossiers without a deadline last; the id makes the order total, so no dossier shows on
    /// two pages or on none. On SQLite the open dossiers are read in this order from IX_Dossiers_Open_Urgentie.
    /// </summary>
    private static IQueryable<Rij> Urgentste(IQueryable<Dossier> dossiers) => dossiers
        .OrderBy(d => d.Deadline == null).ThenBy(d => d.Deadline).ThenBy(d => d.Naam).ThenBy(d => d.Id)
        .Select(d => new Rij(d.Id, d.Naam, d.Fase, d.RegiehouderNaam, d.RegiehouderOrganisatie, d.Deadline));

    public sealed class FilterModel
    {
        public string? Zoekterm { get; set; }

        public DossierFase? Fase { get; set; }

        public bool OokAfgesloten { get; set; }

        public int Pagina { get; set; } = 1;
    }

    public sealed record Rij(Guid Id, string Naam, DossierFase Fase, string? Regiehouder, Organisatie? Organisatie, DateOnly? Deadline);
}
