using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class ConfiguratieTests
{
    [Fact]
    public void Zonder_instellingen_is_het_een_SQLite_bestand_in_de_datamap()
    {
        using var db = Context(new() { ["DataDirectory"] = "/tmp/gv-data" });
        Assert.IsType<SqliteAppDbContext>(db);
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
        Assert.Equal("/tmp/gv-data/gezinsveiligheid.db", Sqlite(db).DataSource);
        // A database held by someone else gives the "try again" page within seconds, not after thirty.
        Assert.Equal(SqliteWachtrij.OpgevenNaSeconden, Sqlite(db).DefaultTimeout);
    }

    [Fact]
    public void Zonder_datamap_staat_het_bestand_in_App_Data_van_de_app()
    {
        using var db = Context([]);
        Assert.Equal("/app/App_Data/gezinsveiligheid.db", Sqlite(db).DataSource);
    }

    [Fact]
    public void Een_connection_string_wijst_SQLite_naar_een_ander_bestand()
    {
        using var db = Context(new() { ["ConnectionStrings:Gezinsveiligheid"] = "Data Source=/srv/gedeeld.db" });
        Assert.Equal("/srv/gedeeld.db", Sqlite(db).DataSource);
        Assert.Equal(SqliteWachtrij.OpgevenNaSeconden, Sqlite(db).DefaultTimeout);
    }

    [Fact]
    public void Een_wachttijd_in_de_connection_string_gaat_voor()
    {
        using var db = Context(new() { ["ConnectionStrings:Gezinsveiligheid"] = "Data Source=/srv/gedeeld.db;Default Timeout=20" });
        Assert.Equal(20, Sqlite(db).DefaultTimeout);
    }

    private static Microsoft.Data.Sqlite.SqliteConnectionStringBuilder Sqlite(AppDbContext db) => new(db.Database.GetConnectionString());

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("sqlserver")]
    public void SqlServer_gebruikt_de_SQL_Server_context_met_zijn_eigen_migraties(string provider)
    {
        const string verbinding = "Server=db.wijchen.local;Database=Gezinsveiligheid;Integrated Security=true;TrustServerCertificate=true";
        using var db = Context(new() { ["Database:Provider"] = provider, ["ConnectionStrings:Gezinsveiligheid"] = verbinding });
        Assert.IsType<SqlServerAppDbContext>(db);
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
        var verbindingSqlServer = db.Database.GetDbConnection();
        Assert.Equal(("db.wijchen.local", "Gezinsveiligheid"), (verbindingSqlServer.DataSource, verbindingSqlServer.Database));
        Assert.All(db.Database.GetMigrations(), m => Assert.Contains("_", m, StringComparison.Ordinal));
        Assert.Contains(typeof(SqlServerAppDbContext).Assembly.GetTypes(), t => t.Namespace == "Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer");
    }

    [Fact]
    public void SqlServer_zonder_connection_string_stopt_met_een_duidelijke_melding()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => Context(new() { ["Database:Provider"] = "SqlServer" }));
        Assert.Contains("ConnectionStrings:Gezinsveiligheid", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_onbekende_provider_stopt_met_een_duidelijke_melding()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => Context(new() { ["Database:Provider"] = "Oracle" }));
        Assert.Contains("'Oracle'", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_ingestelde_lijst_monitoringsmomenten_vervangt_de_standaard()
    {
        await using var app = new AppFactoryMetInstellingen(new() { ["Termijnen:MonitoringMaanden:0"] = "2", ["Termijnen:MonitoringMaanden:1"] = "9" });
        var instellingen = app.Services.GetRequiredService<IOptions<TermijnInstellingen>>().Value;
        Assert.Equal([2, 9], instellingen.MonitoringMaanden);
    }

    [Fact]
    public async Task Ongeldige_termijnen_houden_de_start_tegen()
    {
        await using var app = new AppFactoryMetInstellingen(new() { ["Termijnen:GesprekPlannenWerkdagen"] = "0" });
        var fout = Assert.Throws<OptionsValidationException>(() => app.Services);
        Assert.Contains("termijnen", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whsec_kort")]
    [InlineData("geen-voorvoegsel")]
    [InlineData("")]
    public async Task Een_webhookadres_zonder_geldig_geheim_houdt_de_start_tegen(string geheim)
    {
        // The Development settings name one client (index 0) with a URL; this replaces only its secret.
        await using var app = new AppFactoryMetInstellingen(new() { ["Api:Clients:0:WebhookGeheim"] = geheim });
        var fout = Assert.Throws<OptionsValidationException>(() => app.Services);
        Assert.Contains("API-instellingen", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_autoriteit_zonder_https_houdt_de_start_tegen()
    {
        await using var app = new AppFactoryMetInstellingen(new() { ["Api:Autoriteit"] = "http://login.example", ["Api:MetadataAlleenOverHttps"] = "true" });
        var fout = Assert.Throws<OptionsValidationException>(() => app.Services);
        Assert.Contains("API-instellingen", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mail:Beveiliging", "Geen", "Mail:Beveiliging Geen kan alleen naar een SMTP-server op deze machine")]
    [InlineData("Mail:AppAdres", "http://gezinsveiligheid.wijchen.example", "Mail:AppAdres moet het https-adres van de applicatie zijn")]
    [InlineData("Mail:ServerCertificaatSha256", "ABC", "Mail:ServerCertificaatSha256 moet 64 hexadecimale tekens zijn")]
    [InlineData("Mail:Wachtwoord", "", "Mail:Wachtwoord ontbreekt bij Mail:Gebruiker")]
    public async Task Onveilige_of_onvolledige_e_mailinstellingen_houden_de_start_tegen_met_de_reden(string sleutel, string waarde, string reden)
    {
        var instellingen = new Dictionary<string, string>
        {
            ["Mail:Modus"] = "Smtp", ["Mail:Host"] = "smtp.wijchen.example", ["Mail:Gebruiker"] = "gezinsveiligheid", ["Mail:Wachtwoord"] = "geheim",
            ["Mail:AppAdres"] = "https://gezinsveiligheid.wijchen.example", ["Mail:Afzender"] = "gezinsveiligheid@wijchen.example",
        };
        instellingen[sleutel] = waarde;
        await using var app = new AppFactoryMetInstellingen(instellingen);
        var fout = Assert.Throws<OptionsValidationException>(() => app.Services);
        Assert.Contains(reden, fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bijlagen:MaximumMegabytes", "80", "Bijlagen:MaximumMegabytes moet tussen 1 en 50 liggen (nu 80)")]
    [InlineData("Bijlagen:Virusscanner", "clamd.wijchen.example:3310", "Bijlagen:Virusscanner moet 'unix:/pad/naar/clamd.ctl' of 'tcp://host:poort' zijn")]
    [InlineData("Bijlagen:ScannerTimeoutSeconden", "0", "Bijlagen:ScannerTimeoutSeconden moet tussen 1 en 600 liggen")]
    public async Task Onjuiste_instellingen_voor_bijlagen_houden_de_start_tegen_met_de_reden(string sleutel, string waarde, string reden)
    {
        await using var app = new AppFactoryMetInstellingen(new Dictionary<string, string> { [sleutel] = waarde });
        var fout = Assert.Throws<OptionsValidationException>(() => app.Services);
        Assert.Contains(reden, fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gemeenteaccount:Autoriteit", "http://login.wijchen.example", "Gemeenteaccount:Autoriteit moet een https-adres zijn")]
    [InlineData("Gemeenteaccount:ClientGeheim", "", "Gemeenteaccount:ClientId en Gemeenteaccount:ClientGeheim zijn verplicht")]
    [InlineData("Gemeenteaccount:Groepen:0:Rol", "Koning", "'sg-teamleiders' heeft geen bekende rol")]
    [InlineData("Gemeenteaccount:Groepen:0:Team", "", "'sg-teamleiders' geeft de rol Teamleider en moet een team noemen")]
    public async Task Onjuiste_instellingen_voor_gemeenteaccounts_houden_de_start_tegen_met_de_reden(string sleutel, string waarde, string reden)
    {
        var instellingen = new Dictionary<string, string>
        {
            ["Gemeenteaccount:Autoriteit"] = "https://login.wijchen.example", ["Gemeenteaccount:ClientId"] = "gezinsveiligheid", ["Gemeenteaccount:ClientGeheim"] = "geheim",
            ["Gemeenteaccount:Groepen:0:Groep"] = "sg-teamleiders", ["Gemeenteaccount:Groepen:0:Rol"] = "Teamleider",
            ["Gemeenteaccount:Groepen:0:Team"] = Demo.DemoSeeder.WijkteamCentrum.ToString(),
        };
        instellingen[sleutel] = waarde;
        await using var app = new AppFactoryMetInstellingen(instellingen);
        var fout = Assert.Throws<OptionsValidationException>(() => app.Services);
        Assert.Contains(reden, fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbereikbare_provider_van_de_gemeente_geeft_een_melding_op_de_inlogpagina_en_geen_foutpagina()
    {
        await using var app = new AppFactoryMetInstellingen(new()
        {
            ["Gemeenteaccount:Autoriteit"] = "http://127.0.0.1:9", ["Gemeenteaccount:MetadataAlleenOverHttps"] = "false",
            ["Gemeenteaccount:ClientId"] = "gezinsveiligheid", ["Gemeenteaccount:ClientGeheim"] = "geheim",
        });
        var client = app.NieuweClient();
        var login = await client.GetHtmlAsync("/Account/Login");
        var start = login.QuerySelector("a[href^='/Account/Gemeente?']")!.GetAttribute("href")!;

        var antwoord = await client.GetAsync(new Uri(start, UriKind.Relative));

        Assert.Equal((HttpStatusCode.Redirect, "/Account/Login?gemeente=onbereikbaar"), (antwoord.StatusCode, antwoord.Headers.Location?.OriginalString));
        var melding = (await client.GetHtmlAsync("/Account/Login?gemeente=onbereikbaar")).QuerySelector("[role=alert]")?.TextContent;
        Assert.StartsWith("Het inloggen van de gemeente is nu niet bereikbaar.", melding, StringComparison.Ordinal);
    }

    private static AppDbContext Context(Dictionary<string, string?> instellingen)
    {
        var configuratie = new ConfigurationBuilder().AddInMemoryCollection(instellingen).Build();
        var services = new ServiceCollection().AddGezinsveiligheidDatabase(configuratie, "/app").BuildServiceProvider();
        return services.GetRequiredService<AppDbContext>();
    }

    private sealed class AppFactoryMetInstellingen(Dictionary<string, string> instellingen) : AppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (sleutel, waarde) in instellingen)
            {
                builder.UseSetting(sleutel, waarde);
            }
        }
    }
}
