using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class DemoTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task De_demo_heeft_dossiers_in_elke_fase_en_elk_dossier_voldoet_aan_de_regie_invariant()
    {
        var dossiers = await app.MetDbAsync(db => Web.Data.DossierQueries.MetAggregaat(db.Dossiers.AsNoTracking()).ToListAsync());

        Assert.Equal(30, dossiers.Count);
        Assert.Equal(Enum.GetValues<DossierFase>().Order(), dossiers.Select(d => d.Fase).Distinct().Order());
        Assert.All(dossiers, d => Assert.True(d.HeeftEnkeleRegiehouder(), d.Naam));
        Assert.All(dossiers, d => Assert.Equal(d.Versie, d.Chronologie.Count));
        var vandaag = app.Services.GetRequiredService<Termijnberekening>().Datum(app.Klok.Nu);
        Assert.Contains(dossiers, d => d.Deadline < vandaag);
        Assert.Contains(dossiers, d => d.Deadline >= vandaag);
    }

    [Theory]
    [InlineData("vt@demo.example")]
    [InlineData("wijkteam@demo.example")]
    [InlineData("wijkteam2@demo.example")]
    [InlineData("wijkteam3@demo.example")]
    [InlineData("teamleider@demo.example")]
    [InlineData("teamleider2@demo.example")]
    [InlineData("manager@demo.example")]
    [InlineData("beheerder@demo.example")]
    [InlineData("privacy@demo.example")]
    public async Task Elk_demo_account_uit_de_README_kan_inloggen(string email)
    {
        Assert.Contains(DemoSeeder.Accounts, a => a.Email == email);
        var client = await app.LogInAsync(email);
        // Mijn werk, or the role's own start page it sends a manager, privacy officer or beheerder to.
        var antwoord = await client.GetAsync(new Uri("/", UriKind.Relative));
        var start = antwoord.Headers.Location is { } naar ? await client.GetHtmlAsync(naar.OriginalString) : await antwoord.HtmlAsync();
        Assert.Contains(DemoSeeder.Accounts.Single(a => a.Email == email).Naam, start.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_README_noemt_elk_demo_account_en_het_wachtwoord()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "README.md"));
        Assert.Contains(DemoSeeder.Wachtwoord, readme, StringComparison.Ordinal);
        Assert.All(DemoSeeder.Accounts, a => Assert.Contains(a.Email, readme, StringComparison.Ordinal));
    }
}

public class ProductieTests
{
    [Fact]
    public async Task Buiten_Development_wordt_de_database_gemigreerd_maar_nooit_met_demogegevens_gevuld()
    {
        await using var app = new ProductieFactory();
        Assert.Equal(0, await app.MetDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await app.MetDbAsync(db => db.Dossiers.CountAsync()));
        Assert.Equal(0, await app.MetDbAsync(db => db.Teams.CountAsync()));
        Assert.Empty(await app.MetDbAsync(db => db.Database.GetPendingMigrationsAsync()));
    }

    private sealed class ProductieFactory : AppFactory
    {
        protected override string Omgeving => "Production";
    }
}

internal static class Repo
{
    /// <summary>The repository root: the folder that holds the solution file.</summary>
    public static string Root { get; } = Zoek(AppContext.BaseDirectory);

    private static string Zoek(string map) =>
        File.Exists(Path.Combine(map, "Wijchen.Gezinsveiligheid.sln")) ? map
        : Path.GetDirectoryName(map) is { } ouder ? Zoek(ouder)
        : throw new InvalidOperationException("Repository niet gevonden.");
}
