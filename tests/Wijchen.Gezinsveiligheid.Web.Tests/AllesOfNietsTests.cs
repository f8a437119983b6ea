using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// All or nothing (quality.md, Reliability): for each action that moves regie, the form's POST is sent with the database
/// failing at its k-th command, for every k from the first to the last the POST issues. Afterwards the dossier is exactly
/// as before or exactly as after a successful action: phase, regiehouder, version, chronology, regiehistorie, stored
/// counts, and the action's row in the access log, with the hash chain intact. Before every k the seeded database is
/// put back, so each k meets the same state.
/// </summary>
[Trait("Snelheid", "Traag")]
public class AllesOfNietsTests(ITestOutputHelper uitvoer)
{
    public static TheoryData<string> Acties() => [.. Transities.Select(t => t.Naam)];

    private static readonly Overgang[] Transities =
    [
        new("Overdracht accepteren", "teamleider@demo.example",
            d => d.Fase == DossierFase.OverdrachtsgesprekGepland && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Overdrachten.Any(o => o.GehoudenOp != null),
            id => $"/Dossiers/{id}/Accepteren", (f, _) => f),
        new("Overdracht afwijzen", "teamleider@demo.example",
            d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum,
            id => $"/Dossiers/{id}/Besluit/OverdrachtAfwijzen", (f, _) => f.Vul("Input.Reden", "Gezin woont in Beuningen")),
        new("Terugmelden", "wijkteam@demo.example",
            d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.RegiehouderNaam == "Joris Hendriks",
            id => $"/Dossiers/{id}/Terugmelden", (f, _) => f.Vul("Input.Reden", "School meldt nieuw incident").Vul("Input.Zorg", "Vader is terug in huis")),
        new("Casusregisseur wisselen", "teamleider@demo.example",
            d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.RegiehouderNaam == "Joris Hendriks",
            id => $"/Dossiers/{id}/Wisselen", (f, idVan) => f.Vul("Input.NieuweCasusregisseur", idVan("wijkteam3@demo.example")).Vul("Input.Reden", "Joris gaat met verlof")),
        new("Afsluiting goedkeuren", "teamleider2@demo.example",
            d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamDorpen && d.AfsluitVoorstel != null,
            id => $"/Dossiers/{id}/Besluit/AfsluitingGoedkeuren", (f, _) => f),
        new("Bemoeienis beëindigen", "vt@demo.example",
            d => d.Fase == DossierFase.VoorwaardenEnVervolg,
            id => $"/Dossiers/{id}/Besluit/BemoeienisBeeindigen", (f, _) => f.Vul("Input.Reden", "Zorg is elders belegd")),
    ];

    [Theory]
    [MemberData(nameof(Acties))]
    public async Task Een_fout_bij_elk_databasecommando_laat_het_dossier_zoals_het_was_of_zoals_het_wordt(string actie)
    {
        var overgang = Transities.Single(t => t.Naam == actie);
        var injectie = new Foutinjectie();
        await using var app = new MetFoutinjectie(injectie);
        var dossier = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(overgang.Dossier).OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());
        var voor = await StandAsync(app, dossier);
        var sjabloon = Path.Combine(app.DataMap, "sjabloon.db");
        await app.MetDbAsync(db => db.Database.ExecuteSqlAsync($"VACUUM INTO {sjabloon};"));

        // Once without a fault: how many commands the POST issues, and what "after" looks like.
        var commandos = await VoerUitAsync(app, injectie, overgang, dossier, gooiBij: null);
        var na = await StandAsync(app, dossier);
        Assert.NotEqual(voor, na);
        Assert.True(commandos >= 5, $"maar {commandos} commando's geteld");

        var afwijkingen = new List<string>();
        for (var k = 1; k <= commandos; k++)
        {
            await HerstelAsync(app, sjabloon);
            Assert.Equal(voor, await StandAsync(app, dossier));
            await VoerUitAsync(app, injectie, overgang, dossier, gooiBij: k);
            var stand = await StandAsync(app, dossier);
            if (stand != voor && stand != na)
            {
                afwijkingen.Add($"fout bij commando {k} van {commandos}: {stand}");
            }
        }

