using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Termijnen;

/// <summary>
/// Loads the saved agreements into the one <see cref="Termijnberekening"/> at start, saves a change (with its row in the
/// hash-chained log, in one transaction) and puts it in force at once. Other instances pick it up within a minute
/// (<see cref="TermijnafsprakenVerversen"/>).
/// </summary>
public sealed class Termijnafspraken(AppDbContext db, Termijnberekening termijnen, Toegangslog toegangslog, TimeProvider klok)
{
    public Task<OpgeslagenTermijnen?> LaatsteAsync() => db.OpgeslagenTermijnen.AsNoTracking().SingleOrDefaultAsync();

    /// <summary>Puts the saved agreements in force; returns when they were saved, or null when none were.</summary>
    public async Task<DateTimeOffset?> LaadAsync()
    {
        if (await LaatsteAsync() is not { } opgeslagen)
        {
            return null;
        }

        termijnen.Vervang(JsonSerializer.Deserialize<TermijnInstellingen>(opgeslagen.Json) ?? throw new InvalidOperationException("De opgeslagen termijnen zijn leeg."));
        return opgeslagen.GewijzigdOp;
    }

    public async Task OpslaanAsync(TermijnInstellingen nieuwe, string door)
    {
        await using var transactie = await db.Database.BeginTransactionAsync();
        var rij = await db.OpgeslagenTermijnen.SingleOrDefaultAsync();
        if (rij is null)
        {
            rij = new OpgeslagenTermijnen();
            db.OpgeslagenTermijnen.Add(rij);
        }

        rij.Json = JsonSerializer.Serialize(nieuwe);
        rij.GewijzigdOp = klok.GetUtcNow();
        rij.GewijzigdDoor = door;
        await db.SaveChangesAsync();
        await toegangslog.SchrijfAsync(Toegangssoort.Wijzigen, Samenvatting(nieuwe));
        await transactie.CommitAsync();
        termijnen.Vervang(nieuwe);
    }

    private static string Samenvatting(TermijnInstellingen t) =>
        $"Beheer: termijnen {t.GesprekPlannenWerkdagen}/{t.OverdrachtBesluitWerkdagen}/{t.VeiligheidsplanWerkdagen}/{t.TerugleggingBesluitWerkdagen} wd, " +
        $"V&V {t.VoorwaardenEnVervolgWeken} wk, evaluatie {t.EvaluatieMaanden} mnd, monitoring {string.Join(",", t.MonitoringMaanden)} mnd, " +
        $"bewaren {t.BewaarJarenJeugd}/{t.BewaarJarenOverig} jr";
}

/// <summary>
/// Checks once a minute whether another instance saved new agreements, and puts them in force here too. Every
/// instance runs its own: each holds its own copy in memory, so this is no task for a lease.
/// </summary>
public sealed class TermijnafsprakenVerversen(IServiceScopeFactory scopes, ILogger<TermijnafsprakenVerversen> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private DateTimeOffset? bekend;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await VerversAsync();
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                logger.LogWarning(fout, "Termijnafspraken verversen mislukt; de vorige blijven van kracht");
            }
        }
    }

    /// <summary>One round: loads the saved agreements when they changed since this instance last looked.</summary>
    public async Task VerversAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var afspraken = scope.ServiceProvider.GetRequiredService<Termijnafspraken>();
        if ((await afspraken.LaatsteAsync())?.GewijzigdOp is { } moment && moment != bekend)
        {
            bekend = await afspraken.LaadAsync();
        }
    }
}
