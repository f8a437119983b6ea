using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class PersistenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void De_database_staat_in_de_ingestelde_datamap()
    {
        _ = app.Services;
        Assert.True(File.Exists(Path.Combine(app.DataMap, "gezinsveiligheid.db")));
    }

    [Fact]
    public async Task Een_heel_dossier_komt_na_opslaan_ongeschonden_terug()
    {
        var termijnen = app.Services.GetRequiredService<Termijnberekening>();
        var (vt, tl, wt) = await Medewerkers();
        var op = AppFactory.Start;
        Handeling Door(Medewerker wie) => new(wie, op = op.AddMinutes(5), termijnen);

        var dossier = Dossier.Registreer("Gezin Opslag",
            new MeldingGegevens(op, "Buurman", "Buurtbewoner", "0612345678", true, SoortZorg.Partnergeweld, "Geschreeuw en geluid van slaan"),
            [new("Anna Opslag", new DateOnly(1990, 1, 1), "111222333", GezinslidRol.OuderVerzorger, true), new("Bo Opslag", new DateOnly(2018, 6, 1), null, GezinslidRol.Kind, true)],
            Door(vt));
        var datum = termijnen.Datum(op);
        dossier.LegVeiligheidsbeoordelingVast(new VeiligheidsbeoordelingGegevens(datum, true, true,
            [new(dossier.Gezinsleden[1].Id, VeiligheidsOordeel.Onveilig, "Getuige")], [new(dossier.Gezinsleden[0].Id, true, false, null)],
            new InstrumentGegevens("CARE-NL", "2023", "Hoog"), "Acute dreiging", VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam), Door(vt));
        dossier.BiedOverdrachtAan(new OverdrachtAanbod(DemoSeeder.WijkteamCentrum, "Sociaal Wijkteam Wijchen-Centrum", "Context", "Fatima",
            [new("Geen geweld", "Vader", "Vader")], [2, 4]), Door(vt));
        dossier.PlanGesprek(new GesprekPlanning(op.AddDays(1), "Gemeentehuis", wt, [dossier.Gezinsleden[0].Id]), Door(tl));
        dossier.LegGesprekVast(new GesprekVerslag(op, [dossier.Gezinsleden[0].Id], ["Fatima (VT)", "Joris (wijkteam)"]), Door(tl));
        dossier.AccepteerOverdracht(wt, Door(tl));

        await app.MetDbAsync(async db =>
        {
            db.Dossiers.Add(dossier);
            return await db.SaveChangesAsync();
        });

        var terug = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == dossier.Id));
        Assert.Equal(DossierFase.Casusregie, terug.Fase);
        Assert.Equal(wt.Id, terug.RegiehouderId);
        Assert.Equal(Organisatie.Gemeente, terug.RegiehouderOrganisatie);
        Assert.True(terug.HeeftEnkeleRegiehouder());
        Assert.Equal(dossier.Versie, terug.Versie);
        Assert.Equal(dossier.Chronologie.Select(c => (c.Volgnummer, c.Soort, c.Actie, c.Omschrijving, c.Op)), terug.Chronologie.Select(c => (c.Volgnummer, c.Soort, c.Actie, c.Omschrijving, c.Op)));
        Assert.Equal(dossier.Regiehistorie.Select(r => (r.VanId, r.NaarId, r.Reden)), terug.Regiehistorie.Select(r => (r.VanId, r.NaarId, r.Reden)));
        Assert.Equal("111222333", terug.Gezinsleden.Single(g => g.Naam == "Anna Opslag").Bsn!.Waarde);
        var vb = Assert.Single(terug.Veiligheidsbeoordelingen);
        Assert.Equal(VeiligheidsOordeel.Onveilig, Assert.Single(vb.Oordelen).Waarde);
        Assert.False(Assert.Single(vb.Kindchecks).KinderenVeilig);
        var overdracht = Assert.Single(terug.Overdrachten);
        Assert.Equal([2, 4], overdracht.MonitoringMaanden);
        Assert.Equal(["Fatima (VT)", "Joris (wijkteam)"], overdracht.AanwezigeProfessionals);
        Assert.True(overdracht.IsWarm);
        Assert.Equal("Geen geweld", Assert.Single(overdracht.Voorwaarden).Omschrijving);
        Assert.Equal(dossier.Deadline, terug.Deadline);
        Assert.Equal(dossier.FaseSinds, terug.FaseSinds);
    }

    [Fact]
    public async Task Het_werk_van_de_casusregisseur_komt_na_opslaan_per_actie_ongeschonden_terug()
    {
        var termijnen = app.Services.GetRequiredService<Termijnberekening>();
        var (vt, _, wt) = await Medewerkers();
        var id = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == wt.Id && !d.Veiligheidsplannen.Any())
            .Select(d => d.Id).FirstAsync());
        var op = app.Klok.Nu;
        var vandaag = termijnen.Datum(op);
        Handeling Door(Medewerker wie) => new(wie, op = op.AddMinutes(1), termijnen);

        // Each step as a page does it: load the aggregate, act, save; so every addition lands on an already loaded dossier.
        async Task Stap(Action<Dossier> actie) => await app.MetDbAsync(async db =>
        {
            var dossier = await db.Dossiers.MetAggregaat().SingleAsync(d => d.Id == id);
            actie(dossier);
            return await db.SaveChangesAsync();
        });

        Guid partner = default;
        await Stap(d => partner = d.LegNetwerkpartnerVast(null, new NetwerkpartnerGegevens(NetwerkpartnerSoort.School, "OBS De Linde", "Meester Jan", "024-111", [d.Gezinsleden[^1].Id]), Door(wt)).Id);
        VeiligheidsplanGegevens Plan(string doel) => new("Zorg", "Sterk", doel,
            [new("Moeder", "Belt oma", "Bij ruzie", "Oma komt")], [new("Oma", "grootmoeder", false)], [new("Moeder", 7)], vandaag.AddDays(20), [partner], "Intern");
        await Stap(d => d.StelVeiligheidsplanOp(Plan("Eerste doel"), Door(wt)));
        await Stap(d => d.StelVeiligheidsplanOp(Plan("Beter doel"), Door(wt)));
        await Stap(d => d.StelVeiligheidsplanVast(Door(wt)));
        await Stap(d => d.VerspreidVeiligheidsplan([partner], vandaag, Door(wt)));
        await Stap(d => d.StelVeiligheidsplanOp(Plan("Tweede versie"), Door(wt)));
        await Stap(d => d.PlanMdo(new MdoPlanning(op.AddHours(2), "Wijkcentrum", "Agenda", [partner], []), Door(wt)));
        op = op.AddHours(3);
        await Stap(d => d.LegMdoVast(d.Mdos[0].Id, new MdoVerslag(op, [partner], [], "Besluit",
            [new("Actie een", new ActieEigenaar(wt.Naam, wt.Id), vandaag.AddDays(5)), new("Actie twee", new ActieEigenaar("Meester Jan", null), vandaag.AddDays(3))], null), Door(wt)));
        await Stap(d => d.RondMdoActieAf(d.OpenMdoActies.Single(a => a.Wat == "Actie twee").Id, Door(wt)));
        await Stap(d => d.ControleerVoorwaarden(vandaag, [.. d.GeaccepteerdeOverdracht!.Voorwaarden.Select(v => new ControleGegevens(v.Id, Naleving.Onbekend, null))], Door(vt)));
        await Stap(d => d.ControleerVoorwaarden(vandaag, [new ControleGegevens(d.GeaccepteerdeOverdracht!.Voorwaarden[0].Id, Naleving.NietNageleefd, "Incident")], Door(wt)));
        await Stap(d => d.LegEvaluatieVast(new EvaluatieGegevens(vandaag, new InstrumentGegevens("ARIJ", null, "Verhoogd"), "Oordeel", 4,
            [.. d.Gezinsleden.Where(g => g.IsMinderjarigOp(vandaag)).Select(g => new OordeelGegevens(g.Id, VeiligheidsOordeel.Onveilig, "Bang"))],
            [.. d.Gezinsleden.Where(g => !g.IsMinderjarigOp(vandaag)).Select(g => new KindcheckGegevens(g.Id, true, false, null))],
            "Stem", "Hulpvraag", EvaluatieConclusie.Terugmelden, null), Door(wt)));

        var terug = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == id));
        Assert.Equal([(1, PlanStatus.Vastgesteld, "Beter doel"), (2, PlanStatus.Concept, "Tweede versie")],
            terug.Veiligheidsplannen.Select(p => (p.Versie, p.Status, p.Veiligheidsdoelen)));
        var eerste = terug.Veiligheidsplannen[0];
        Assert.Equal(("Moeder", "Belt oma", "Bij ruzie", "Oma komt"), (eerste.Afspraken[0].Wie, eerste.Afspraken[0].Wat, eerste.Afspraken[0].Wanneer, eerste.Afspraken[0].AlsHetMisgaat));
        Assert.Equal(7, Assert.Single(eerste.Schaalvragen).Score);
        Assert.Equal(vandaag, Assert.Single(eerste.Verspreidingslijst).VerzondenOp);
        Assert.DoesNotContain(terug.Veiligheidsplannen[1].Verspreidingslijst, v => v.IsVerzonden);
        Assert.Equal(["Actie een"], terug.OpenMdoActies.Select(a => a.Wat));
        Assert.Equal(wt.Id, terug.OpenMdoActies.Single().EigenaarId);
        var voorwaarde = terug.GeaccepteerdeOverdracht!.Voorwaarden[0];
        Assert.Equal([Naleving.Onbekend, Naleving.NietNageleefd], voorwaarde.Controles.Select(c => c.Naleving));
        Assert.Equal(terug.GeaccepteerdeOverdracht.MonitoringMaanden[0], voorwaarde.Controles[0].MonitoringMaand);
        Assert.Contains(voorwaarde, terug.NietNageleefdeVoorwaarden);
        var evaluatie = Assert.Single(terug.Evaluaties);
        Assert.All(evaluatie.Oordelen, o => Assert.Equal((VeiligheidsOordeel.Onveilig, "Bang"), (o.Waarde, o.Toelichting)));
        Assert.Equal(("Stem", "Hulpvraag", "Verhoogd"), (evaluatie.StemVanHetKind, evaluatie.HulpvraagOuders, evaluatie.Risiconiveau));
        Assert.Empty(terug.KinderenZonderOordeel(vandaag));
        Assert.Equal((vandaag, vandaag.AddMonths(3)), (terug.PlanVastgesteldOp!.Value, terug.EvaluatieUiterlijk!.Value));
    }

    [Fact]
    public async Task Twee_gelijktijdige_wijzigingen_op_dezelfde_versie_laten_er_een_winnen()
    {
        var termijnen = app.Services.GetRequiredService<Termijnberekening>();
        var (vt, _, _) = await Medewerkers();
        var id = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Melding).Select(d => d.Id).FirstAsync());

        await using var scope1 = app.Services.CreateAsyncScope();
        await using var scope2 = app.Services.CreateAsyncScope();
        var db1 = scope1.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = scope2.ServiceProvider.GetRequiredService<AppDbContext>();
        var eerste = await db1.Dossiers.MetAggregaat().SingleAsync(d => d.Id == id);
        var tweede = await db2.Dossiers.MetAggregaat().SingleAsync(d => d.Id == id);

        eerste.VoegGezinslidToe(new GezinslidGegevens("Opa Eerst", new DateOnly(1950, 1, 1), null, GezinslidRol.Netwerk, false), new Handeling(vt, AppFactory.Start, termijnen));
        tweede.VoegGezinslidToe(new GezinslidGegevens("Oma Tweede", new DateOnly(1951, 1, 1), null, GezinslidRol.Netwerk, false), new Handeling(vt, AppFactory.Start, termijnen));
        await db1.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        var opgeslagen = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == id));
        Assert.Contains(opgeslagen.Gezinsleden, g => g.Naam == "Opa Eerst");
        Assert.DoesNotContain(opgeslagen.Gezinsleden, g => g.Naam == "Oma Tweede");
        Assert.Equal(opgeslagen.Versie, opgeslagen.Chronologie.Count);
    }

    [Fact]
    public void De_migraties_van_beide_providers_lopen_gelijk_met_het_model()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.False(sqlite.Database.HasPendingModelChanges(), "Het model wijkt af van de SQLite-migraties: maak een migratie met dotnet ef migrations add --context SqliteAppDbContext.");
        Assert.False(sqlServer.Database.HasPendingModelChanges(), "Het model wijkt af van de SQL Server-migraties: maak een migratie met dotnet ef migrations add --context SqlServerAppDbContext.");
        Assert.Equal(sqlite.Database.GetMigrations().Select(Naam), sqlServer.Database.GetMigrations().Select(Naam));
    }

    [Fact]
    public void Het_idempotente_SQL_Server_script_is_geldige_T_SQL()
    {
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = sqlServer.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var fouten);

        Assert.Empty(fouten.Select(f => $"regel {f.Line}: {f.Message}"));
        Assert.Contains("CREATE TABLE [Dossiers]", script, StringComparison.Ordinal);
        Assert.Contains("[Versie] int NOT NULL", script, StringComparison.Ordinal);
        // Every CREATE TABLE of the migration arrives as a guarded statement: the parse saw real content, not an empty script.
        Assert.True(((TSqlScript)fragment).Batches.Sum(b => b.Statements.Count) > 10);
    }

    private static string Naam(string migratie) => migratie[(migratie.IndexOf('_', StringComparison.Ordinal) + 1)..];

    private async Task<(Medewerker Vt, Medewerker Teamleider, Medewerker Wijkteam)> Medewerkers()
    {
        var users = await app.MetDbAsync(db => db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id));
        return (new Medewerker(users["vt@demo.example"], "Fatima el Amrani", Organisatie.VeiligThuis, DemoSeeder.VeiligThuisTeam) { Functies = Functie.VeiligThuis },
            new Medewerker(users["teamleider@demo.example"], "Marieke van den Broek", Organisatie.Gemeente, DemoSeeder.WijkteamCentrum) { Functies = Functie.Teamleider },
            new Medewerker(users["wijkteam@demo.example"], "Joris Hendriks", Organisatie.Gemeente, DemoSeeder.WijkteamCentrum) { Functies = Functie.Wijkteam });
    }
}
