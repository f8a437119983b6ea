using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>The casusregisseur's tools through HTTP, as wijkteam@ (casusregisseur in Wijchen-Centrum), its teamleider and VT would use them.</summary>
public class CasusregieTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Een_plan_zonder_afspraken_wordt_niet_vastgesteld_en_daarna_wel_gedeeld_en_in_een_nieuwe_versie_gewijzigd()
    {
        var joris = await JorisIdAsync();
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == joris && d.PlanVastgesteldOp == null && d.Veiligheidsplannen.Any());
        var casusregisseur = await app.LogInAsync("wijkteam@demo.example");

        var concept = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Veiligheidsplan/Bewerken");
        concept.Vul("Input.VolgendeEvaluatie", "2026-12-14");
        for (var i = 0; i < 3; i++)
        {
            foreach (var veld in new[] { "Wie", "Wat", "Wanneer", "AlsHetMisgaat" })
            {
                concept.Vul($"Input.Afspraken[{i}].{veld}", "");
            }
        }

        Assert.EndsWith("/Veiligheidsplan", await (await concept.VerstuurAsync()).DoorgestuurdAsync(), StringComparison.Ordinal);
        var vaststellen = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Veiligheidsplan/Vaststellen");
        Assert.Contains("Leg minstens één afspraak vast.", vaststellen.Pagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var geweigerd = await (await vaststellen.VerstuurAsync()).HtmlAsync();
        Assert.Contains("Het plan kan nog niet worden vastgesteld. Leg minstens één afspraak vast.", geweigerd.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Concept, (await Laad(dossier.Id)).HuidigPlan!.Status);

        var teamleider = await app.LogInAsync("teamleider@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await teamleider.GetAsync(new Uri($"/Dossiers/{dossier.Id}/Veiligheidsplan/Vaststellen", UriKind.Relative))).StatusCode);

        var aanvullen = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Veiligheidsplan/Bewerken");
        aanvullen.Vul("Input.Afspraken[0].Wie", "Moeder").Vul("Input.Afspraken[0].Wat", "Belt de buurvrouw").Vul("Input.Afspraken[0].Wanneer", "Bij ruzie")
            .Vul("Input.Afspraken[0].AlsHetMisgaat", "Buurvrouw belt 112").Vul("Input.VolgendeEvaluatie", "2026-12-14");
        await (await aanvullen.VerstuurAsync()).DoorgestuurdAsync();
        await (await (await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Veiligheidsplan/Vaststellen")).VerstuurAsync()).DoorgestuurdAsync();

        var vastgesteld = await Laad(dossier.Id);
        Assert.Equal((PlanStatus.Vastgesteld, vastgesteld.PlanVastgesteldOp), (vastgesteld.GeldendPlan!.Status, (DateOnly?)new DateOnly(2026, 11, 16)));
        var school = vastgesteld.Netwerkpartners.Single();
        Assert.Contains($"Plan niet gedeeld met: {school.Weergave}.", (await casusregisseur.GetHtmlAsync($"/Dossiers/{dossier.Id}")).Tekst(), StringComparison.Ordinal);

        var delen = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Veiligheidsplan/Verspreiden");
        await (await delen.Kies("Input.Partijen", school.Id.ToString()).VerstuurAsync()).DoorgestuurdAsync();
        Assert.DoesNotContain("Plan niet gedeeld met", (await casusregisseur.GetHtmlAsync($"/Dossiers/{dossier.Id}")).Tekst(), StringComparison.Ordinal);

        var wijzigen = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Veiligheidsplan/Bewerken");
        Assert.Contains("wordt versie 2", wijzigen.Pagina.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var oudeDoelen = wijzigen.Waarde("Input.Veiligheidsdoelen");
        await (await wijzigen.Vul("Input.Veiligheidsdoelen", "Vader ziet de kinderen alleen onder begeleiding.").VerstuurAsync()).DoorgestuurdAsync();

        var versies = (await Laad(dossier.Id)).Veiligheidsplannen;
        Assert.Equal([(1, PlanStatus.Vastgesteld, oudeDoelen), (2, PlanStatus.Concept, "Vader ziet de kinderen alleen onder begeleiding.")],
            versies.Select(p => (p.Versie, p.Status, p.Veiligheidsdoelen)));
        var vergelijking = await casusregisseur.GetHtmlAsync($"/Dossiers/{dossier.Id}/Veiligheidsplan/2?vergelijk=1");
        var doelen = vergelijking.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "Veiligheidsdoelen");
        Assert.Equal(["Veiligheidsdoelen", oudeDoelen, "Vader ziet de kinderen alleen onder begeleiding.", "gewijzigd"],
            doelen.Children.Select(c => c.TextContent.Trim()));
        Assert.Equal("gelijk", vergelijking.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "Zorgen").Children[^1].TextContent);
    }

    [Fact]
    public async Task De_afdrukversie_bevat_het_plan_maar_niet_de_melder_de_bsn_of_de_interne_notitie()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.Veiligheidsplannen.Any(p => p.InterneNotitie != null) && d.Gezinsleden.Any(g => g.Bsn != null));
        var casusregisseur = await app.LogInAsync(dossier.WijkteamId == DemoSeeder.WijkteamCentrum ? "wijkteam@demo.example" : "wijkteam2@demo.example");
        var plan = dossier.HuidigPlan!;

        var afdruk = await casusregisseur.GetHtmlAsync($"/Dossiers/{dossier.Id}/Veiligheidsplan/{plan.Versie}/Afdrukken");
        var tekst = afdruk.Body!.TextContent;

        Assert.Contains(plan.Veiligheidsdoelen, tekst, StringComparison.Ordinal);
        Assert.Contains(plan.Afspraken[0].AlsHetMisgaat, tekst, StringComparison.Ordinal);
        Assert.All(dossier.Gezinsleden, g => Assert.Contains(g.Naam, tekst, StringComparison.Ordinal));
        Assert.DoesNotContain(dossier.Melding.MelderNaam, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Melding.MelderRol, tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.InterneNotitie!, tekst, StringComparison.Ordinal);
        Assert.All(dossier.Gezinsleden.Where(g => g.Bsn is not null), g => Assert.DoesNotContain(g.Bsn!.Waarde, tekst, StringComparison.Ordinal));
        Assert.Null(afdruk.QuerySelector("nav"));
        Assert.Contains(plan.InterneNotitie!, (await casusregisseur.GetHtmlAsync($"/Dossiers/{dossier.Id}/Veiligheidsplan/{plan.Versie}")).Tekst(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_evaluatie_zonder_oordeel_voor_elk_kind_wordt_geweigerd_en_een_conclusie_terugmelden_leidt_naar_de_terugmelding()
    {
        var joris = await JorisIdAsync();
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == joris && d.Mdos.Any());
        var vandaag = new DateOnly(2026, 11, 16);
        var kinderen = dossier.Gezinsleden.Where(g => g.IsMinderjarigOp(vandaag)).ToList();
        var casusregisseur = await app.LogInAsync("wijkteam@demo.example");

        var evaluatie = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Evaluatie");
        evaluatie.Vul("Input.ProfessioneelOordeel", "Spanning neemt toe sinds vader terug is").Vul("Input.Schaalvraag", "3")
            .Vul("Input.StemVanHetKind", "De oudste is bang als vader boos wordt").Vul("Input.HulpvraagOuders", "Ouders willen hulp bij geldzaken")
            .Kies("Input.Conclusie", nameof(EvaluatieConclusie.Terugmelden));
        for (var i = 0; i < dossier.Gezinsleden.Count - kinderen.Count; i++)
        {
            evaluatie.Kies($"Input.Kindchecks[{i}].Afhankelijk", "false");
        }

        var pagina = await (await evaluatie.VerstuurAsync()).HtmlAsync();
        var index = Enumerable.Range(0, dossier.Gezinsleden.Count)
            .First(i => pagina.QuerySelector($"input[name='Input.Oordelen[{i}].GezinslidId']")!.GetAttribute("value") == kinderen[0].Id.ToString());
        Assert.Equal($"Geef een veiligheidsoordeel voor {kinderen[0].Naam}: elk kind wordt beoordeeld.", pagina.QuerySelector($"#Input_Oordelen_{index}__Oordeel-fout")!.TextContent);
        Assert.Equal("Ouders willen hulp bij geldzaken", pagina.QuerySelector("#Input_HulpvraagOuders")!.TextContent);
        Assert.Equal(dossier.Evaluaties.Count, (await Laad(dossier.Id)).Evaluaties.Count);

        var opnieuw = await Formulier.VanAsync(casusregisseur, await evaluatie.VerstuurAsync());
        foreach (var kind in kinderen)
        {
            var rij = Enumerable.Range(0, dossier.Gezinsleden.Count).First(i => opnieuw.Waarde($"Input.Oordelen[{i}].GezinslidId") == kind.Id.ToString());
            opnieuw.Vul($"Input.Oordelen[{rij}].Oordeel", nameof(VeiligheidsOordeel.Onveilig));
        }

        Assert.EndsWith($"/Dossiers/{dossier.Id}/Terugmelden", await (await opnieuw.VerstuurAsync()).DoorgestuurdAsync(), StringComparison.Ordinal);
        var na = await Laad(dossier.Id);
        var vastgelegd = na.LaatsteEvaluatie!;
        Assert.Equal(("Spanning neemt toe sinds vader terug is", "De oudste is bang als vader boos wordt", "Ouders willen hulp bij geldzaken", 3),
            (vastgelegd.ProfessioneelOordeel, vastgelegd.StemVanHetKind, vastgelegd.HulpvraagOuders, vastgelegd.Schaalvraag));
        Assert.Equal(kinderen.Select(k => k.Id).Order(), vastgelegd.Oordelen.Select(o => o.GezinslidId).Order());
        Assert.Equal(vandaag.AddMonths(3), na.EvaluatieUiterlijk);
    }

    [Fact]
    public async Task Een_niet_nageleefde_voorwaarde_vraagt_een_toelichting_en_biedt_direct_de_terugmelding_aan()
    {
        // Another team's dossier than the other tests use, because this one leaves casusregie.
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.WijkteamId != DemoSeeder.WijkteamCentrum);
        var voorwaarde = dossier.GeaccepteerdeOverdracht!.Voorwaarden[0];
        var casusregisseur = await app.LogInAsync("wijkteam2@demo.example");

        var controle = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Voorwaarden");
        var metToelichting = await Formulier.VanAsync(casusregisseur, await controle.Vul("Input.Controles[0].Naleving", nameof(Naleving.NietNageleefd)).VerstuurAsync());
        Assert.Equal("Licht toe wat er is gebeurd bij een voorwaarde die niet is nageleefd.", metToelichting.Pagina.QuerySelector("#Input_Controles_0__Toelichting-fout")!.TextContent);
        Assert.Equal(nameof(Naleving.NietNageleefd), metToelichting.Waarde("Input.Controles[0].Naleving"));
        Assert.Equal(voorwaarde.Controles.Count, (await Laad(dossier.Id)).GeaccepteerdeOverdracht!.Voorwaarden[0].Controles.Count);

        var naar = await (await metToelichting.Vul("Input.Controles[0].Toelichting", "Vader sloeg zaterdag met deuren").VerstuurAsync()).DoorgestuurdAsync();

        Assert.EndsWith($"/Dossiers/{dossier.Id}/Terugmelden", naar, StringComparison.Ordinal);
        var terugmelden = await Formulier.OpenAsync(casusregisseur, naar);
        Assert.Equal($"Veiligheidsvoorwaarde niet nageleefd: {voorwaarde.Omschrijving}", terugmelden.Waarde("Input.Reden"));
        Assert.Contains($"Veiligheidsvoorwaarde niet nageleefd: {voorwaarde.Omschrijving}", (await casusregisseur.GetHtmlAsync($"/Dossiers/{dossier.Id}")).Tekst(), StringComparison.Ordinal);
        await (await terugmelden.VerstuurAsync()).DoorgestuurdAsync();
        Assert.Equal(DossierFase.Opgeschaald, (await Laad(dossier.Id)).Fase);
    }

    [Fact]
    public async Task Een_MDO_actie_zonder_eigenaar_wordt_geweigerd_en_een_actie_voor_Veilig_Thuis_staat_in_hun_werk_tot_ze_is_afgerond()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Netwerkpartners.Any() && d.Mdos.All(m => m.Status == MdoStatus.Gehouden));
        var joris = await JorisIdAsync();
        var casusregisseur = await app.LogInAsync(dossier.RegiehouderId == joris ? "wijkteam@demo.example" : "teamleider@demo.example");

        var plannen = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Mdo/Plannen");
        // Planned early this morning (Dutch time), so that it has been held by now on the test's fixed clock.
        await (await plannen.Vul("Input.Op", "2026-11-16T08:00").Vul("Input.Locatie", "Wijkcentrum").Vul("Input.Agenda", "Stand van zaken").VerstuurAsync()).DoorgestuurdAsync();

        var vastleggen = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Mdo/Vastleggen");
        vastleggen.Vul("Input.Besluiten", "Vader start met begeleiding").Vul("Input.Acties[0].Wat", "Vader aanmelden bij begeleiding").Vul("Input.Acties[0].Uiterlijk", "2026-11-25");
        var pagina = await (await vastleggen.VerstuurAsync()).HtmlAsync();
        Assert.Equal("Elke actie heeft een eigenaar: wie voert hem uit?", pagina.QuerySelector("#Input_Acties_0__Eigenaar-fout")!.TextContent);
        Assert.Equal("Vader aanmelden bij begeleiding", pagina.QuerySelector("#Input_Acties_0__Wat")!.GetAttribute("value"));
        Assert.Equal(MdoStatus.Gepland, (await Laad(dossier.Id)).Mdos[^1].Status);

        var opnieuw = await Formulier.VanAsync(casusregisseur, await vastleggen.VerstuurAsync());
        await (await opnieuw.Vul("Input.Acties[0].Eigenaar", "m:" + dossier.VtBehandelaarId).VerstuurAsync()).DoorgestuurdAsync();
        var actie = (await Laad(dossier.Id)).OpenMdoActies.Single(a => a.Wat == "Vader aanmelden bij begeleiding");
        Assert.Equal((dossier.VtBehandelaarId, new DateOnly(2026, 11, 25)), (actie.EigenaarId!, actie.Uiterlijk));

        var vt = await app.LogInAsync("vt@demo.example");
        Assert.Contains("MDO-actie: Vader aanmelden bij begeleiding", (await vt.GetHtmlAsync("/")).Tekst(), StringComparison.Ordinal);
        await (await (await Formulier.OpenAsync(vt, $"/Dossiers/{dossier.Id}/Mdo/Actie/{actie.Id}")).VerstuurAsync()).DoorgestuurdAsync();
        Assert.DoesNotContain("MDO-actie: Vader aanmelden bij begeleiding", (await vt.GetHtmlAsync("/")).Tekst(), StringComparison.Ordinal);
        Assert.Contains("MDO-actie afgerond: Vader aanmelden bij begeleiding", (await vt.GetHtmlAsync($"/Dossiers/{dossier.Id}/Chronologie?soort=Mdo")).Tekst(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_netwerkpartner_zonder_betrokken_gezinsleden_wordt_geweigerd_en_daarna_getoond_en_te_wijzigen()
    {
        var joris = await JorisIdAsync();
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == joris);
        var casusregisseur = await app.LogInAsync("wijkteam@demo.example");

        var nieuw = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Netwerkpartner");
        nieuw.Vul("Input.Soort", nameof(NetwerkpartnerSoort.Ggz)).Vul("Input.Organisatie", "GGZ Oost Brabant").Vul("Input.Contactpersoon", "Mevrouw Smit");
        var fout = await Formulier.VanAsync(casusregisseur, await nieuw.VerstuurAsync());
        Assert.Equal("Kies voor welke gezinsleden deze partner betrokken is.", fout.Pagina.QuerySelector("#Input_Gezinsleden-fout")!.TextContent);
        Assert.Equal("GGZ Oost Brabant", fout.Waarde("Input.Organisatie"));
        Assert.Equal(dossier.Netwerkpartners.Count, (await Laad(dossier.Id)).Netwerkpartners.Count);

        await (await fout.Kies("Input.Gezinsleden", dossier.Gezinsleden[0].Id.ToString()).VerstuurAsync()).DoorgestuurdAsync();
        var partner = (await Laad(dossier.Id)).Netwerkpartners.Single(p => p.Organisatie == "GGZ Oost Brabant");
        Assert.Equal([dossier.Gezinsleden[0].Id], partner.Gezinsleden);
        Assert.Contains("GGZ Oost Brabant (GGZ)", (await casusregisseur.GetHtmlAsync($"/Dossiers/{dossier.Id}")).Tekst(), StringComparison.Ordinal);

        var wijzigen = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Netwerkpartner/{partner.Id}");
        Assert.Equal("Mevrouw Smit", wijzigen.Waarde("Input.Contactpersoon"));
        await (await wijzigen.Vul("Input.Contactpersoon", "Meneer Bos").VerstuurAsync()).DoorgestuurdAsync();
        Assert.Equal("Meneer Bos", (await Laad(dossier.Id)).Netwerkpartners.Single(p => p.Id == partner.Id).Contactpersoon);
        Assert.Equal(HttpStatusCode.NotFound, (await casusregisseur.GetAsync(new Uri($"/Dossiers/{dossier.Id}/Netwerkpartner/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task De_chronologie_filtert_op_soort()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.Mdos.Any());
        var vt = await app.LogInAsync("vt@demo.example");

        var alleen = await vt.GetHtmlAsync($"/Dossiers/{dossier.Id}/Chronologie?soort=Mdo&soort=Voorwaarde");
        var soorten = alleen.QuerySelectorAll("main tbody tr").Select(r => r.Children[1].TextContent).Distinct().Order();

        Assert.Equal(["MDO", "Veiligheidsvoorwaarden"], soorten);
        Assert.Equal(dossier.Chronologie.Count(c => c.Soort is ChronologieSoort.Mdo or ChronologieSoort.Voorwaarde), alleen.QuerySelectorAll("main tbody tr").Length);
        Assert.Equal(dossier.Chronologie.Count, (await vt.GetHtmlAsync($"/Dossiers/{dossier.Id}/Chronologie")).QuerySelectorAll("main tbody tr").Length);
    }

    [Theory]
    [InlineData("Veiligheidsplan/1")]
    [InlineData("Veiligheidsplan/1/Afdrukken")]
    [InlineData("Chronologie")]
    [InlineData("Evaluatie")]
    [InlineData("Voorwaarden")]
    [InlineData("Netwerkpartner")]
    public async Task Een_wijkteam_zonder_betrokkenheid_krijgt_niet_gevonden_net_als_bij_een_onbekend_dossier(string pagina)
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Veiligheidsplannen.Any());
        var anderTeam = await app.LogInAsync("wijkteam2@demo.example");

        var vreemd = await anderTeam.GetAsync(new Uri($"/Dossiers/{dossier.Id}/{pagina}", UriKind.Relative));
        var onbekend = await anderTeam.GetAsync(new Uri($"/Dossiers/{Guid.NewGuid()}/{pagina}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        Assert.Equal((await onbekend.HtmlAsync()).TekstZonderKenmerk(), (await vreemd.HtmlAsync()).TekstZonderKenmerk());
    }

    /// <summary>The user id of wijkteam@ (Joris Hendriks), casusregisseur in Wijchen-Centrum.</summary>
    private Task<string> JorisIdAsync() => app.MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync());

    private Task<Dossier> Zoek(System.Linq.Expressions.Expression<Func<Dossier, bool>> filter) =>
        app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(filter).OrderBy(d => d.Naam).MetAggregaat().FirstAsync());

    private Task<Dossier> Laad(Guid id) => app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == id));
}
