using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data;

public static class DossierQueries
{
    /// <summary>
    /// The dossier with this kenmerk (the id's last twelve characters, as every page shows it), or null. The database
    /// compares it in the id's own index, instead of the app fetching every dossier's id to compare them one by one.
    /// </summary>
    public static async Task<Guid?> MetKenmerkAsync(this IQueryable<Dossier> dossiers, string kenmerk)
    {
        var gezocht = kenmerk.Trim().ToUpperInvariant();
        var kandidaten = await dossiers.AsNoTracking().Where(d => EF.Functions.Like(d.Id.ToString(), "%-" + gezocht)).Select(d => d.Id).Take(2).ToListAsync();
        return kandidaten.Where(id => Presentation.Weergave.Kenmerk(id) == gezocht).Select(id => (Guid?)id).FirstOrDefault();
    }

    /// <summary>
    /// The whole aggregate, with every collection in the order the domain relies on ("the latest VB" is the last one):
    /// neither provider promises an order without ORDER BY, and SQL Server does not sort GUIDs by time.
    /// </summary>
    public static IQueryable<Dossier> MetAggregaat(this IQueryable<Dossier> dossiers) => dossiers
        .Include(d => d.Gezinsleden.OrderBy(g => g.Geboortedatum))
        .Include(d => d.Veiligheidsbeoordelingen.OrderBy(v => v.VastgelegdOp))
        .Include(d => d.Overdrachten.OrderBy(o => o.AangebodenOp)).ThenInclude(o => o.Voorwaarden.OrderBy(v => v.Volgnummer)).ThenInclude(v => v.Controles.OrderBy(c => c.Volgnummer))
        .Include(d => d.Regiehistorie.OrderBy(r => r.Volgnummer))
        .Include(d => d.Chronologie.OrderBy(c => c.Volgnummer))
        .Include(d => d.Netwerkpartners.OrderBy(p => p.Volgnummer))
        .Include(d => d.Veiligheidsplannen.OrderBy(p => p.Versie))
        .Include(d => d.Mdos.OrderBy(m => m.Volgnummer)).ThenInclude(m => m.Acties.OrderBy(a => a.Uiterlijk).ThenBy(a => a.Wat))
        .Include(d => d.Evaluaties.OrderBy(e => e.Volgnummer))
        .Include(d => d.LatereMeldingen.OrderBy(m => m.GeregistreerdOp))
        .AsSplitQuery();

    /// <summary>A search pattern for LIKE that finds the term anywhere, treating %, _ and the escape character in user input as plain text.</summary>
    public static string LikePatroon(string zoekterm) => "%" + GelijkPatroon(zoekterm) + "%";

    /// <summary>A LIKE pattern for the whole text, whatever its case (both providers compare case-insensitively with LIKE), escaped as <see cref="LikePatroon"/> is.</summary>
    public static string GelijkPatroon(string tekst) =>
        tekst.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
