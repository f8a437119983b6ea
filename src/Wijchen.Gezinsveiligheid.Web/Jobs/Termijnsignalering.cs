using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Jobs;

/// <summary>
/// The escalation ladder over every open deadline — the phase's deadline, VT's monitoring moment and each open MDO
/// action — on one day:
/// <list type="bullet">
/// <item>within <see cref="TermijnInstellingen.WaarschuwingWerkdagen"/> working days before it: its owner;</item>
/// <item>passed: its owner and the owner's teamleider;</item>
/// <item>passed by <see cref="TermijnInstellingen.EscalatieWerkdagen"/> working days: also the managers and, for a
/// handover, Veilig Thuis.</item>
/// </list>
/// Each step of each deadline is one event (<see cref="Notificatie.Sleutel"/>), so running twice tells nobody twice,
/// and a deadline moved to a new date starts its own ladder. Deadlines passed longer than <see cref="TerugkijkenWerkdagen"/>
/// working days ago are not announced again: they are on the dashboard, and a first run must not bury people in old news.
/// </summary>
public sealed class Termijnsignalering(AppDbContext db, Termijnberekening termijnen, Notificatiepost post, TimeProvider klok)
{
    public const int TerugkijkenWerkdagen = 20;

    private static readonly DossierFase[] VtFasen =
    [
        DossierFase.Melding, DossierFase.Veiligheidsbeoordeling, DossierFase.VoorwaardenEnVervolg, DossierFase.Onderzoek,
        DossierFase.Teruggelegd, DossierFase.Opgeschaald,
    ];

