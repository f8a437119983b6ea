using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Jobs;

/// <summary>
/// Since migration DoorlooptijdenOpgeslagen the domain stores every lead time in working days when its step happens.
/// Rows recorded before then get theirs here, at start-up, computed with the same calendar; SQL cannot, because the
/// count follows the Dutch holidays. Once done the probes find nothing (together about 50–100 ms at start-up on a region
/// of 100,000 dossiers), and a start that stopped half-way finishes the job the next time.
/// </summary>
public static class OpgeslagenDoorlooptijden
{
    private const int PerTransactie = 1_000;

    private const string DossierId = "DossierId";

    public static async Task<int> VulAanAsync(AppDbContext db, Termijnberekening termijnen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(termijnen);
        var overdrachten = db.Set<Overdracht>().AsNoTracking();
        var beoordelingen = db.Set<Veiligheidsbeoordeling>().AsNoTracking();

        var sindsBeoordeling = await (
                from o in overdrachten
                where o.WerkdagenSindsBeoordeling == null
                from v in beoordelingen
                where v.Id == o.VeiligheidsbeoordelingId
                select new { o.Id, v.Datum, o.AangebodenOp })
            .ToListAsync(cancellationToken);
        var totGesprek = await overdrachten.Where(o => o.GehoudenOp != null && o.WerkdagenTotGesprek == null)
            .Select(o => new { o.Id, o.AangebodenOp, GehoudenOp = o.GehoudenOp!.Value }).ToListAsync(cancellationToken);
        var totAcceptatie = await overdrachten.Where(o => o.Status == OverdrachtStatus.Geaccepteerd && o.WerkdagenTotAcceptatie == null)
            .Select(o => new { o.Id, o.AangebodenOp, BesluitOp = o.BesluitOp!.Value }).ToListAsync(cancellationToken);
        // The first VB of a dossier measures from the melding; a later one follows a terugmelding and keeps none.
        var sindsMelding = await (
                from v in beoordelingen
                where v.WerkdagenSindsMelding == null
                    && !beoordelingen.Any(w => EF.Property<Guid>(w, DossierId) == EF.Property<Guid>(v, DossierId) && w.VastgelegdOp < v.VastgelegdOp)
                from d in db.Dossiers
                where d.Id == EF.Property<Guid>(v, DossierId)
                select new { v.Id, d.Melding.OntvangenOp, v.Datum })
            .ToListAsync(cancellationToken);

        var updates = new List<Func<Task>>();
        updates.AddRange(sindsBeoordeling.Select(r => SlaWerkdagenOp(db.Set<Overdracht>().Where(o => o.Id == r.Id),
            termijnen.Kalender.WerkdagenTussen(r.Datum, termijnen.Datum(r.AangebodenOp)), o => o.WerkdagenSindsBeoordeling, cancellationToken)));
        updates.AddRange(totGesprek.Select(r => SlaWerkdagenOp(db.Set<Overdracht>().Where(o => o.Id == r.Id),
            termijnen.WerkdagenTussen(r.AangebodenOp, r.GehoudenOp), o => o.WerkdagenTotGesprek, cancellationToken)));
        updates.AddRange(totAcceptatie.Select(r => SlaWerkdagenOp(db.Set<Overdracht>().Where(o => o.Id == r.Id),
            termijnen.WerkdagenTussen(r.AangebodenOp, r.BesluitOp), o => o.WerkdagenTotAcceptatie, cancellationToken)));
        updates.AddRange(sindsMelding.Select(r => SlaWerkdagenOp(db.Set<Veiligheidsbeoordeling>().Where(v => v.Id == r.Id),
            termijnen.Kalender.WerkdagenTussen(termijnen.Datum(r.OntvangenOp), r.Datum), v => v.WerkdagenSindsMelding, cancellationToken)));

        foreach (var deel in updates.Chunk(PerTransactie))
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var update in deel)
            {
                await update();
            }

            await transactie.CommitAsync(cancellationToken);
        }

        return updates.Count;
    }

    private static Func<Task> SlaWerkdagenOp<T>(IQueryable<T> rij, int werkdagen, System.Linq.Expressions.Expression<Func<T, int?>> kolom, CancellationToken cancellationToken) =>
        () => rij.ExecuteUpdateAsync(s => s.SetProperty(kolom, werkdagen), cancellationToken);
}
