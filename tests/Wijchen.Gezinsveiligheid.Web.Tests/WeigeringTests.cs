using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Every refusal of the workflow: shown next to the field or above the form, with the input kept and nothing saved.</summary>
public class WeigeringTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Afwijzen_zonder_reden_wordt_geweigerd_en_met_reden_blijft_de_regie_zichtbaar_bij_Veilig_Thuis()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum);
        var teamleider = await app.LogInAsync("teamleider@demo.example");

        var leeg = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/Besluit/OverdrachtAfwijzen");
        var pagina = await (await leeg.VerstuurAsync()).HtmlAsync();
        Assert.Equal("Geef een reden op.", pagina.QuerySelector("#Input_Reden-fout")!.TextContent);
        Assert.Equal(DossierFase.OverdrachtAangeboden, (await Laad(dossier.Id)).Fase);

        var metReden = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/Besluit/OverdrachtAfwijzen");
        await (await metReden.Vul("Input.Reden", "Gezin woont in Beuningen").VerstuurAsync()).DoorgestuurdAsync();
        var na = await Laad(dossier.Id);
        Assert.Equal((DossierFase.Teruggelegd, dossier.VtBehandelaarId), (na.Fase, na.RegiehouderId));

        var vt = await app.LogInAsync("vt@demo.example");
        var dossierPagina = await vt.GetHtmlAsync($"/Dossiers/{dossier.Id}");
        Assert.Contains("Overdracht afgewezen: Gezin woont in Beuningen", dossierPagina.Tekst(), StringComparison.Ordinal);
        Assert.Contains("kies een ander vervolg", (await vt.GetHtmlAsync("/")).Tekst(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_beoordeling_zonder_oordeel_voor_een_kind_wordt_niet_opgeslagen_en_de_invoer_blijft()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Melding);
        var kind = dossier.Gezinsleden.First(g => g.IsMinderjarigOp(DateOnly.FromDateTime(app.Klok.Nu.UtcDateTime)));
        var vt = await app.LogInAsync("vt@demo.example");

        var vb = await Formulier.OpenAsync(vt, $"/Dossiers/{dossier.Id}/Veiligheidsbeoordeling");
        vb.Kies("Input.AcuteOnveiligheid", "true").Kies("Input.StructureleOnveiligheid", "true").Vul("Input.Onderbouwing", "Mijn zorgvuldige onderbouwing").Kies("Input.Besluit", "Onderzoek");
        for (var i = 0; i < dossier.Gezinsleden.Count(g => !g.IsMinderjarigOp(DateOnly.FromDateTime(app.Klok.Nu.UtcDateTime))); i++)
        {
            vb.Kies($"Input.Kindchecks[{i}].Afhankelijk", "false");
        }

        var pagina = await (await vb.VerstuurAsync()).HtmlAsync();
        var index = Enumerable.Range(0, dossier.Gezinsleden.Count).Single(i => pagina.QuerySelector($"input[name='Input.Oordelen[{i}].GezinslidId']")!.GetAttribute("value") == kind.Id.ToString());
        Assert.Equal($"Geef een veiligheidsoordeel voor {kind.Naam}: elk kind wordt beoordeeld.", pagina.QuerySelector($"#Input_Oordelen_{index}__Oordeel-fout")!.TextContent);
        Assert.Equal("true", pagina.QuerySelector($"#Input_Oordelen_{index}__Oordeel")!.GetAttribute("aria-invalid"));
        Assert.Equal("Mijn zorgvuldige onderbouwing", pagina.QuerySelector("#Input_Onderbouwing")!.TextContent);
        Assert.NotNull(pagina.QuerySelector("input[name='Input.Besluit'][value='Onderzoek'][checked]"));
        var na = await Laad(dossier.Id);
        Assert.Equal((DossierFase.Melding, 0), (na.Fase, na.Veiligheidsbeoordelingen.Count));
    }

    [Fact]
    public async Task Een_ongeldig_BSN_bij_de_melding_krijgt_een_melding_bij_het_veld_en_er_komt_geen_dossier()
    {
        var voor = await app.MetDbAsync(db => db.Dossiers.CountAsync());
        var vt = await app.LogInAsync("vt@demo.example");
        var melding = await Formulier.OpenAsync(vt, "/Meldingen/Nieuw");
        melding.Vul("Input.Naam", "Gezin Elfproef").Vul("Input.SoortZorg", "Kindermishandeling").Vul("Input.Omschrijving", "Zorgen")
            .Vul("Input.MelderNaam", "Buurvrouw").Vul("Input.MelderRol", "Buurvrouw").Vul("Input.MelderContact", "06-1")
            .Vul("Input.Gezinsleden[0].Naam", "Kim Elfproef").Vul("Input.Gezinsleden[0].Geboortedatum", "2016-01-01").Vul("Input.Gezinsleden[0].Rol", "Kind")
            .Vul("Input.Gezinsleden[0].Bsn", "123456789");
        var pagina = await (await melding.VerstuurAsync()).HtmlAsync();

        Assert.StartsWith("Dit BSN klopt niet", pagina.QuerySelector("#Input_Gezinsleden_0__Bsn-fout")!.TextContent, StringComparison.Ordinal);
        var bsn = pagina.QuerySelector("#Input_Gezinsleden_0__Bsn")!;
        Assert.Equal(("123456789", "false", "no", "off"), (bsn.GetAttribute("value"), bsn.GetAttribute("spellcheck"), bsn.GetAttribute("translate"), bsn.GetAttribute("autocomplete")));
        Assert.Equal("Kim Elfproef", pagina.QuerySelector("#Input_Gezinsleden_0__Naam")!.GetAttribute("value"));
        Assert.Equal(voor, await app.MetDbAsync(db => db.Dossiers.CountAsync()));
    }

    [Fact]
    public async Task Wie_de_actie_niet_mag_doen_krijgt_403_en_er_verandert_niets()
    {
        var aanbod = await Zoek(d => d.Fase == DossierFase.OverdrachtsgesprekGepland && d.WijkteamId == DemoSeeder.WijkteamCentrum
            && d.Overdrachten.Any(o => o.GehoudenOp == null));
        var medewerker = await app.LogInAsync("wijkteam@demo.example");
        var vt = await app.LogInAsync("vt@demo.example");
        var anderTeam = await app.LogInAsync("teamleider2@demo.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await medewerker.GetAsync(new Uri($"/Dossiers/{aanbod.Id}/Besluit/OverdrachtAfwijzen", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vt.GetAsync(new Uri($"/Dossiers/{aanbod.Id}/Plannen", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anderTeam.GetAsync(new Uri($"/Dossiers/{aanbod.Id}/Plannen", UriKind.Relative))).StatusCode);

        var geweigerd = await medewerker.PostFormAsync($"/Dossiers/{aanbod.Id}", $"/Dossiers/{aanbod.Id}/Besluit/OverdrachtAfwijzen",
            new() { ["Versie"] = aanbod.Versie.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reden"] = "Geen zin" });
        Assert.Equal(HttpStatusCode.Forbidden, geweigerd.StatusCode);
        Assert.Equal(aanbod.Versie, (await Laad(aanbod.Id)).Versie);

        var nieuw = await medewerker.GetAsync(new Uri("/Meldingen/Nieuw", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        Assert.StartsWith("/Account/GeenToegang", nieuw.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_casusregisseur_die_het_dossier_kwijtraakt_ziet_het_bij_het_volgende_verzoek_niet_meer()
    {
        var joris = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync());
        var lars = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam3@demo.example").Select(u => u.Id).SingleAsync());
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == joris && d.AfsluitVoorstel == null);
        var regisseur = await app.LogInAsync("wijkteam@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await regisseur.GetAsync(new Uri($"/Dossiers/{dossier.Id}", UriKind.Relative))).StatusCode);

        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var wissel = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/Wisselen");
        await (await wissel.Vul("Input.NieuweCasusregisseur", lars).Vul("Input.Reden", "Joris gaat met verlof").VerstuurAsync()).DoorgestuurdAsync();

        // The same session, the next request: the dossier is gone as if it never existed, and the refusal is logged.
        Assert.Equal(HttpStatusCode.NotFound, (await regisseur.GetAsync(new Uri($"/Dossiers/{dossier.Id}", UriKind.Relative))).StatusCode);
        var regel = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().OrderByDescending(r => r.Volgnummer).FirstAsync());
        Assert.Equal((joris, dossier.Id, Data.Toegangsuitkomst.Geweigerd), (regel.GebruikerId, regel.DossierId, regel.Uitkomst));
    }

    [Fact]
    public async Task Wie_de_afsluiting_voorstelt_kan_die_niet_zelf_goedkeuren()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.AfsluitVoorstel == null);
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var ik = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "teamleider@demo.example").Select(u => u.Id).SingleAsync());

        var wissel = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/Wisselen");
        await (await wissel.Vul("Input.NieuweCasusregisseur", ik).Vul("Input.Reden", "Neem het zelf over").VerstuurAsync()).DoorgestuurdAsync();
        var voorstel = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/Afsluiten");
        voorstel.Kies("Input.VeiligheidStabielEnGeevalueerd", "true").Kies("Input.VtMonitoringAfgerondOfGeinformeerd", "true").Kies("Input.GezinEnPartnersGeinformeerd", "true").Vul("Input.Toelichting", "Stabiel");
        await (await voorstel.VerstuurAsync()).DoorgestuurdAsync();

        var zelf = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/Besluit/AfsluitingGoedkeuren");
        var pagina = await (await zelf.VerstuurAsync()).HtmlAsync();
        Assert.StartsWith("Vier ogen", pagina.QuerySelector("[role=alert] p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DossierFase.Casusregie, (await Laad(dossier.Id)).Fase);

        var ander = await app.LogInAsync(await TweedeTeamleiderAsync());
        await (await (await Formulier.OpenAsync(ander, $"/Dossiers/{dossier.Id}/Besluit/AfsluitingGoedkeuren")).VerstuurAsync()).DoorgestuurdAsync();
        Assert.Equal(DossierFase.Afgesloten, (await Laad(dossier.Id)).Fase);
    }

    [Fact]
    public async Task Twee_teamleiders_die_tegelijk_accepteren_een_wint_en_de_ander_ziet_wie()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.OverdrachtsgesprekGepland && d.WijkteamId == DemoSeeder.WijkteamCentrum
            && d.Overdrachten.Any(o => o.GehoudenOp != null));
        var eerste = await app.LogInAsync("teamleider@demo.example");
        var tweede = await app.LogInAsync(await TweedeTeamleiderAsync());
        var a = await Formulier.OpenAsync(eerste, $"/Dossiers/{dossier.Id}/Accepteren");
        var b = await Formulier.OpenAsync(tweede, $"/Dossiers/{dossier.Id}/Accepteren");

        var antwoorden = await Task.WhenAll(a.VerstuurAsync("Overdracht accepteren"), b.VerstuurAsync("Overdracht accepteren"));

        Assert.Single(antwoorden, r => r.StatusCode == HttpStatusCode.Redirect);
        var verliezer = await antwoorden.Single(r => r.StatusCode == HttpStatusCode.OK).HtmlAsync();
        var melding = verliezer.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Iemand anders heeft dit dossier gewijzigd", melding, StringComparison.Ordinal);
        Assert.Contains("Overdracht geaccepteerd", melding, StringComparison.Ordinal);
        var winnaar = antwoorden[0].StatusCode == HttpStatusCode.Redirect ? "Marieke van den Broek" : "Tweede Teamleider";
        Assert.Contains(winnaar, melding, StringComparison.Ordinal);

        var na = await Laad(dossier.Id);
        Assert.Equal(DossierFase.Casusregie, na.Fase);
        Assert.Single(na.Chronologie, c => c.Actie == DossierActie.OverdrachtAccepteren);
        Assert.True(na.HeeftEnkeleRegiehouder());
    }

    [Fact]
    public async Task Een_formulier_van_een_oudere_versie_toont_wat_er_intussen_gebeurde_en_behoudt_de_invoer()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamDorpen);
        var vt = await app.LogInAsync("vt@demo.example");
        var intrekken = await Formulier.OpenAsync(vt, $"/Dossiers/{dossier.Id}/Besluit/OverdrachtIntrekken");
        intrekken.Vul("Input.Reden", "Gezin verhuist");

        var teamleider = await app.LogInAsync("teamleider2@demo.example");
        var plannen = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/Plannen");
        var morgen = Web.Presentation.Handelingen.NaarNederlandseTijd(app.Klok.Nu.AddDays(1)).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await (await plannen.Vul("Input.Op", morgen).Vul("Input.Locatie", "Wijkcentrum").Vul("Input.BeoogdCasusregisseur", await IdVan("wijkteam2@demo.example")).VerstuurAsync()).DoorgestuurdAsync();

        var pagina = await (await intrekken.VerstuurAsync()).HtmlAsync();
        var melding = pagina.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Pieter Smulders", melding, StringComparison.Ordinal);
        Assert.Contains("Overdrachtsgesprek gepland", melding, StringComparison.Ordinal);
        Assert.Equal("Gezin verhuist", pagina.QuerySelector("#Input_Reden")!.TextContent);
        Assert.Equal(DossierFase.OverdrachtsgesprekGepland, (await Laad(dossier.Id)).Fase);
    }

    [Fact]
    public async Task Dezelfde_melding_twee_keer_tegelijk_versturen_maakt_een_dossier()
    {
        var voor = await app.MetDbAsync(db => db.Dossiers.CountAsync());
        var vt = await app.LogInAsync("vt@demo.example");
        var melding = await Formulier.OpenAsync(vt, "/Meldingen/Nieuw");
        melding.Vul("Input.Naam", "Gezin Dubbelklik").Vul("Input.SoortZorg", "Overig").Vul("Input.Omschrijving", "Zorgen")
            .Vul("Input.MelderNaam", "Huisarts").Vul("Input.MelderRol", "Huisarts").Vul("Input.MelderContact", "024-1")
            .Vul("Input.Gezinsleden[0].Naam", "Jan Dubbelklik").Vul("Input.Gezinsleden[0].Geboortedatum", "1980-01-01").Vul("Input.Gezinsleden[0].Rol", "OuderVerzorger");

        var antwoorden = await Task.WhenAll(melding.VerstuurAsync(), melding.VerstuurAsync());

        var doelen = await Task.WhenAll(antwoorden.Select(a => a.DoorgestuurdAsync()));
        Assert.Equal(doelen[0], doelen[1]);
        Assert.Equal(voor + 1, await app.MetDbAsync(db => db.Dossiers.CountAsync()));
    }

    [Fact]
    public async Task Een_actie_zonder_antiforgery_token_wordt_geweigerd_en_verandert_niets()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Teruggelegd);
        var vt = await app.LogInAsync("vt@demo.example");
        using var formulier = new FormUrlEncodedContent(new Dictionary<string, string> { ["Versie"] = dossier.Versie.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reden"] = "CSRF" });
        var antwoord = await vt.PostAsync(new Uri($"/Dossiers/{dossier.Id}/Besluit/BemoeienisBeeindigen", UriKind.Relative), formulier);
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal(dossier.Versie, (await Laad(dossier.Id)).Versie);
    }

    private Task<string> TweedeTeamleiderAsync() =>
        app.NieuwAccountAsync("teamleider-centrum2@demo.example", "Tweede Teamleider", Rollen.Teamleider, DemoSeeder.WijkteamCentrum);

    private Task<string> IdVan(string email) => app.MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<Dossier> Zoek(System.Linq.Expressions.Expression<Func<Dossier, bool>> filter) =>
        app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(filter).OrderBy(d => d.Naam).MetAggregaat().FirstAsync());

    private Task<Dossier> Laad(Guid id) => app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == id));
}