    /// <summary>Writes today's notifications; returns how many.</summary>
    public async Task<int> VoerUitAsync(CancellationToken cancellationToken = default)
    {
        var nu = klok.GetUtcNow();
        var vandaag = termijnen.Datum(nu);
        var instellingen = termijnen.Instellingen;
        var kalender = termijnen.Kalender;
        var tot = kalender.PlusWerkdagen(vandaag, instellingen.WaarschuwingWerkdagen);
        var vanaf = MinWerkdagen(kalender, vandaag, TerugkijkenWerkdagen);

        var fasen = await db.Dossiers.AsNoTracking()
            .Where(d => d.Fase != DossierFase.Afgesloten && d.Deadline != null && d.Deadline <= tot && d.Deadline >= vanaf)
            .Select(d => new
            {
                d.Id, d.Fase, Datum = d.Deadline!.Value, d.RegiehouderId, d.VtBehandelaarId, d.WijkteamId,
                PlanOpen = d.PlanVastgesteldOp == null && d.Deadline == d.PlanUiterlijk,
                Beoogd = d.Overdrachten.Where(o => o.Status == OverdrachtStatus.GesprekGepland).Select(o => o.BeoogdCasusregisseurId).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var monitoring = await db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.Casusregie && d.MonitoringUiterlijk != null && d.MonitoringUiterlijk <= tot && d.MonitoringUiterlijk >= vanaf)
            .Select(d => new { d.Id, Datum = d.MonitoringUiterlijk!.Value, d.VtBehandelaarId })
            .ToListAsync(cancellationToken);
        var acties = await (
                from d in db.Dossiers.AsNoTracking()
                where d.Fase != DossierFase.Afgesloten
                from m in d.Mdos
                from a in m.Acties
                where a.AfgerondOp == null && a.EigenaarId != null && a.Uiterlijk <= tot && a.Uiterlijk >= vanaf
                select new { d.Id, a.Uiterlijk, ActieId = a.Id, a.EigenaarId, d.WijkteamId })
            .ToListAsync(cancellationToken);

        List<Termijn> lijst =
        [
            .. fasen.Select(f => VtFasen.Contains(f.Fase)
                ? new Termijn(f.Id, $"fase-{f.Fase}", Dossier.OmschrijvingVanDeadline(f.Fase, f.PlanOpen)!, f.Datum, [f.RegiehouderId], null, null)
                : f.Fase is DossierFase.OverdrachtAangeboden or DossierFase.OverdrachtsgesprekGepland
                    // The team decides on the offer: its teamleiders (and the invited casusregisseur) own it; VT hears of a long delay.
                    ? new Termijn(f.Id, $"fase-{f.Fase}", Dossier.OmschrijvingVanDeadline(f.Fase, f.PlanOpen)!, f.Datum, [f.Beoogd], f.WijkteamId, f.VtBehandelaarId, TeamIsEigenaar: true)
                    : new Termijn(f.Id, $"fase-{f.Fase}", Dossier.OmschrijvingVanDeadline(f.Fase, f.PlanOpen)!, f.Datum, [f.RegiehouderId], f.WijkteamId, null)),
            .. monitoring.Select(m => new Termijn(m.Id, "monitoring", "Monitoringsmoment Veilig Thuis", m.Datum, [m.VtBehandelaarId], null, null)),
            .. acties.Select(a => new Termijn(a.Id, $"mdo-{a.ActieId}", "MDO-actie", a.Uiterlijk, [a.EigenaarId], a.WijkteamId, null)),
        ];

        List<NieuweNotificatie> nieuwe = [];
        foreach (var termijn in lijst)
        {
            var sleutel = $"termijn:{termijn.DossierId}:{termijn.Soort}:{termijn.Datum:yyyy-MM-dd}";
            var teams = termijn.TeamId is { } team ? new[] { team } : [];
            var eigenaars = termijn.Eigenaars.OfType<string>().ToList();
            if (termijn.Datum >= vandaag)
            {
                nieuwe.Add(new(Notificatiesoort.TermijnNadert, termijn.DossierId, $"Termijn '{termijn.Omschrijving}' verloopt op {Weergave.Datum(termijn.Datum)}.",
                    $"{sleutel}:nadert", nu, new(eigenaars, termijn.TeamIsEigenaar ? teams : [])));
                continue;
            }

            nieuwe.Add(new(Notificatiesoort.TermijnVerstreken, termijn.DossierId, $"Termijn '{termijn.Omschrijving}' is verstreken op {Weergave.Datum(termijn.Datum)}.",
                $"{sleutel}:verstreken", nu, new(eigenaars, teams)));
            if (kalender.PlusWerkdagen(termijn.Datum, instellingen.EscalatieWerkdagen) <= vandaag)
            {
                nieuwe.Add(new(Notificatiesoort.TermijnEscalatie, termijn.DossierId,
                    $"Termijn '{termijn.Omschrijving}' is {kalender.WerkdagenTussen(termijn.Datum, vandaag)} werkdagen verstreken (sinds {Weergave.Datum(termijn.Datum)}).",
                    $"{sleutel}:escalatie", nu, new([.. eigenaars, .. new[] { termijn.VeiligThuis }.OfType<string>()], teams, Managers: true)));
            }
        }

        var aantal = await post.VoegToeAsync(db, nieuwe, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return aantal;
    }

    private static DateOnly MinWerkdagen(WerkdagKalender kalender, DateOnly datum, int aantal)
    {
        var dag = datum;
        while (aantal > 0)
        {
            dag = dag.AddDays(-1);
            if (kalender.IsWerkdag(dag))
            {
                aantal--;
            }
        }

        return dag;
    }

    /// <summary>One deadline: who owns it, which team's teamleiders stand above them, and VT's worker for a handover.</summary>
    private sealed record Termijn(Guid DossierId, string Soort, string Omschrijving, DateOnly Datum, IReadOnlyList<string?> Eigenaars, Guid? TeamId, string? VeiligThuis, bool TeamIsEigenaar = false);
}

/// <summary>
/// Runs the daily notification jobs on working days, each on one instance at a time (<see cref="Taakleases"/>): the
/// escalation ladder from 07:00 and the daily digest from 08:00, Dutch time, so that the digest carries the morning's
/// ladder. Every instance looks every <see cref="Controle"/> whether it is a job's turn.
/// </summary>
public sealed class Notificatiebewaking(
    IServiceScopeFactory scopes, Termijnberekening termijnen, IConfiguration configuratie, TimeProvider klok, ILogger<Notificatiebewaking> logger) : BackgroundService
{
    public const string TermijnenTaak = "Termijnsignalering";

    public const string DagoverzichtTaak = "Dagoverzicht";

    public static readonly TimeOnly TermijnenVanaf = new(7, 0);

    public static readonly TimeOnly DagoverzichtVanaf = new(8, 0);

    /// <summary>How often an instance looks: <c>Notificaties:ControleMinuten</c>, default 5.</summary>
    public TimeSpan Controle { get; } = TimeSpan.FromMinutes(configuratie.GetValue("Notificaties:ControleMinuten", 5));

    /// <summary>Less than a day, so a run at 07:04 today does not push tomorrow's past 07:04; the time of day holds it to once a day.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromHours(20);

    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first look after one interval: a starting instance has enough to do.
        using var timer = new PeriodicTimer(Controle);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ProbeerAsync(stoppingToken);
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                logger.LogError(fout, "Notificaties voor termijnen of het dagoverzicht mislukt; een volgende poging volgt binnen {Minuten} minuten", Controle.TotalMinutes);
            }
        }
    }

    /// <summary>Runs what is due now on this instance: how many notifications the ladder wrote and digests were made (null: not its turn).</summary>
    public async Task<(int? Termijnen, int? Dagoverzichten)> ProbeerAsync(CancellationToken cancellationToken = default)
    {
        var nu = klok.GetUtcNow();
        var lokaal = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(nu, Termijnberekening.Nederland).DateTime);
        if (!termijnen.Kalender.IsWerkdag(termijnen.Datum(nu)))
        {
            return (null, null);
        }

        int? signalen = lokaal >= TermijnenVanaf ? await MetLeaseAsync(TermijnenTaak, s => s.GetRequiredService<Termijnsignalering>().VoerUitAsync(cancellationToken), cancellationToken) : null;
        int? overzichten = lokaal >= DagoverzichtVanaf ? await MetLeaseAsync(DagoverzichtTaak, s => s.GetRequiredService<Dagoverzicht>().VerzamelAsync(cancellationToken), cancellationToken) : null;
        if (signalen is not null || overzichten is not null)
        {
            logger.LogInformation("Notificaties: {Signalen} voor termijnen, {Overzichten} dagoverzichten", signalen, overzichten);
        }

        return (signalen, overzichten);
    }

    private async Task<int?> MetLeaseAsync(string taak, Func<IServiceProvider, Task<int>> werk, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<Taakleases>();
        if (!await leases.NeemAsync(taak, Lease, Interval, cancellationToken))
        {
            return null;
        }

        var aantal = await werk(scope.ServiceProvider);
        await leases.KlaarAsync(taak, cancellationToken);
        return aantal;
    }
}
