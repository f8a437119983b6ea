using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// Writes the webhooks that Veilig Thuis' system subscribed to into the outbox, in the same save (and so the same
/// transaction) as the change: an offer accepted or declined, a terugmelding, a voorwaarde not met. Whatever made the
/// change — a page, the API, a job — the event follows from what the dossier recorded, so no path can forget it. Only
/// dossiers whose overdracht came through the API have a subscriber: the client that offered it.
/// </summary>
public sealed class Webhookgebeurtenissen : SaveChangesInterceptor
{
    public const string Geaccepteerd = "overdracht.geaccepteerd";
    public const string Afgewezen = "overdracht.afgewezen";
    public const string Teruggemeld = "dossier.teruggemeld";
    public const string VoorwaardeNietNageleefd = "voorwaarde.niet-nageleefd";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Synchronous saves (the Data Protection key ring) never carry a dossier change; one that did would lose its webhooks.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is AppDbContext db && Gebeurtenissen(db).Count > 0
            ? throw new NotSupportedException("Dossierwijzigingen worden asynchroon opgeslagen, zodat hun webhooks mee kunnen.")
            : result;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && Gebeurtenissen(db) is { Count: > 0 } gebeurtenissen)
        {
            await SchrijfAsync(db, gebeurtenissen, cancellationToken);
        }

        return result;
    }

    private static List<Gebeurtenis> Gebeurtenissen(AppDbContext db)
    {
        // Entries() detects changes first, as SaveChanges would; a context that switched that off (the region generator)
        // added its dossiers whole, which the change tracker knows without detecting.
        List<Gebeurtenis> gebeurtenissen = [];
        foreach (var dossier in db.ChangeTracker.Entries<Dossier>().Select(e => e.Entity))
        {
            foreach (var item in dossier.Chronologie.Where(c => db.Entry(c).State == EntityState.Added))
            {
                switch (item.Actie)
                {
                    case DossierActie.OverdrachtAccepteren:
                        gebeurtenissen.Add(new(dossier, Geaccepteerd, dossier.HuidigeOverdracht?.Id, null, item.Op));
                        break;
                    case DossierActie.OverdrachtAfwijzen:
                        gebeurtenissen.Add(new(dossier, Afgewezen, dossier.HuidigeOverdracht?.Id, null, item.Op));
                        break;
                    case DossierActie.Terugmelden:
                        gebeurtenissen.Add(new(dossier, Teruggemeld, dossier.HuidigeOverdracht?.Id, null, item.Op));
                        break;
                    case DossierActie.VoorwaardenControleren:
                        var overdracht = dossier.GeaccepteerdeOverdracht;
                        foreach (var voorwaarde in overdracht?.Voorwaarden ?? [])
                        {
                            if (voorwaarde.Controles.Any(c => c.Naleving == Naleving.NietNageleefd && db.Entry(c).State == EntityState.Added))
                            {
                                gebeurtenissen.Add(new(dossier, VoorwaardeNietNageleefd, overdracht!.Id, voorwaarde.Id, item.Op));
                            }
                        }

                        break;
                }
            }
        }

        return gebeurtenissen;
    }

    private static async Task SchrijfAsync(AppDbContext db, List<Gebeurtenis> gebeurtenissen, CancellationToken cancellationToken)
    {
        var dossierIds = gebeurtenissen.Select(g => g.Dossier.Id).Distinct().ToList();
        var abonnees = await db.ApiOverdrachten.AsNoTracking().Where(a => dossierIds.Contains(a.DossierId))
            .Select(a => new { a.DossierId, a.ClientId, a.Kenmerk }).Distinct().ToListAsync(cancellationToken);
        foreach (var (dossier, soort, overdrachtId, voorwaardeId, op) in gebeurtenissen)
        {
            foreach (var abonnee in abonnees.Where(a => a.DossierId == dossier.Id))
            {
                var inhoud = JsonSerializer.Serialize(new
                {
                    type = soort,
                    timestamp = op.UtcDateTime,
                    data = new { kenmerk = abonnee.Kenmerk, overdrachtId, voorwaardeId },
                }, Json);
                db.Webhookberichten.Add(new Webhookbericht
                {
                    Id = Guid.CreateVersion7(op),
                    DossierId = dossier.Id,
                    ClientId = abonnee.ClientId,
                    Soort = soort,
                    Inhoud = inhoud,
                    AangemaaktOp = op,
                    HerhalenSinds = op,
                    VolgendePogingOp = op,
                });
            }
        }
    }

    private sealed record Gebeurtenis(Dossier Dossier, string Soort, Guid? OverdrachtId, Guid? VoorwaardeId, DateTimeOffset Op);
}
