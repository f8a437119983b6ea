using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Toegang;
using Xunit.Abstractions;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The pages people open all day, on a generated region with the statistics the app keeps: every query they send is
/// planned on an index, never as a walk over every dossier, chronology entry or access-log row. A scan grows with the
/// whole region while a user's own work does not; this is how issue #15 found Mijn werk at five seconds. Reading a
/// partial index whole is allowed: it holds only the rows it was made for (the open dossiers, a tenth of a region).
/// </summary>
[Trait("Snelheid", "Traag")]
public class QueryplanTests(QueryplanTests.Regio app, ITestOutputHelper uitvoer) : IClassFixture<QueryplanTests.Regio>
{
    // The tables that grow with the region; small tables (teams, settings) may be read whole.
    private static readonly string[] Groot = ["Dossiers", "Chronologie", "Toegangslog", "Overdrachten", "Regiehistorie", "Gezinsleden", "MdoActies", "Mdos", "Veiligheidsbeoordelingen", "LatereMeldingen",
        "Notificaties", "Mailberichten", "Statistiekoverdrachten", "Statistiekbeoordelingen", "Statistiekgebeurtenissen", "Bijlagen", "Bijlageversies", "Avgverzoeken"];

    /// <summary>Who opens which page; a form field (name=value) means the page's form is sent with it, as the search and the pages of the list are.</summary>
    public static TheoryData<string, string, string?> Paginas() => new()
    {
        { "vt@demo.example", "/", null },
        { "wijkteam@demo.example", "/", null },
        { "teamleider@demo.example", "/", null },
        { "vt@demo.example", "/Dossiers", null },
        { "vt@demo.example", "/Dossiers", "Filter.Pagina=7" },
        { "vt@demo.example", "/Dossiers", "Filter.Zoekterm=Jansen" },
        { "teamleider@demo.example", "/Dossiers", null },
        { "teamleider@demo.example", "/Overdrachten", null },
        { "manager@demo.example", "/Dashboard", null },
        { "teamleider@demo.example", "/Dashboard", null },
        { "manager@demo.example", "/Dashboard/Rapport", null },
        { "manager@demo.example", "/Dashboard/Dossiers?signaal=TweeRegiehouders", null },
        { "privacy@demo.example", "/Privacy", null },
        { "privacy@demo.example", "/Privacy?Filter.Soort=Wijzigen&Filter.Van=2026-01-01", null },
        { "privacy@demo.example", "/Privacy?Filter.Doel=Noodtoegang", null },
        { "privacy@demo.example", "/Privacy?Filter.Uitkomst=Geweigerd", null },
        { "privacy@demo.example", "/Privacy/Verzoeken", null },
        { "privacy@demo.example", "/Privacy/Bewaarplicht", null },
        { "teamleider@demo.example", "/Notificaties", null },
        { "manager@demo.example", "/Notificaties?Filter.AlleenOngelezen=true&Filter.Soort=TermijnEscalatie", null },
    };

