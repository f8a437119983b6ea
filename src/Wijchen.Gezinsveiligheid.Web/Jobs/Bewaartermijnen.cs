using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Bijlagen;
using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Jobs;

/// <summary>
/// Destroys closed dossiers whose retention period has passed (domain.md, privacy rules): a dossier with a child in it
/// after <see cref="TermijnInstellingen.BewaarJarenJeugd"/> years, any other after <see cref="TermijnInstellingen.BewaarJarenOverig"/>,
/// unless a legal hold (<see cref="Bewaarplicht"/>) that is not lifted suspends it. Each dossier goes whole — household,
/// melding, assessments, plans, chronology, attachments and the reasons given for break-the-glass access to it — in its
/// own transaction, with a row in the access log (only the dossier id) and a <see cref="Vernietiging"/> record
/// (kenmerk, date, ground). Before that, the figures the dashboard's history and the inspection report count are copied
/// without any person in them (<see cref="Statistiekoverdracht"/> and its siblings), so those reports do not change.
/// The attachments' files are deleted once the transaction has committed.
/// </summary>
public sealed class Bewaartermijnen(AppDbContext db, Termijnberekening termijnen, Toegangslog toegangslog, Bijlagebeheer bijlagen, TimeProvider klok)
{
    public const string Uitvoerder = "Bewaartermijnbewaking";

    private const string DossierId = "DossierId";

    public async Task<int> VernietigVerlopenAsync(CancellationToken cancellationToken = default)
    {
        var instellingen = termijnen.Instellingen;
        var nu = klok.GetUtcNow();
        var grensJeugd = nu.AddYears(-instellingen.BewaarJarenJeugd);
        var grensOverig = nu.AddYears(-instellingen.BewaarJarenOverig);
        var verlopen = await db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.Afgesloten && d.AfgeslotenOp != null)
            .Where(d => d.Gezinsleden.Any(g => g.Rol == GezinslidRol.Kind) ? d.AfgeslotenOp < grensJeugd : d.AfgeslotenOp < grensOverig)
            .Where(d => !db.Bewaarplichten.Any(b => b.DossierId == d.Id && b.OpgehevenOp == null))
            .Select(d => new { d.Id, AfgeslotenOp = d.AfgeslotenOp!.Value, MetKind = d.Gezinsleden.Any(g => g.Rol == GezinslidRol.Kind) })
            .ToListAsync(cancellationToken);

        var vernietigd = 0;
        foreach (var dossier in verlopen)
        {
            var bestanden = await bijlagen.BestandenVanAsync(dossier.Id, cancellationToken);
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            // A hold placed since the list was made wins: the check is repeated inside the transaction.
            if (await db.Bewaarplichten.AnyAsync(b => b.DossierId == dossier.Id && b.OpgehevenOp == null, cancellationToken))
            {
                continue;
            }

            await BewaarStatistiekAsync(dossier.Id, cancellationToken);
            await db.Noodtoegangen.Where(n => n.DossierId == dossier.Id).ExecuteDeleteAsync(cancellationToken);
            // The database cascades to every table of the aggregate; zero rows means another instance was first.
            if (await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                continue;
            }

            var jaren = dossier.MetKind ? instellingen.BewaarJarenJeugd : instellingen.BewaarJarenOverig;
            db.Vernietigingen.Add(new Vernietiging
            {
                Id = Guid.CreateVersion7(nu), Kenmerk = Weergave.Kenmerk(dossier.Id), VernietigdOp = nu, AfgeslotenOp = termijnen.Datum(dossier.AfgeslotenOp), Bijlagen = bestanden.Count,
                Grond = $"Bewaartermijn verstreken: {jaren} jaar na afsluiting ({(dossier.MetKind ? "met een kind in het gezin" : "zonder kind in het gezin")})",
            });
            await db.SaveChangesAsync(cancellationToken);
            await toegangslog.SchrijfAlsSysteemAsync(Uitvoerder, Toegangssoort.Wijzigen, "Bewaartermijn verstreken: dossier vernietigd", dossier.Id);
            await transactie.CommitAsync(cancellationToken);
            bijlagen.VernietigBestanden(bestanden);
            vernietigd++;
        }

        return vernietigd;
    }

    /// <summary>
    /// Copies what the history figures of <see cref="Dashboard.Regiecijfers"/> read of one dossier, under a fresh random
    /// key: the handovers' moments, team, status and lead times, its first assessment's lead time, and the dates of its
    /// melding, terugmeldingen and closing. No name, BSN, text or person id.
    /// </summary>
    private async Task BewaarStatistiekAsync(Guid id, CancellationToken cancellationToken)
    {
        var sleutel = Guid.NewGuid();
        var overdrachten = await db.Set<Overdracht>().AsNoTracking().Where(o => EF.Property<Guid>(o, DossierId) == id)
            .Select(o => new Statistiekoverdracht
            {
                Id = Guid.NewGuid(), Dossiersleutel = sleutel, TeamId = o.TeamId, Status = o.Status, AangebodenOp = o.AangebodenOp, GehoudenOp = o.GehoudenOp, BesluitOp = o.BesluitOp,
                WerkdagenSindsBeoordeling = o.WerkdagenSindsBeoordeling, WerkdagenTotGesprek = o.WerkdagenTotGesprek, WerkdagenTotAcceptatie = o.WerkdagenTotAcceptatie,
                Warm = o.AanwezigeGezinsleden.Count > 0, PlanUiterlijk = o.PlanUiterlijk, PlanVastgesteldOp = o.PlanVastgesteldOp,
            })
            .ToListAsync(cancellationToken);
        var beoordelingen = await db.Set<Veiligheidsbeoordeling>().AsNoTracking().Where(v => EF.Property<Guid>(v, DossierId) == id && v.WerkdagenSindsMelding != null)
            .Select(v => new Statistiekbeoordeling { Id = Guid.NewGuid(), Dossiersleutel = sleutel, Datum = v.Datum, WerkdagenSindsMelding = v.WerkdagenSindsMelding!.Value })
            .ToListAsync(cancellationToken);
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.Melding.OntvangenOp, d.AfgeslotenOp, Terugmeldingen = d.Chronologie.Where(c => c.Actie == DossierActie.Terugmelden).Select(c => c.Op).ToList() })
            .SingleAsync(cancellationToken);
        var gebeurtenissen = dossier.Terugmeldingen.Select(op => (Reeks.Terugmeldingen, op))
            .Append((Reeks.Meldingen, dossier.OntvangenOp))
            .Concat(dossier.AfgeslotenOp is { } afgesloten ? [(Reeks.Afsluitingen, afgesloten)] : Array.Empty<(Reeks, DateTimeOffset)>())
            .Select(g => new Statistiekgebeurtenis { Id = Guid.NewGuid(), Dossiersleutel = sleutel, Reeks = g.Item1, Op = g.Item2 });

        db.Statistiekoverdrachten.AddRange(overdrachten);
        db.Statistiekbeoordelingen.AddRange(beoordelingen);
        db.Statistiekgebeurtenissen.AddRange(gebeurtenissen);
        await db.SaveChangesAsync(cancellationToken);
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
