using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public partial class PlatformTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task De_gezondheidscontroles_zijn_zonder_inloggen_bereikbaar(string url)
    {
        var antwoord = await app.NieuweClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("Healthy", await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Elke_pagina_noemt_een_favicon_dat_er_is()
    {
        var pagina = await app.NieuweClient().GetHtmlAsync("/Account/Login");
        var icoon = pagina.QuerySelector("link[rel=icon]")!.GetAttribute("href")!;

        var antwoord = await app.NieuweClient().GetAsync(new Uri(icoon, UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, "image/svg+xml"), (antwoord.StatusCode, antwoord.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Een_onbekende_pagina_geeft_de_Nederlandse_foutpagina_met_een_kenmerk()
    {
        var client = await app.LogInAsync("vt@demo.example");
        var antwoord = await client.GetAsync(new Uri("/bestaat/niet", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        var pagina = await antwoord.HtmlAsync();
        Assert.Equal("Niet gevonden", pagina.QuerySelector("h1")!.TextContent);
        Assert.Matches(TraceId(), pagina.QuerySelector(".kenmerk")!.TextContent);
        Assert.Equal("nl", pagina.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Technische_logs_bevatten_geen_namen_bsn_of_e_mailadressen()
    {
        var (naam, bsn) = await app.MetDbAsync(async db =>
        {
            var lid = await db.Dossiers.SelectMany(d => d.Gezinsleden).Where(g => g.Bsn != null).OrderBy(g => g.Naam).FirstAsync();
            return (lid.Naam, lid.Bsn!.Waarde);
        });
        var client = await app.LogInAsync("vt@demo.example");
        await app.NieuweClient().PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "vt@demo.example", ["Input.Wachtwoord"] = "fout-wachtwoord-123" });
        await client.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.Zoekterm"] = naam });
        var id = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Gezinsleden.Any(g => g.Naam == naam)).Select(d => d.Id).FirstAsync());
        await client.GetHtmlAsync($"/Dossiers/{id}");

        // The request-completion line is written just after the response reaches the client: wait for it, briefly.
        var logs = "";
        for (var poging = 0; poging < 50 && !(logs.Contains("Aanmelding geslaagd", StringComparison.Ordinal) && logs.Contains("/Dossiers/" + id, StringComparison.Ordinal)); poging++)
        {
            await Task.Delay(100);
            logs = string.Join("\n", Directory.GetFiles(Path.Combine(app.DataMap, "logs")).Select(Lees));
        }

        Assert.Contains("Aanmelding geslaagd", logs, StringComparison.Ordinal);
        Assert.Contains("/Dossiers/" + id, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(naam, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(naam.Split(' ')[^1], logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(bsn, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("vt@demo.example", logs, StringComparison.Ordinal);
    }

    private static string Lees(string pad)
    {
        using var stream = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceId();
}
