using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class DossierPaginaTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Elke_actie_uit_de_catalogus_heeft_een_pagina_onder_het_adres_van_het_dossier()
    {
        var links = app.Services.GetRequiredService<LinkGenerator>();
        var dossier = Guid.NewGuid();
        Assert.All(DossierActies.Alle, a =>
        {
            // Actions offered per row (an MDO action) name the row too; a page without that route value takes it as a query.
            var pad = links.GetPathByPage(a.Pagina, values: new { id = dossier, soort = a.Actie, actieId = Guid.NewGuid() });
            Assert.True(pad is not null, $"{a.Actie}: de pagina {a.Pagina} bestaat niet");
            // A later melding is registered on the melding form, which finds the family's open dossier itself.
            Assert.True(a.Actie == DossierActie.MeldingToevoegen || pad.StartsWith($"/Dossiers/{dossier}/", StringComparison.Ordinal), $"{a.Actie}: {pad}");
        });
    }

    [Fact]
    public async Task Veilig_Thuis_ziet_alle_open_dossiers_met_de_vroegste_termijn_bovenaan()
    {
        var open = await app.MetDbAsync(db => db.Dossiers.CountAsync(d => d.Fase != DossierFase.Afgesloten));
        var client = await app.LogInAsync("vt@demo.example");
        var pagina = await client.GetHtmlAsync("/Dossiers");

        Assert.Contains($"{open} dossiers gevonden", pagina.Tekst(), StringComparison.Ordinal);
        Assert.Equal(Math.Min(open, 25), Rijen(pagina).Count);
        var eerste = Rijen(pagina)[0];
        var vroegste = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Deadline != null).OrderBy(d => d.Deadline).ThenBy(d => d.Naam).Select(d => d.Naam).FirstAsync());
        Assert.Equal(vroegste, eerste.Cells[0].TextContent);
        Assert.Contains("werkdagen te laat", eerste.Cells[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_dossier_biedt_de_volgende_stap_als_hoofdknop_en_afwijzen_apart_met_een_balk_naar_elk_onderdeel()
    {
        var dossier = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum)
            .OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());
        var teamleider = await app.LogInAsync("teamleider@demo.example");

        var pagina = await teamleider.GetHtmlAsync($"/Dossiers/{dossier}");

        var primair = pagina.QuerySelectorAll(".acties a.utrecht-button-link--primary-action").Select(a => a.TextContent).ToList();
        var afwijkend = pagina.QuerySelectorAll(".acties__lijst--afwijkend a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Overdrachtsgesprek plannen"], primair);
        Assert.Equal(["Overdracht afwijzen"], afwijkend);
        var onderdelen = pagina.QuerySelectorAll("nav[aria-label='Onderdelen van het dossier'] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(onderdelen, anker => Assert.NotNull(pagina.GetElementById(anker[1..])));
        Assert.Contains("#kop-gezin", onderdelen);
    }

    [Fact]
    public async Task Afgesloten_dossiers_staan_op_verzoek_in_de_lijst_met_paginering()
    {
        var client = await app.LogInAsync("vt@demo.example");
        var pagina1 = await (await client.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.OokAfgesloten"] = "true", ["Filter.Pagina"] = "1" })).HtmlAsync();
        Assert.Contains("30 dossiers gevonden", pagina1.Tekst(), StringComparison.Ordinal);
        Assert.Equal(25, Rijen(pagina1).Count);
        Assert.Contains("Pagina 1 van 2", pagina1.Tekst(), StringComparison.Ordinal);

        var pagina2 = await (await client.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.OokAfgesloten"] = "true", ["Filter.Pagina"] = "2" })).HtmlAsync();
        Assert.Equal(5, Rijen(pagina2).Count);
        Assert.Empty(Rijen(pagina1).Select(r => r.Cells[0].TextContent).Intersect(Rijen(pagina2).Select(r => r.Cells[0].TextContent)));
    }

    [Fact]
    public async Task Zoeken_op_de_naam_van_een_gezinslid_vindt_het_gezin_zonder_de_naam_in_de_url()
    {
        var (gezin, kind) = await app.MetDbAsync(async db =>
        {
            var dossier = await db.Dossiers.Include(d => d.Gezinsleden).Where(d => d.Fase == DossierFase.Casusregie).OrderBy(d => d.Naam).FirstAsync();
            return (dossier.Naam, dossier.Gezinsleden.First(g => g.Rol == GezinslidRol.Kind).Naam);
        });
        var client = await app.LogInAsync("vt@demo.example");
        var antwoord = await client.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.Zoekterm"] = kind.ToUpperInvariant() });

        Assert.Equal("/Dossiers", antwoord.RequestMessage!.RequestUri!.PathAndQuery);
        var namen = Rijen(await antwoord.HtmlAsync()).Select(r => r.Cells[0].TextContent).ToList();
        Assert.Contains(gezin, namen);
        Assert.All(namen, naam => Assert.EndsWith(kind.Split(' ', 2)[1], naam, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Jokertekens_in_de_zoekterm_zijn_gewone_tekens(string zoekterm)
    {
        var client = await app.LogInAsync("vt@demo.example");
        var pagina = await (await client.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.Zoekterm"] = zoekterm })).HtmlAsync();
        Assert.Contains("0 dossiers gevonden", pagina.Tekst(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_dossier_toont_gezin_fase_regie_termijn_regiehistorie_en_chronologie()
    {
        var dossier = await app.MetDbAsync(db => db.Dossiers.Include(d => d.Gezinsleden).Include(d => d.Regiehistorie).Include(d => d.Chronologie)
            .AsSplitQuery().Where(d => d.Fase == DossierFase.Casusregie && d.PlanVastgesteldOp == null).OrderBy(d => d.Naam).FirstAsync());
        var client = await app.LogInAsync("vt@demo.example");
        var pagina = await client.GetHtmlAsync($"/Dossiers/{dossier.Id}");
        var tekst = pagina.Tekst();

        Assert.Equal(dossier.Naam, pagina.QuerySelector("h1")!.TextContent);
        Assert.Contains("Casusregie wijkteam", tekst, StringComparison.Ordinal);
        Assert.Contains($"{dossier.RegiehouderNaam} — casusregisseur wijkteam", tekst, StringComparison.Ordinal);
        Assert.Contains("Veiligheidsplan vastgesteld uiterlijk", tekst, StringComparison.Ordinal);
        Assert.All(dossier.Gezinsleden, lid => Assert.Contains(lid.Naam, tekst, StringComparison.Ordinal));
        foreach (var lid in dossier.Gezinsleden.Where(g => g.Bsn is not null))
        {
            Assert.DoesNotContain(lid.Bsn!.Waarde, pagina.DocumentElement.OuterHtml, StringComparison.Ordinal);
            Assert.Contains(lid.Bsn.Gemaskeerd, tekst, StringComparison.Ordinal);
        }

        var regieRijen = pagina.QuerySelectorAll("#kop-regie + table tbody tr");
        Assert.Equal(dossier.Regiehistorie.Count, regieRijen.Length);
        Assert.Contains("Warme overdracht geaccepteerd", regieRijen[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(dossier.Chronologie.Count, pagina.QuerySelectorAll(".chronologie li").Length);
        Assert.Contains(dossier.Melding.MelderNaam, tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_casusregisseur_ziet_het_eigen_dossier_maar_niet_de_melder()
    {
        var dossier = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum).OrderBy(d => d.Naam).FirstAsync());
        var client = await app.LogInAsync("wijkteam@demo.example");
        var pagina = await client.GetHtmlAsync($"/Dossiers/{dossier.Id}");

        Assert.Equal(dossier.Naam, pagina.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(dossier.Melding.MelderNaam, pagina.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Melder", pagina.Tekst(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wijkteam@demo.example")]
    [InlineData("teamleider@demo.example")]
    [InlineData("beheerder@demo.example")]
    [InlineData("privacy@demo.example")]
    [InlineData("manager@demo.example")]
    public async Task Een_dossier_buiten_je_werk_is_net_zo_onvindbaar_als_een_dossier_dat_niet_bestaat(string email)
    {
        var vanAnderTeam = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamDorpen).Select(d => d.Id).FirstAsync());
        var client = await app.LogInAsync(email);

        var anders = await client.GetAsync(new Uri($"/Dossiers/{vanAnderTeam}", UriKind.Relative));
        var bestaatNiet = await client.GetAsync(new Uri($"/Dossiers/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, anders.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bestaatNiet.StatusCode);
        Assert.Equal((await bestaatNiet.HtmlAsync()).TekstZonderKenmerk(), (await anders.HtmlAsync()).TekstZonderKenmerk());
    }

    [Theory]
    [InlineData("teamleider@demo.example")]
    [InlineData("teamleider2@demo.example")]
    [InlineData("wijkteam@demo.example")]
    [InlineData("wijkteam2@demo.example")]
    public async Task De_lijst_toont_alleen_de_dossiers_waar_je_voor_je_werk_bij_hoort(string email)
    {
        var client = await app.LogInAsync(email);
        var pagina = await (await client.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.OokAfgesloten"] = "true" })).HtmlAsync();
        var getoond = Rijen(pagina).Select(r => r.Cells[0].TextContent).Order().ToList();

        var gebruiker = await app.MetDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var isTeamleider = email.StartsWith("teamleider", StringComparison.Ordinal);
        var isWijkteam = email.StartsWith("wijkteam", StringComparison.Ordinal);
        var verwacht = await app.MetDbAsync(db => db.Dossiers
            .Where(d => (isTeamleider && d.WijkteamId == gebruiker.TeamId)
                || (isWijkteam && (d.RegiehouderId == gebruiker.Id
                    || (d.WijkteamId == gebruiker.TeamId && (d.Fase == DossierFase.OverdrachtAangeboden || d.Fase == DossierFase.OverdrachtsgesprekGepland)))))
            .Select(d => d.Naam).OrderBy(n => n).ToListAsync());

        Assert.Equal(verwacht.Order(), getoond);
        Assert.NotEmpty(getoond);
    }

    [Theory]
    [InlineData("vt@demo.example")]
    [InlineData("wijkteam@demo.example")]
    [InlineData("teamleider@demo.example")]
    public async Task Elke_link_op_de_dossierpaginas_leidt_naar_een_bestaande_pagina(string email)
    {
        // One dossier per phase this user can see: the links (buttons, rows, plan versions, back links) differ per phase.
        var client = await app.LogInAsync(email);
        var lijst = await (await client.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.OokAfgesloten"] = "true" })).HtmlAsync();
        var zichtbaar = Rijen(lijst).Select(r => r.QuerySelector("a")!.GetAttribute("href")!).ToList();
        var dossiers = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Select(d => new { d.Id, d.Fase }).ToListAsync());
        var perFase = dossiers.Where(d => zichtbaar.Contains($"/Dossiers/{d.Id}")).GroupBy(d => d.Fase).Select(g => g.First().Id).ToList();
        Assert.True(perFase.Count >= 3, $"{email} ziet maar {perFase.Count} fasen");

        var bezocht = new HashSet<string>();
        var fouten = new List<string>();
        foreach (var dossier in perFase)
        {
            var pagina = await client.GetHtmlAsync($"/Dossiers/{dossier}");
            var links = pagina.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
            fouten.AddRange(links.Where(string.IsNullOrEmpty).Select(_ => $"/Dossiers/{dossier}: een link zonder adres"));
            foreach (var link in links.OfType<string>().Where(l => l.StartsWith('/')).Select(l => l.Split('#')[0]).Where(bezocht.Add))
            {
                var antwoord = await client.GetAsync(new Uri(link, UriKind.Relative));
                if (antwoord.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
                {
                    fouten.Add($"/Dossiers/{dossier} → {link}: {(int)antwoord.StatusCode}");
                }
            }
        }

        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten));
        Assert.True(bezocht.Count > 10, $"maar {bezocht.Count} links gevolgd");
    }

    private static List<IHtmlTableRowElement> Rijen(IHtmlDocument pagina) =>
        [.. pagina.QuerySelectorAll("table.tabel tbody tr").OfType<IHtmlTableRowElement>()];
}
