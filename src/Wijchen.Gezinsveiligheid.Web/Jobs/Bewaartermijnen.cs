using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Jobs;

/// <summary>
/// Destroys closed dossiers whose retention period has passed (domain.md, privacy rules): a dossier with a child in it
/// after <see cref="TermijnInstellingen.BewaarJarenJeugd"/> years, any other after <see cref="TermijnInstellingen.BewaarJarenOverig"/>.
/// Each dossier goes whole — household, melding, assessments, plans, chronology, and the reasons given for break-the-glass
/// access to it — in its own transaction with a row in the access log. The log keeps only the dossier id.
/// </summary>
public sealed class Bewaartermijnen(AppDbContext db, Termijnberekening termijnen, Toegangslog toegangslog, TimeProvider klok)
{
    public const string Uitvoerder = "Bewaartermijnbewaking";

    public async Task<int> VernietigVerlopenAsync(CancellationToken cancellationToken = default)
    {
        var instellingen = termijnen.Instellingen;
        var nu = klok.GetUtcNow();
        var grensJeugd = nu.AddYears(-instellingen.BewaarJarenJeugd);
        var grensOverig = nu.AddYears(-instellingen.BewaarJarenOverig);
        var verlopen = await db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.Afgesloten && d.AfgeslotenOp != null)
            .Where(d => d.Gezinsleden.Any(g => g.Rol == GezinslidRol.Kind) ? d.AfgeslotenOp < grensJeugd : d.AfgeslotenOp < grensOverig)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);

        var vernietigd = 0;
        foreach (var id in verlopen)
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Noodtoegangen.Where(n => n.DossierId == id).ExecuteDeleteAsync(cancellationToken);
            // The database cascades to every table of the aggregate; zero rows means another instance was first.
            if (await db.Dossiers.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                continue;
            }

            await toegangslog.SchrijfAlsSysteemAsync(Uitvoerder, Toegangssoort.Wijzigen, "Bewaartermijn verstreken: dossier vernietigd", id);
            await transactie.CommitAsync(cancellationToken);
            vernietigd++;
        }

        return vernietigd;
    }
}

/// <summary>
/// Runs the retention job once a day on one instance: every instance looks every <see cref="Controle"/> whether it is
/// its turn (<see cref="Taakleases"/>). When the holder stops halfway, another takes over once the lease has expired.
/// </summary>
public sealed class BewaartermijnBewaking(IServiceScopeFactory scopes, ILogger<BewaartermijnBewaking> logger) : BackgroundService
{
    public const string Taak = "Bewaartermijnen";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public static readonly TimeSpan Controle = TimeSpan.FromMinutes(5);

    /// <summary>Far longer than a run takes (each dossier is one short transaction); a run that outlasts it is still safe.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        using var timer = new PeriodicTimer(Controle);
        do
        {
            try
            {
                await ProbeerAsync(stoppingToken);
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                logger.LogError(fout, "Bewaartermijnen controleren mislukt; een volgende poging volgt binnen {Minuten} minuten", Controle.TotalMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs the job when it is this instance's turn: the number of dossiers destroyed, or null when it was not.</summary>
    public async Task<int?> ProbeerAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<Taakleases>();
        if (!await leases.NeemAsync(Taak, Lease, Interval, cancellationToken))
        {
            return null;
        }

        var aantal = await scope.ServiceProvider.GetRequiredService<Bewaartermijnen>().VernietigVerlopenAsync(cancellationToken);
        await leases.KlaarAsync(Taak, cancellationToken);
        logger.LogInformation("Bewaartermijnen: {Aantal} dossiers vernietigd", aantal);
        return aantal;
    }
}
