using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>The dashboard pages through HTTP on the demo data: who may open them, what each sees, the report and the reassignment.</summary>
public class DashboardPaginaTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("wijkteam@demo.example", "/Dashboard")]
    [InlineData("wijkteam@demo.example", "/Dashboard/Dossiers?fase=Casusregie")]
    [InlineData("wijkteam@demo.example", "/Dashboard/Rapport?handler=Csv")]
    [InlineData("vt@demo.example", "/Dashboard")]
    [InlineData("beheerder@demo.example", "/Dashboard/Rapport")]
    [InlineData("manager@demo.example", "/Dashboard/Herverdelen")]
    public async Task Wie_geen_manager_of_teamleider_is_komt_niet_op_het_dashboard(string email, string url)
    {
        var client = await app.LogInAsync(email);

        var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Account/GeenToegang", antwoord.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_teamleider_ziet_alleen_zijn_eigen_team_ook_als_hij_om_een_ander_vraagt()
    {
        var client = await app.LogInAsync("teamleider@demo.example");

        var dashboard = await client.GetHtmlAsync($"/Dashboard?team={DemoSeeder.WijkteamDorpen}");
        var lijst = await client.GetHtmlAsync($"/Dashboard/Dossiers?fase=Casusregie&team={DemoSeeder.WijkteamDorpen}");

        Assert.Null(dashboard.QuerySelector("#filter-team"));
        Assert.Contains("Sociaal Wijkteam Wijchen-Centrum", dashboard.QuerySelector(".ondertitel")!.TextContent);
        var centrum = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum)
            .OrderBy(d => d.Naam).Select(d => d.Naam).ToListAsync());
        Assert.Equal(2, centrum.Count);
        Assert.Equal(centrum, lijst.QuerySelectorAll("tbody a[href^='/Dossiers/']").Select(a => a.TextContent).Order());
        Assert.Equal(2, lijst.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Een_manager_ziet_alle_teams_maar_in_de_lijst_geen_namen_en_geen_links_naar_dossiers()
    {
        var client = await app.LogInAsync("manager@demo.example");

        var dashboard = await client.GetHtmlAsync("/Dashboard");
        var link = dashboard.QuerySelectorAll("a").Single(a => a.GetAttribute("aria-label") == "3 dossiers in Casusregie wijkteam").GetAttribute("href")!;
        var lijst = await client.GetHtmlAsync(link);

        Assert.Equal(3, lijst.QuerySelectorAll("tbody tr").Length);
        Assert.Empty(lijst.QuerySelectorAll("tbody a"));
        var namen = await app.MetDbAsync(db => db.Dossiers.Select(d => d.Naam).ToListAsync());
        Assert.DoesNotContain(namen, naam => lijst.Tekst().Contains(naam, StringComparison.Ordinal));
        Assert.Equal(3, lijst.QuerySelectorAll("tbody .kenmerk").Length);
    }

    [Fact]
    public async Task Een_ongeldige_periode_krijgt_een_melding_bij_het_veld_en_houdt_de_invoer()
    {
        var client = await app.LogInAsync("manager@demo.example");

        var pagina = await client.GetHtmlAsync("/Dashboard?van=2026-12-01&tot=2026-11-01");

        Assert.Equal("De begindatum ligt na de einddatum.", pagina.QuerySelector("#filter-van-fout")!.TextContent);
        Assert.Equal("2026-12-01", pagina.QuerySelector("#filter-van")!.GetAttribute("value"));
        Assert.Equal("true", pagina.QuerySelector("#filter-van")!.GetAttribute("aria-invalid"));
        Assert.Contains("1 september 2026 tot en met 16 november 2026", pagina.QuerySelector(".ondertitel")!.TextContent);
    }

    [Fact]
    public async Task De_CSV_opent_in_Nederlandse_Excel_en_het_rapport_noemt_de_vijf_themas_zonder_gezinsnamen()
    {
        var client = await app.LogInAsync("manager@demo.example");

        var csv = await client.GetAsync(new Uri("/Dashboard/Rapport?handler=Csv&van=2026-09-01&tot=2026-11-16", UriKind.Relative));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var rapport = await client.GetHtmlAsync("/Dashboard/Rapport?van=2026-09-01&tot=2026-11-16");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inspectierapport-gezinsveiligheid-2026-09-01-tot-en-met-2026-11-16.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Thema;Cijfer;Waarde;Aantal;Mediaan (werkdagen);90e percentiel (werkdagen);Over;Definitie", regels[0]);
        Assert.Contains(regels, r => r.StartsWith("Regievoering;Dossiers zonder regiehouder;0;0;;;op 16 november 2026;", StringComparison.Ordinal));
        Assert.Equal(["Overdracht", "Veiligheid", "Regievoering", "Integraal werken", "Evalueren", "Ontwikkeling per maand"],
            rapport.QuerySelectorAll("main h2").Select(h => h.TextContent));
        var namen = await app.MetDbAsync(db => db.Dossiers.Select(d => d.Naam).Concat(db.Dossiers.SelectMany(d => d.Gezinsleden).Select(g => g.Naam)).ToListAsync());
        var tekst = Encoding.UTF8.GetString(bytes) + rapport.Tekst();
        Assert.DoesNotContain(namen, naam => tekst.Contains(naam, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Herverdelen_vraagt_per_dossier_een_notitie_en_maakt_elke_overdracht_een_regiewissel_in_Mijn_werk_van_de_nieuwe()
    {
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var (joris, lars) = await app.MetDbAsync(async db => (
            await db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == "wijkteam3@demo.example").Select(u => u.Id).SingleAsync()));
        var dossiers = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == joris).OrderBy(d => d.Naam)
            .Select(d => new { d.Id, d.Naam }).ToListAsync());
        Assert.Equal(2, dossiers.Count);

        var formulier = await Formulier.OpenAsync(teamleider, $"/Dashboard/Herverdelen?van={joris}");
        var index = Enumerable.Range(0, 2).Single(i => formulier.Waarde($"Input.Regels[{i}].DossierId") == dossiers[0].Id.ToString());
        formulier.Kies($"Input.Regels[{index}].Meenemen", "true").Vul($"Input.Regels[{index}].NieuweCasusregisseur", lars);
        var fout = await Formulier.VanAsync(teamleider, await formulier.VerstuurAsync());

        Assert.Equal("Schrijf een overdrachtsnotitie voor de nieuwe casusregisseur.",
            fout.Pagina.QuerySelector($"[id='Input_Regels_{index}__Notitie-fout']")!.TextContent.Trim());
        Assert.Equal(lars, fout.Waarde($"Input.Regels[{index}].NieuweCasusregisseur"));
        Assert.Equal(joris, await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossiers[0].Id).Select(d => d.RegiehouderId).SingleAsync()));

        fout.Vul($"Input.Regels[{index}].Notitie", "Joris is met verlof; het gezin verwacht een belletje op maandag.");
        var terug = await (await fout.VerstuurAsync()).DoorgestuurdAsync();

        Assert.Contains("1 dossier overgedragen.", (await teamleider.GetHtmlAsync(terug)).Tekst());
        var wissel = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossiers[0].Id).SelectMany(d => d.Regiehistorie).OrderByDescending(r => r.Volgnummer).FirstAsync());
        Assert.Equal((joris, lars, "Joris is met verlof; het gezin verwacht een belletje op maandag."), (wissel.VanId, wissel.NaarId, wissel.Reden));
        Assert.Equal(joris, await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossiers[1].Id).Select(d => d.RegiehouderId).SingleAsync()));

        var mijnWerk = await (await app.LogInAsync("wijkteam3@demo.example")).GetHtmlAsync("/");
        var overgedragen = mijnWerk.QuerySelector("#kop-overgedragen")!.ParentElement!.TextContent;
        Assert.Contains(dossiers[0].Naam, overgedragen);
        Assert.Contains("van Joris Hendriks aan u overgedragen door Marieke van den Broek", overgedragen);
        Assert.Contains("Joris is met verlof", overgedragen);
    }
}