        Assert.True(afwijkingen.Count == 0, $"{actie}, vóór: {voor}, na: {na}{Environment.NewLine}{string.Join(Environment.NewLine, afwijkingen)}");
        uitvoer.WriteLine($"{actie}: een fout bij elk van de {commandos} commando's liet het dossier heel");
    }

    /// <summary>Signs in, opens the form, and sends it with the database failing at command <paramref name="gooiBij"/>; returns the commands the POST issued.</summary>
    private static async Task<int> VoerUitAsync(AppFactory app, Foutinjectie injectie, Overgang overgang, Guid dossier, int? gooiBij)
    {
        var ids = await app.MetDbAsync(db => db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id));
        var client = await app.LogInAsync(overgang.Email);
        var formulier = overgang.Vul(await Formulier.OpenAsync(client, overgang.Adres(dossier)), email => ids[email]);

        injectie.Start(gooiBij);
        var antwoord = await formulier.VerstuurAsync();
        var geteld = injectie.Stop();

        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect || (gooiBij is not null && antwoord.StatusCode == HttpStatusCode.InternalServerError),
            $"commando {gooiBij}: {(int)antwoord.StatusCode}");
        return geteld;
    }

    /// <summary>
    /// Puts the seeded database back under the running app with SQLite's backup API, which takes the write lock like
    /// any writer: every k meets the same state, without starting an app per k.
    /// </summary>
    private static async Task HerstelAsync(AppFactory app, string sjabloon)
    {
        await using var bron = new SqliteConnection($"Data Source={sjabloon};Mode=ReadOnly;Pooling=False");
        await using var doel = new SqliteConnection($"Data Source={Path.Combine(app.DataMap, "gezinsveiligheid.db")};Pooling=False");
        await bron.OpenAsync();
        await doel.OpenAsync();
        bron.BackupDatabase(doel);
    }

    private static async Task<Stand> StandAsync(AppFactory app, Guid id)
    {
        var d = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(x => x.Id == id));
        var wijzigingen = await app.MetDbAsync(db => db.Toegangslog.CountAsync(r => r.DossierId == id && r.Soort == Toegangssoort.Wijzigen && r.Uitkomst == Toegangsuitkomst.Toegestaan));
        await using var scope = app.Services.CreateAsyncScope();
        var keten = await scope.ServiceProvider.GetRequiredService<Toegangslog>().ControleerAsync();
        Assert.True(keten.Intact, keten.Fout);
        Assert.True(d.HeeftEnkeleRegiehouder(), $"regie-invariant geschonden in {d.Fase}");
        Assert.Equal(d.Versie, d.Chronologie.Count);
        return new Stand(d.Fase, d.RegiehouderId, d.Versie, d.Chronologie.Count, d.Regiehistorie.Count, d.Deadline,
            d.AantalKinderenZonderOordeel, d.AantalPartijenZonderPlan, d.AfsluitVoorstel is null, wijzigingen);
    }

    private sealed record Stand(DossierFase Fase, string? Regiehouder, int Versie, int Chronologie, int Regiewissels, DateOnly? Deadline,
        int KinderenZonderOordeel, int PartijenZonderPlan, bool GeenAfsluitvoorstel, int WijzigingenInHetLog);

    private sealed record Overgang(string Naam, string Email, System.Linq.Expressions.Expression<Func<Dossier, bool>> Dossier, Func<Guid, string> Adres, Func<Formulier, Func<string, string>, Formulier> Vul);

    /// <summary>Counts the commands sent to the database while started, and fails the k-th.</summary>
    private sealed class Foutinjectie : DbCommandInterceptor
    {
        private int geteld;
        private int? gooiBij;
        private bool actief;

        public void Start(int? bij)
        {
            geteld = 0;
            gooiBij = bij;
            actief = true;
        }

        public int Stop()
        {
            actief = false;
            return geteld;
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Tel();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Tel();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Tel();
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Tel();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Tel();
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Tel();
            return ValueTask.FromResult(result);
        }

        private void Tel()
        {
            if (actief && Interlocked.Increment(ref geteld) == gooiBij)
            {
                throw new InvalidOperationException($"Geïnjecteerde databasefout bij commando {gooiBij}.");
            }
        }
    }

    /// <summary>The app on a given data folder with the fault injector among its interceptors; the 500s are the point.</summary>
    private sealed class MetFoutinjectie(Foutinjectie injectie) : AppFactory
    {
        protected override bool ServerfoutenVerwacht => true;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(injectie)));
        }
    }
}