    [Theory]
    [MemberData(nameof(Paginas))]
    public async Task Een_pagina_die_mensen_de_hele_dag_openen_leest_alleen_via_indexen(string email, string pagina, string? veld)
    {
        var client = await app.LogInAsync(email);
        var formulier = veld is null ? null : await Formulier.OpenAsync(client, pagina);
        app.Opname.Clear();

        // A page number is a button's value, not a field: it goes along as the pressed button would send it.
        var antwoord = formulier is not null && veld?.Split('=') is [var naam, var waarde]
            ? formulier.Heeft(naam) ? await formulier.Vul(naam, waarde).VerstuurAsync() : await formulier.VerstuurMetExtraAsync(new() { [naam] = waarde })
            : await client.GetAsync(new Uri(pagina, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, antwoord.StatusCode);
        await GeenScansAsync($"{pagina} als {email}");
    }

    [Fact]
    public async Task Het_toegangslog_telt_een_ruim_filter_niet_helemaal_maar_zegt_dat_er_meer_dan_duizend_zijn()
    {
        var privacy = await app.LogInAsync("privacy@demo.example");
        var laatsteWijziging = await app.MetDbAsync(db => db.Toegangslog.Where(r => r.Soort == Toegangssoort.Wijzigen).OrderByDescending(r => r.Volgnummer).Select(r => r.Tijdstip).FirstAsync());
        var dag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(laatsteWijziging, Termijnberekening.Nederland).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var alles = await privacy.GetHtmlAsync("/Privacy");
        var kop = await app.MetDbAsync(db => db.ToegangslogKop.AsNoTracking().SingleAsync());
        var ruim = await privacy.GetHtmlAsync("/Privacy?Filter.Soort=Lezen");
        var smal = await privacy.GetHtmlAsync($"/Privacy?Filter.Soort=Wijzigen&Filter.Van={dag}&Filter.Tot={dag}");

        Assert.StartsWith("Meer dan 1.000 regels gevonden; de nieuwste 200 staan hieronder.", ruim.QuerySelector("p[aria-live]")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(200, ruim.QuerySelectorAll("tbody tr").Length);
        // Unfiltered the head of the chain knows the exact number, so it is shown.
        Assert.StartsWith($"{kop.Volgnummer.ToString("N0", Datumtekst.Nederlands)} regels gevonden", alles.QuerySelector("p[aria-live]")?.TextContent.Trim(), StringComparison.Ordinal);
        var (van, tot) = (Dashboard.Dashboardfilter.Begin(DateOnly.Parse(dag, System.Globalization.CultureInfo.InvariantCulture)), Dashboard.Dashboardfilter.Begin(DateOnly.Parse(dag, System.Globalization.CultureInfo.InvariantCulture).AddDays(1)));
        var wijzigingen = await app.MetDbAsync(db => db.Toegangslog.CountAsync(r => r.Soort == Toegangssoort.Wijzigen && r.Tijdstip >= van && r.Tijdstip < tot));
        Assert.InRange(wijzigingen, 1, 200);
        Assert.Equal(wijzigingen, smal.QuerySelectorAll("tbody tr").Length);
        Assert.StartsWith($"{wijzigingen} regel", smal.QuerySelector("p[aria-live]")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_zoekterm_die_te_veel_vindt_toont_de_urgentste_vijfhonderd_en_vraagt_een_langere_term()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var formulier = (await Formulier.OpenAsync(vt, "/Dossiers")).Vul("Filter.Zoekterm", "e").Kies("Filter.OokAfgesloten", "true");
        var gevonden = await app.MetDbAsync(db => db.Dossiers.CountAsync(d => EF.Functions.Like(d.Naam, "%e%") || d.Gezinsleden.Any(g => EF.Functions.Like(g.Naam, "%e%"))));
        Assert.True(gevonden > Pages.Dossiers.IndexModel.MaximumTreffers, $"{gevonden} dossiers met een e");

        var antwoord = await formulier.VerstuurAsync("Zoeken");
        var pagina = await antwoord.HtmlAsync();

        Assert.StartsWith("Meer dan 500 dossiers gevonden", pagina.QuerySelector("p[aria-live]")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 20", pagina.Tekst(), StringComparison.Ordinal);
        // The page buttons send their number as the pressed button does; the term travels along in the form.
        var laatste = await (await (await Formulier.VanAsync(vt, antwoord)).VerstuurMetExtraAsync(new() { ["Filter.Pagina"] = "20" })).HtmlAsync();
        Assert.Equal(Pages.Dossiers.IndexModel.PaginaGrootte, laatste.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("e", laatste.QuerySelector("#Filter_Zoekterm")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Een_nieuwe_melding_vindt_het_lopende_dossier_van_het_gezin_via_de_indexen_van_de_gezinsleden()
    {
        var lid = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Fase == DossierFase.Casusregie)
            .SelectMany(d => d.Gezinsleden).Where(g => g.Bsn != null).OrderBy(g => g.Naam).FirstAsync());
        var vt = await app.LogInAsync("vt@demo.example");
        var formulier = (await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"))
            .Vul("Input.Naam", "Gezin opnieuw gemeld").Vul("Input.SoortZorg", "Kindermishandeling").Vul("Input.Omschrijving", "School belt opnieuw")
            .Vul("Input.MelderNaam", "Juf Anna").Vul("Input.MelderRol", "Leerkracht").Vul("Input.MelderContact", "06-12345678")
            .Vul("Input.Gezinsleden[0].Naam", lid.Naam).Vul("Input.Gezinsleden[0].Geboortedatum", lid.Geboortedatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Vul("Input.Gezinsleden[0].Bsn", lid.Bsn!.Waarde).Vul("Input.Gezinsleden[0].Rol", lid.Rol.ToString());
        app.Opname.Clear();

        var pagina = await (await formulier.VerstuurAsync()).HtmlAsync();

        // The family was found, so the form asks where the melding belongs.
        Assert.NotEmpty(pagina.QuerySelectorAll("input[name='Input.Bestemming']"));
        await GeenScansAsync("melding voor een bekend gezin");
    }

    [Fact]
    public async Task Het_dashboard_telt_regie_en_signalen_uit_de_index_van_de_open_dossiers_zonder_de_rijen_te_lezen()
    {
        var manager = await app.LogInAsync("manager@demo.example");
        app.Opname.Clear();

        Assert.Equal(System.Net.HttpStatusCode.OK, (await manager.GetAsync(new Uri("/Dashboard", UriKind.Relative))).StatusCode);

        var eenDoorgang = Assert.Single(app.Opname, o => o.Tekst.Contains("GROUP BY \"d\".\"Fase\"", StringComparison.Ordinal));
        var plan = await app.PlanAsync(eenDoorgang);
        uitvoer.WriteLine(string.Join(Environment.NewLine, plan));
        // The index holds every column the regie tables and signals read, in the grouping's order: no row lookups, no sort.
        Assert.Contains(plan, r => r.Contains("SCAN d USING COVERING INDEX IX_Dossiers_Open", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, r => r.Contains("TEMP B-TREE FOR GROUP BY", StringComparison.Ordinal));
        // The late MDO actions are looked up once as a list, not once per dossier in casusregie.
        Assert.Contains(plan, r => r.Contains("LIST SUBQUERY", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, r => r.Contains("SEARCH m USING INDEX IX_Mdos_DossierId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task De_dossierlijst_leest_een_pagina_in_volgorde_uit_de_index_en_toont_elk_open_dossier_precies_een_keer()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var open = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase != DossierFase.Afgesloten).Select(d => d.Id).ToListAsync());
        var paginas = (open.Count + Pages.Dossiers.IndexModel.PaginaGrootte - 1) / Pages.Dossiers.IndexModel.PaginaGrootte;
        app.Opname.Clear();

        var gezien = new List<Guid>();
        for (var pagina = 1; pagina <= paginas; pagina++)
        {
            // The page buttons send their number as the pressed button does.
            var antwoord = await (await Formulier.OpenAsync(vt, "/Dossiers")).VerstuurMetExtraAsync(new() { ["Filter.Pagina"] = pagina.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            var html = await antwoord.HtmlAsync();
            gezien.AddRange(html.QuerySelectorAll("tbody tr td:first-child a").Select(a => Guid.Parse(a.GetAttribute("href")!["/Dossiers/".Length..])));
        }

        // Many households share a name and a deadline: only a total order keeps a dossier off two pages.
        Assert.Equal(open.Order(), gezien.Order());
        var lijst = app.Opname.Last(o => o.Tekst.Contains("ORDER BY \"d\".\"Deadline\" IS NULL", StringComparison.Ordinal));
        var plan = await app.PlanAsync(lijst);
        uitvoer.WriteLine(string.Join(Environment.NewLine, plan));
        Assert.Contains(plan, r => r.Contains("SCAN d USING COVERING INDEX IX_Dossiers_Open_Urgentie", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, r => r.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task De_escalatieladder_het_dagoverzicht_en_de_mailverzending_lezen_alleen_via_indexen()
    {
        app.Opname.Clear();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var aantal = await scope.ServiceProvider.GetRequiredService<Jobs.Termijnsignalering>().VoerUitAsync();
            uitvoer.WriteLine($"escalatieladder: {aantal} notificaties");
            await scope.ServiceProvider.GetRequiredService<Notificaties.Dagoverzicht>().VerzamelAsync();
        }

        await app.Services.GetRequiredService<Notificaties.Mailverzending>().VerstuurAsync();
        await GeenScansAsync("escalatieladder, dagoverzicht en mailverzending");
    }

    /// <summary>Plans every SELECT the app sent since the recording was cleared, and fails on a scan of a large table.</summary>
    private async Task GeenScansAsync(string wat)
    {
        var opdrachten = app.Opname.Where(o => o.Tekst.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(opdrachten);
        var partieel = await app.PartieleIndexenAsync();
        var scans = new List<string>();
        foreach (var opdracht in opdrachten)
        {
            foreach (var scan in Scans(opdracht.Tekst, await app.PlanAsync(opdracht), partieel))
            {
                scans.Add($"{scan}{Environment.NewLine}    in: {opdracht.Tekst.ReplaceLineEndings(" ")[..Math.Min(300, opdracht.Tekst.Length)]}");
            }
        }

        uitvoer.WriteLine($"{wat}: {opdrachten.Count} queries");
        Assert.True(scans.Count == 0, $"{scans.Count} scans van een grote tabel:{Environment.NewLine}{string.Join(Environment.NewLine, scans)}");
    }

    [Fact]
    public async Task De_gegenereerde_regio_houdt_zich_aan_de_invarianten_en_de_keten_is_heel()
    {
        var (open, zonderRegie, dubbel) = await app.MetDbAsync(async db => (
            await db.Dossiers.CountAsync(d => d.Fase != DossierFase.Afgesloten),
            await db.Dossiers.CountAsync(d => d.Fase != DossierFase.Afgesloten && d.RegiehouderId == null),
            await db.Dossiers.CountAsync(d => d.Fase == DossierFase.Afgesloten && d.RegiehouderId != null)));
        await using var scope = app.Services.CreateAsyncScope();
        var keten = await scope.ServiceProvider.GetRequiredService<Toegangslog>().ControleerAsync();

        Assert.InRange(open, Regio.Dossiers / 10, (Regio.Dossiers / 10) + 100);
        Assert.Equal((0, 0), (zonderRegie, dubbel));
        Assert.True(keten.Intact, keten.Fout);
        Assert.True(keten.GoedeRegels >= Regio.Toegangsregels);
        // Every phase is present among the open dossiers, so every page has something to show.
        var fasen = await app.MetDbAsync(db => db.Dossiers.Select(d => d.Fase).Distinct().ToListAsync());
        Assert.Equal(Enum.GetValues<DossierFase>().Order(), fasen.Order());
    }

    /// <summary>The plan lines that read a large table whole: "SCAN alias" with or without an index.</summary>
    private static IEnumerable<string> Scans(string sql, IReadOnlyList<string> plan, IReadOnlySet<string> partieel)
    {
        // EF reuses an alias in different subqueries; a scan counts when any table behind the alias is a large one.
        var aliassen = Regex.Matches(sql, "\"(\\w+)\" AS \"(\\w+)\"").ToLookup(m => m.Groups[2].Value, m => m.Groups[1].Value);
        foreach (var regel in plan)
        {
            var scan = Regex.Match(regel, "SCAN (\\w+)(?: USING (?:COVERING )?INDEX (\\w+))?");
            var alias = scan.Groups[1].Value;
            if (scan.Success && !partieel.Contains(scan.Groups[2].Value) && aliassen[alias].Append(alias).FirstOrDefault(Groot.Contains) is { } tabel)
            {
                yield return $"{tabel}: {regel.Trim()}";
            }
        }
    }

    /// <summary>The app on a generated region of <see cref="Dossiers"/> dossiers, recording the SQL it sends.</summary>
    public sealed class Regio : AppFactory, IAsyncLifetime
    {
        public const int Dossiers = 2_000;
        public const int Toegangsregels = 20_000;

        public ConcurrentQueue<Opdracht> Opname { get; } = new();

        public async Task InitializeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Regiogenerator>().GenereerAsync(new Regiogrootte(Dossiers, 7, Toegangsregels), _ => { });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        /// <summary>The indexes with a WHERE clause.</summary>
        public async Task<IReadOnlySet<string>> PartieleIndexenAsync()
        {
            await using var verbinding = new SqliteConnection($"Data Source={Path.Combine(DataMap, "gezinsveiligheid.db")};Mode=ReadOnly");
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "SELECT i.name FROM sqlite_master AS t, pragma_index_list(t.name) AS i WHERE t.type = 'table' AND i.partial = 1";
            var namen = new HashSet<string>();
            await using var lezer = await opdracht.ExecuteReaderAsync();
            while (await lezer.ReadAsync())
            {
                namen.Add(lezer.GetString(0));
            }

            return namen;
        }

        public async Task<IReadOnlyList<string>> PlanAsync(Opdracht opdracht)
        {
            await using var verbinding = new SqliteConnection($"Data Source={Path.Combine(DataMap, "gezinsveiligheid.db")};Mode=ReadOnly");
            await verbinding.OpenAsync();
            await using var uitleg = verbinding.CreateCommand();
            uitleg.CommandText = "EXPLAIN QUERY PLAN " + opdracht.Tekst;
            foreach (var (naam, waarde) in opdracht.Parameters)
            {
                uitleg.Parameters.AddWithValue(naam, waarde ?? DBNull.Value);
            }

            var regels = new List<string>();
            await using var lezer = await uitleg.ExecuteReaderAsync();
            while (await lezer.ReadAsync())
            {
                regels.Add(lezer.GetString(3));
            }

            return regels;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(new Opnemer(Opname))));
        }
    }

    public sealed record Opdracht(string Tekst, IReadOnlyList<(string Naam, object? Waarde)> Parameters);

    private sealed class Opnemer(ConcurrentQueue<Opdracht> opname) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Neem(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Neem(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Neem(DbCommand command) =>
            opname.Enqueue(new Opdracht(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
    }
}
