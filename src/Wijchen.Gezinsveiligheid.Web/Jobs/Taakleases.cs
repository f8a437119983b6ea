using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Jobs;

/// <summary>This running app among the instances that share the database: its name on a lease.</summary>
public sealed class Instantie
{
    public string Naam { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}

/// <summary>
/// Leases in the database so that a task runs on one instance at a time and not more often than its interval, however
/// many instances share the database (docs/operations.md). Taking a lease is one conditional UPDATE (or the INSERT of
/// its first row): of instances that try at the same moment, exactly one succeeds.
/// </summary>
public sealed class Taakleases(AppDbContext db, Instantie instantie, TimeProvider klok)
{
    /// <summary>
    /// Takes the lease on <paramref name="taak"/> for <paramref name="duur"/> when no other instance holds it and it last
    /// finished at least <paramref name="interval"/> ago. False: not this instance's turn.
    /// </summary>
    public async Task<bool> NeemAsync(string taak, TimeSpan duur, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        var nu = klok.GetUtcNow();
        var tot = nu + duur;
        var gedaanVoor = nu - interval;
        var ik = instantie.Naam;
        var genomen = await db.Taakleases
            .Where(t => t.Taak == taak && (t.Tot <= nu || t.Houder == ik) && (t.LaatstGedaanOp == null || t.LaatstGedaanOp <= gedaanVoor))
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.Houder, ik).SetProperty(x => x.Tot, tot), cancellationToken);
        if (genomen == 1)
        {
            return true;
        }

        if (await db.Taakleases.AnyAsync(t => t.Taak == taak, cancellationToken))
        {
            return false;
        }

        try
        {
            db.Taakleases.Add(new Taaklease { Taak = taak, Houder = ik, Tot = tot });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the first row at the same moment: the lease is theirs.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The task finished: the lease is free and the interval starts now.</summary>
    public Task KlaarAsync(string taak, CancellationToken cancellationToken = default)
    {
        var nu = klok.GetUtcNow();
        var ik = instantie.Naam;
        return db.Taakleases.Where(t => t.Taak == taak && t.Houder == ik)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.Tot, nu).SetProperty(x => x.LaatstGedaanOp, nu), cancellationToken);
    }
}
