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
/// All or nothing (quality.md, Reliability): for each action that moves regie, makes or closes a dossier, or writes
/// several tables, the form's POST is sent with the database failing at its k-th command, for every k from the first
/// to the last the POST issues (and the retention job is run the same way). Afterwards the dossier is exactly
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
        new("Melding registreren", "vt@demo.example",
            d => d.Fase == DossierFase.Afgesloten,
            (_, _) => "/Meldingen/Nieuw", (f, _, _) => f.Vul("Input.Naam", "Gezin Foutinjectie").Vul("Input.SoortZorg", nameof(SoortZorg.Partnergeweld))
                .Vul("Input.Omschrijving", "Politie meldt huiselijk geweld; kinderen waren thuis.").Vul("Input.MelderNaam", "Agent Bakker").Vul("Input.MelderRol", "Politie")
                .Vul("Input.MelderContact", "0900-8844").Kies("Input.MelderAnoniemNaarGezin", "true")
                .Vul("Input.Gezinsleden[0].Naam", "Eva Foutinjectie").Vul("Input.Gezinsleden[0].Geboortedatum", "1991-04-12").Vul("Input.Gezinsleden[0].Rol", nameof(GezinslidRol.OuderVerzorger))
                .Vul("Input.Gezinsleden[1].Naam", "Noor Foutinjectie").Vul("Input.Gezinsleden[1].Geboortedatum", "2020-02-29").Vul("Input.Gezinsleden[1].Rol", nameof(GezinslidRol.Kind))),
        new("Veiligheidsbeoordeling met route", "vt@demo.example",
            d => d.Fase == DossierFase.Melding,
            (id, _) => $"/Dossiers/{id}/Veiligheidsbeoordeling", (f, _, _) => Beoordeel(f.Kies("Input.AcuteOnveiligheid", "false").Kies("Input.StructureleOnveiligheid", "true")
                .Vul("Input.Instrument", "LIRIK").Vul("Input.InstrumentVersie", "2.1").Vul("Input.InstrumentUitkomst", "Hoog risico")
                .Vul("Input.Onderbouwing", "Herhaald geweld waar het kind getuige van is.").Kies("Input.Besluit", "OverdrachtLokaalTeam"))),
        new("Overdracht aanbieden", "vt@demo.example",
            d => d.Fase == DossierFase.Veiligheidsbeoordeling || d.Fase == DossierFase.VoorwaardenEnVervolg,
            (id, _) => $"/Dossiers/{id}/Aanbieden", (f, _, _) => f.Vul("Input.TeamId", DemoSeeder.WijkteamCentrum.ToString())
                .Vul("Input.Context", "Ouders willen hulp; vader woont bij zijn broer.")
                .Vul("Input.Voorwaarden[0].Omschrijving", "Geen geweld in het bijzijn van de kinderen").Vul("Input.Voorwaarden[0].VoorWie", "Beide ouders")
                .Vul("Input.Voorwaarden[0].Verantwoordelijke", "Ouders")),
        new("Overdracht accepteren", "teamleider@demo.example",
            d => d.Fase == DossierFase.OverdrachtsgesprekGepland && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Overdrachten.Any(o => o.GehoudenOp != null),
            (id, _) => $"/Dossiers/{id}/Accepteren", (f, _, _) => f),
        new("Overdracht afwijzen", "teamleider@demo.example",
            d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum,
            (id, _) => $"/Dossiers/{id}/Besluit/OverdrachtAfwijzen", (f, _, _) => f.Vul("Input.Reden", "Gezin woont in Beuningen")),
        new("Veiligheidsplan vaststellen", "wijkteam@demo.example",
            d => d.Fase == DossierFase.Casusregie && d.RegiehouderNaam == "Joris Hendriks" && d.Veiligheidsplannen.Any(p => p.Status == PlanStatus.Concept),
            (id, _) => $"/Dossiers/{id}/Veiligheidsplan/Vaststellen", (f, _, _) => f),
        new("Terugmelden", "wijkteam@demo.example",
            d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.RegiehouderNaam == "Joris Hendriks",
            (id, _) => $"/Dossiers/{id}/Terugmelden", (f, _, _) => f.Vul("Input.Reden", "School meldt nieuw incident").Vul("Input.Zorg", "Vader is terug in huis")),
        new("Casusregisseur wisselen", "teamleider@demo.example",
            d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.RegiehouderNaam == "Joris Hendriks",
            (id, _) => $"/Dossiers/{id}/Wisselen", (f, idVan, _) => f.Vul("Input.NieuweCasusregisseur", idVan("wijkteam3@demo.example")).Vul("Input.Reden", "Joris gaat met verlof")),
        new("Herverdelen", "teamleider@demo.example",
            d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.RegiehouderNaam == "Joris Hendriks",
            (_, idVan) => $"/Dashboard/Herverdelen?van={idVan("wijkteam@demo.example")}", (f, idVan, id) => Herverdeel(f, id, idVan("wijkteam3@demo.example"))),
        new("Afsluiting goedkeuren", "teamleider2@demo.example",
            d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamDorpen && d.AfsluitVoorstel != null,
            (id, _) => $"/Dossiers/{id}/Besluit/AfsluitingGoedkeuren", (f, _, _) => f),
        new("Bemoeienis beëindigen", "vt@demo.example",
            d => d.Fase == DossierFase.VoorwaardenEnVervolg,
            (id, _) => $"/Dossiers/{id}/Besluit/BemoeienisBeeindigen", (f, _, _) => f.Vul("Input.Reden", "Zorg is elders belegd")),
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

    [Fact]
    public async Task Een_fout_bij_elk_databasecommando_van_de_bewaartermijntaak_laat_elk_dossier_heel_of_helemaal_weg()
    {
        var injectie = new Foutinjectie();
        await using var app = new MetFoutinjectie(injectie, zonderBewaking: true);
        var afgesloten = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Afgesloten).Select(d => d.Id).ToListAsync());
        Assert.NotEmpty(afgesloten);
        var sjabloon = Path.Combine(app.DataMap, "sjabloon.db");
        await app.MetDbAsync(db => db.Database.ExecuteSqlAsync($"VACUUM INTO {sjabloon};"));
        // Twenty-one years on, every closed demo dossier has passed its retention period.
        app.Klok.Nu = AppFactory.Start.AddYears(21);

        var commandos = await VernietigAsync(app, injectie, gooiBij: null);
        Assert.Equal(afgesloten.Count, (await VernietigdAsync(app, afgesloten)).Count);

        var afwijkingen = new List<string>();
        for (var k = 1; k <= commandos; k++)
        {
            await HerstelAsync(app, sjabloon);
            await VernietigAsync(app, injectie, gooiBij: k);
            try
            {
                await VernietigdAsync(app, afgesloten);
            }
            catch (Xunit.Sdk.XunitException fout)
            {
                afwijkingen.Add($"fout bij commando {k} van {commandos}: {fout.Message}");
            }
        }

        Assert.True(afwijkingen.Count == 0, string.Join(Environment.NewLine, afwijkingen));
        uitvoer.WriteLine($"Bewaartermijntaak ({afgesloten.Count} dossiers): een fout bij elk van de {commandos} commando's liet elk dossier heel of helemaal weg");
    }

    /// <summary>Runs the retention job with the database failing at command <paramref name="gooiBij"/>; returns the commands it issued.</summary>
    private static async Task<int> VernietigAsync(AppFactory app, Foutinjectie injectie, int? gooiBij)
    {
        await using var scope = app.Services.CreateAsyncScope();
        injectie.Start(gooiBij);
        try
        {
            await scope.ServiceProvider.GetRequiredService<Jobs.Bewaartermijnen>().VernietigVerlopenAsync();
        }
        catch (Exception fout) when (gooiBij is not null && fout.ToString().Contains("Geïnjecteerde databasefout", StringComparison.Ordinal))
        {
        }

        return injectie.Stop();
    }

    /// <summary>
    /// Each dossier is either whole and without a destruction row, or gone with everything in it and exactly one
    /// destruction row; the hash chain is intact. Returns the dossiers that are gone.
    /// </summary>
    private static async Task<List<Guid>> VernietigdAsync(AppFactory app, List<Guid> afgesloten)
    {
        var bestaand = await app.MetDbAsync(db => db.Dossiers.Where(d => afgesloten.Contains(d.Id)).Select(d => d.Id).ToListAsync());
        var weg = afgesloten.Except(bestaand).ToList();
        var rijen = await app.MetDbAsync(db => db.Toegangslog.Where(r => r.DossierId != null && afgesloten.Contains(r.DossierId.Value) && r.GebruikerNaam == Jobs.Bewaartermijnen.Uitvoerder)
            .GroupBy(r => r.DossierId!.Value).Select(g => new { g.Key, Aantal = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Aantal));
        Assert.All(bestaand, id => Assert.False(rijen.ContainsKey(id), $"{id} bestaat nog maar heeft een vernietigingsregel"));
        Assert.All(weg, id => Assert.True(rijen.GetValueOrDefault(id) == 1, $"{id} is weg met {rijen.GetValueOrDefault(id)} vernietigingsregels"));
        Assert.Equal(0, await app.MetDbAsync(db => db.Set<Gezinslid>().CountAsync(g => weg.Contains(EF.Property<Guid>(g, "DossierId")))));
        Assert.Equal(0, await app.MetDbAsync(db => db.Noodtoegangen.CountAsync(n => weg.Contains(n.DossierId))));
        await using var scope = app.Services.CreateAsyncScope();
        var keten = await scope.ServiceProvider.GetRequiredService<Toegangslog>().ControleerAsync();
        Assert.True(keten.Intact, keten.Fout);
        return weg;
    }

    /// <summary>Signs in, opens the form, and sends it with the database failing at command <paramref name="gooiBij"/>; returns the commands the POST issued.</summary>
    private static async Task<int> VoerUitAsync(AppFactory app, Foutinjectie injectie, Overgang overgang, Guid dossier, int? gooiBij)
    {
        var ids = await app.MetDbAsync(db => db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id));
        var client = await app.LogInAsync(overgang.Email);
        var formulier = overgang.Vul(await Formulier.OpenAsync(client, overgang.Adres(dossier, email => ids[email])), email => ids[email], dossier);

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
        // Across the database too: an action that makes a dossier (a melding) changes no existing one.
        var (dossiers, gezinsleden, alleWijzigingen) = await app.MetDbAsync(async db => (await db.Dossiers.CountAsync(), await db.Set<Gezinslid>().CountAsync(),
            await db.Toegangslog.CountAsync(r => r.Soort == Toegangssoort.Wijzigen && r.Uitkomst == Toegangsuitkomst.Toegestaan)));
        await using var scope = app.Services.CreateAsyncScope();
        var keten = await scope.ServiceProvider.GetRequiredService<Toegangslog>().ControleerAsync();
        Assert.True(keten.Intact, keten.Fout);
        Assert.True(d.HeeftEnkeleRegiehouder(), $"regie-invariant geschonden in {d.Fase}");
        Assert.Equal(d.Versie, d.Chronologie.Count);
        return new Stand(d.Fase, d.RegiehouderId, d.Versie, d.Chronologie.Count, d.Regiehistorie.Count, d.Deadline,
            d.AantalKinderenZonderOordeel, d.AantalPartijenZonderPlan, d.AfsluitVoorstel is null, wijzigingen, d.Veiligheidsbeoordelingen.Count, d.Overdrachten.Count,
            d.Veiligheidsplannen.Count(p => p.Status != PlanStatus.Concept), dossiers, gezinsleden, alleWijzigingen);
    }

    private sealed record Stand(DossierFase Fase, string? Regiehouder, int Versie, int Chronologie, int Regiewissels, DateOnly? Deadline,
        int KinderenZonderOordeel, int PartijenZonderPlan, bool GeenAfsluitvoorstel, int WijzigingenInHetLog, int Beoordelingen, int Overdrachten,
        int VastgesteldePlannen, int Dossiers, int Gezinsleden, int AlleWijzigingenInHetLog);

    /// <summary>
    /// One action: who does it, on which kind of dossier, at which address, and how the form is filled (given the ids of
    /// accounts by e-mail address, and the dossier).
    /// </summary>
    private sealed record Overgang(
        string Naam,
        string Email,
        System.Linq.Expressions.Expression<Func<Dossier, bool>> Dossier,
        Func<Guid, Func<string, string>, string> Adres,
        Func<Formulier, Func<string, string>, Guid, Formulier> Vul);

    /// <summary>A judgement for every household member the VB form lists, and every adult's kindcheck.</summary>
    private static Formulier Beoordeel(Formulier vb)
    {
        for (var i = 0; vb.Pagina.QuerySelector($"[name='Input.Oordelen[{i}].Oordeel']") is not null; i++)
        {
            vb.Vul($"Input.Oordelen[{i}].Oordeel", "VoorwaardelijkVeilig");
        }

        for (var i = 0; vb.Pagina.QuerySelector($"[name='Input.Kindchecks[{i}].Afhankelijk']") is not null; i++)
        {
            vb.Kies($"Input.Kindchecks[{i}].Afhankelijk", "true").Kies($"Input.Kindchecks[{i}].KinderenVeilig", "false");
        }

        return vb;
    }

    /// <summary>The row of <paramref name="dossier"/> on the redistribution page: take it along, to Lars, with a note.</summary>
    private static Formulier Herverdeel(Formulier formulier, Guid dossier, string naar)
    {
        var regel = Enumerable.Range(0, 50).First(i => formulier.Waarde($"Input.Regels[{i}].DossierId") == dossier.ToString());
        return formulier.Kies($"Input.Regels[{regel}].Meenemen", "true").Vul($"Input.Regels[{regel}].NieuweCasusregisseur", naar)
            .Vul($"Input.Regels[{regel}].Notitie", "Joris is met verlof; het gezin verwacht een belletje op maandag.");
    }

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
    private sealed class MetFoutinjectie(Foutinjectie injectie, bool zonderBewaking = false) : AppFactory
    {
        protected override bool ServerfoutenVerwacht => true;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(injectie));
                if (zonderBewaking)
                {
                    // The test runs the retention job itself, k times; the daily run must not join in.
                    services.Remove(services.Single(d => d.ImplementationType == typeof(Jobs.BewaartermijnBewaking)));
                }
            });
        }
    }
}
