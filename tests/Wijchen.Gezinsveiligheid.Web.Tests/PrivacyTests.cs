using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>The privacy officer's pages: the log filtered, the per-person access report, the chain check — and never dossier content.</summary>
public class PrivacyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Het_log_filtert_op_medewerker_en_dossier_en_de_raadpleging_staat_er_zelf_in()
    {
        var dossier = await Casusregiedossier();
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        await teamleider.GetHtmlAsync($"/Dossiers/{dossier.Id}");
        await teamleider.GetHtmlAsync($"/Dossiers/{dossier.Id}/Chronologie");
        var teamleiderId = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "teamleider@demo.example").Select(u => u.Id).SingleAsync());

        var privacy = await app.LogInAsync("privacy@demo.example");
        var pagina = await privacy.GetHtmlAsync($"/Privacy?Filter.Gebruiker={teamleiderId}&Filter.Kenmerk={Weergave.Kenmerk(dossier.Id)}");

        var rijen = pagina.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Chronologie", "Dossier"], rijen.Select(r => r[6]));
        Assert.All(rijen, r => Assert.StartsWith("Marieke van den Broek", r[2], StringComparison.Ordinal));
        Assert.DoesNotContain(dossier.Naam, pagina.Tekst(), StringComparison.Ordinal);

        var eigen = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().OrderByDescending(r => r.Volgnummer).FirstAsync());
        Assert.Equal(("Sofie de Ruiter", Toegangssoort.Zoeken, "Toegangslog", dossier.Id), (eigen.GebruikerNaam, eigen.Soort, eigen.Onderdeel, eigen.DossierId));
    }

    [Fact]
    public async Task Een_onjuist_filter_krijgt_een_melding_bij_het_veld_en_houdt_de_invoer()
    {
        var privacy = await app.LogInAsync("privacy@demo.example");

        var pagina = await privacy.GetHtmlAsync("/Privacy?Filter.Kenmerk=xyz&Filter.Van=2026-11-10&Filter.Tot=2026-11-01");

        Assert.StartsWith("Een kenmerk bestaat uit 12 tekens", pagina.QuerySelector("#Filter_Kenmerk-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("xyz", pagina.QuerySelector("#Filter_Kenmerk")?.GetAttribute("value"));
        Assert.Equal("De einddatum ligt voor de begindatum.", pagina.QuerySelector("#Filter_Tot-fout")?.TextContent);
        Assert.Empty(pagina.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Het_inzageverslag_noemt_wie_het_dossier_zag_maar_niet_de_melder_het_gezin_of_de_inhoud()
    {
        var dossier = await Casusregiedossier();
        var kind = dossier.Gezinsleden.First(g => g.Bsn is not null);
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        await teamleider.GetHtmlAsync($"/Dossiers/{dossier.Id}");
        var privacy = await app.LogInAsync("privacy@demo.example");

        var verslag = await Formulier.OpenAsync(privacy, "/Privacy/Inzage");
        var antwoord = await verslag.Vul("Input.Bsn", kind.Bsn!.Waarde).VerstuurAsync();
        Assert.Equal("/Privacy/Inzage", antwoord.RequestMessage!.RequestUri!.PathAndQuery);
        var pagina = await antwoord.HtmlAsync();

        var tekst = pagina.Tekst();
        Assert.Contains("Marieke van den Broek", tekst, StringComparison.Ordinal);
        Assert.Contains("Sociaal Wijkteam Wijchen-Centrum", tekst, StringComparison.Ordinal);
        Assert.Contains(Weergave.Kenmerk(dossier.Id), tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Melding.MelderNaam, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Melding.MelderContact, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Naam, tekst, StringComparison.Ordinal);
        Assert.All(dossier.Gezinsleden, lid => Assert.DoesNotContain(lid.Naam, tekst, StringComparison.Ordinal));

        var gelogd = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().OrderByDescending(r => r.Volgnummer).FirstAsync());
        Assert.Equal(("Sofie de Ruiter", InzageOnderdeel, dossier.Id), (gelogd.GebruikerNaam, gelogd.Onderdeel, gelogd.DossierId));

        var ongeldig = await (await (await Formulier.OpenAsync(privacy, "/Privacy/Inzage")).Vul("Input.Bsn", "123456789").VerstuurAsync()).HtmlAsync();
        Assert.StartsWith("Dit BSN is ongeldig", ongeldig.QuerySelector("#Input_Bsn-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("123456789", ongeldig.QuerySelector("#Input_Bsn")?.GetAttribute("value"));
    }

    [Fact]
    public async Task De_ketencontrole_loopt_op_de_achtergrond_en_meldt_een_intacte_keten_met_de_laatste_hash()
    {
        var privacy = await app.LogInAsync("privacy@demo.example");

        var gestart = await (await Formulier.OpenAsync(privacy, "/Privacy/Keten")).VerstuurAsync();
        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        var stand = await WachtOpKetencontroleAsync(privacy);

        Assert.False(stand.GetProperty("bezig").GetBoolean());
        Assert.Equal(100, stand.GetProperty("procent").GetInt32());
        var pagina = await privacy.GetHtmlAsync("/Privacy/Keten");
        Assert.Contains("De keten is intact.", pagina.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        // The hash shown is the head's as it was when the check ended; every later page view adds a row.
        var regel = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().SingleAsync(r => r.Hash == pagina.QuerySelector("[role=status] code")!.TextContent));
        Assert.Contains($"Regel {regel.Volgnummer} heeft de hash", pagina.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Polls the progress the page's script reads, as the browser would, until the check has ended.</summary>
    private static async Task<System.Text.Json.JsonElement> WachtOpKetencontroleAsync(HttpClient client)
    {
        for (var poging = 0; poging < 300; poging++)
        {
            var stand = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/Privacy/Keten?handler=Voortgang", UriKind.Relative))).RootElement;
            if (!stand.GetProperty("bezig").GetBoolean())
            {
                return stand;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("De ketencontrole is na 30 seconden nog niet klaar.");
    }

    [Theory]
    [InlineData("vt@demo.example")]
    [InlineData("teamleider@demo.example")]
    [InlineData("beheerder@demo.example")]
    [InlineData("manager@demo.example")]
    public async Task Alleen_de_privacyfunctionaris_ziet_het_log(string email)
    {
        var client = await app.LogInAsync(email);

        foreach (var pagina in new[] { "/Privacy", "/Privacy/Noodtoegang", "/Privacy/Inzage", "/Privacy/Keten" })
        {
            var antwoord = await client.GetAsync(new Uri(pagina, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            Assert.StartsWith("/Account/GeenToegang", antwoord.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    private const string InzageOnderdeel = "Inzagerapport per persoon";

    private Task<Dossier> Casusregiedossier() => app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat()
        .Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie && d.Gezinsleden.Any(g => g.Bsn != null))
        .OrderBy(d => d.Naam).FirstAsync());
}
