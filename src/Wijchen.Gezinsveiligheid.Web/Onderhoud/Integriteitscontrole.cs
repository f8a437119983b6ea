using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Onderhoud;

/// <summary>What the integrity check found: nothing means the database is sound.</summary>
public sealed record Integriteitsverslag(IReadOnlyList<string> Bevindingen, int Dossiers, long Logregels, TimeSpan Duur)
{
    public bool InOrde => Bevindingen.Count == 0;
}

/// <summary>
/// The operator's <c>verify</c>: is this database one the app can trust? The schema has every migration; SQLite's own
/// check finds no damage; every dossier keeps the invariants of domain.md that stored data can show (one regiehouder
/// and a matching regiehistorie; an accepted handover only after a held gesprek with a named casusregisseur); its
/// version equals its number of chronology entries; its stored counts equal what the domain computes from its data;
/// the dashboard's own SQL signals find no dossier without or with two regiehouders; and the access log's hash chain
/// is whole. It only reads, so it may run while the app serves.
/// </summary>
public sealed class Integriteitscontrole(AppDbContext db, Termijnberekening termijnen, Toegangslog toegangslog, TimeProvider klok)
{
    /// <summary>Dossiers loaded per round: the whole aggregate of each, so memory stays flat at the size of a region.</summary>
    public const int Partij = 250;

    /// <summary>Findings beyond this are counted, not listed: a broken restore should not print a hundred thousand lines.</summary>
    public const int MaximumBevindingen = 200;

    public async Task<Integriteitsverslag> ControleerAsync(Action<string> meld, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meld);
        var tijd = Stopwatch.StartNew();
        var bevindingen = new List<string>();
        var meer = 0;
        void Vind(string bevinding)
        {
            if (bevindingen.Count < MaximumBevindingen)
            {
                bevindingen.Add(bevinding);
            }
            else
            {
                meer++;
            }
        }

        meld("Schema controleren");
        var ontbrekend = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (ontbrekend.Count > 0)
        {
            Vind($"Het schema mist {ontbrekend.Count} migratie(s): {string.Join(", ", ontbrekend)}. Start de app één keer (die werkt het schema bij) en controleer opnieuw.");
            return new Integriteitsverslag(bevindingen, 0, 0, tijd.Elapsed);
        }

        if (db.Database.IsSqlite())
        {
            meld("Databasebestand controleren (PRAGMA integrity_check en foreign_key_check)");
            foreach (var regel in await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(cancellationToken))
            {
                if (regel != "ok")
                {
                    Vind($"SQLite integrity_check: {regel}");
                }
            }

            foreach (var tabel in await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS Value FROM pragma_foreign_key_check").ToListAsync(cancellationToken))
            {
                Vind($"Een verwijzing in tabel {tabel} wijst naar een rij die niet bestaat.");
            }
        }

        meld("Dossiers controleren: regie, versie, opgeslagen tellingen");
        var ids = await db.Dossiers.AsNoTracking().Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var partijIds in ids.Chunk(Partij))
        {
            var partij = await db.Dossiers.AsNoTracking().MetAggregaat().Where(d => partijIds.Contains(d.Id)).ToListAsync(cancellationToken);
            foreach (var dossier in partij)
            {
                foreach (var bevinding in Controleer(dossier))
                {
                    Vind($"Dossier {Weergave.Kenmerk(dossier.Id)} ({dossier.Id}): {bevinding}");
                }
            }
        }

        var vandaag = termijnen.Datum(klok.GetUtcNow());
        foreach (var signaal in new[] { Signaal.ZonderRegiehouder, Signaal.TweeRegiehouders })
        {
            var aantal = await db.Dossiers.AsNoTracking().Where(Signalen.Filter(signaal, vandaag, db.Set<Mdo>())).CountAsync(cancellationToken);
            if (aantal > 0)
            {
                Vind($"Het dashboard telt {aantal} dossier(s) bij '{Signalen.Van(signaal).Titel}'.");
            }
        }

        meld("Hashketen van het toegangslog controleren");
        var keten = await toegangslog.ControleerAsync(new Progress<long>(n => meld($"  {n:N0} regels")), cancellationToken);
        if (!keten.Intact)
        {
            Vind($"De hashketen van het toegangslog is gebroken bij regel {keten.EersteFout}: {keten.Fout}.");
        }

        if (meer > 0)
        {
            bevindingen.Add($"… en nog {meer} bevinding(en).");
        }

        return new Integriteitsverslag(bevindingen, ids.Count, keten.GoedeRegels, tijd.Elapsed);
    }

    private IEnumerable<string> Controleer(Dossier dossier)
    {
        if (!dossier.HeeftEnkeleRegiehouder())
        {
            yield return "de regie is leeg, dubbel, of niet gelijk aan de laatste regiewissel (invariant 1)";
        }

        if (dossier.Overdrachten.Any(o => o.Status == OverdrachtStatus.Geaccepteerd && (!o.IsGesprekGehouden || o.BeoogdCasusregisseurId is null)))
        {
            yield return "een overdracht is geaccepteerd zonder gehouden gesprek of zonder casusregisseur (invariant 2)";
        }

        if (dossier.Versie != dossier.Chronologie.Count)
        {
            yield return $"versie {dossier.Versie}, maar {dossier.Chronologie.Count} regels in de chronologie";
        }

        if (dossier.Chronologie.Count > 0)
        {
            // The stored counts are refreshed at every action, with that action's date: compare with the same date.
            var peildatum = termijnen.Datum(dossier.Chronologie[^1].Op);
            var kinderen = dossier.KinderenZonderOordeel(peildatum).Count;
            if (dossier.AantalKinderenZonderOordeel != kinderen)
            {
                yield return $"opgeslagen {dossier.AantalKinderenZonderOordeel} kind(eren) zonder oordeel, berekend {kinderen}";
            }

            var partijen = dossier.GeldendPlan?.NietGedeeld.Count ?? 0;
            if (dossier.AantalPartijenZonderPlan != partijen)
            {
                yield return $"opgeslagen {dossier.AantalPartijenZonderPlan} partij(en) zonder het geldende plan, berekend {partijen}";
            }
        }
    }
}
