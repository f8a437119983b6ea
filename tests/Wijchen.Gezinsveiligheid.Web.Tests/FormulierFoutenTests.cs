using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>What browsers, people and scanners send that once ended in a 500: each now gets a Dutch answer and changes nothing.</summary>
public class FormulierFoutenTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("Plannen", DossierActie.GesprekPlannen, "Input.BeoogdCasusregisseur", "Kies de beoogd casusregisseur.")]
    [InlineData("Accepteren", DossierActie.OverdrachtAccepteren, "Input.Casusregisseur", null)]
    [InlineData("Wisselen", DossierActie.CasusregisseurWisselen, "Input.NieuweCasusregisseur", null)]
    public async Task Een_keuzelijst_op_de_lege_keuze_geeft_een_melding_bij_het_veld(string pagina, DossierActie actie, string veld, string? bericht)
    {
        var dossier = (await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).MetAggregaat().ToListAsync()))
            .OrderBy(d => d.Naam).First(d => d.MogelijkeActies.Contains(actie));
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var formulier = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/{pagina}");

        var antwoord = await formulier.Vul(veld, "").VerstuurAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var fout = (await antwoord.HtmlAsync()).QuerySelector($"#{veld.Replace('.', '_')}-fout")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(fout), $"geen melding bij {veld}");
        if (bericht is not null)
        {
            Assert.Equal(bericht, fout);
        }

        Assert.Equal(dossier.Versie, (await Laad(dossier.Id)).Versie);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/Chronologie")]
    [InlineData("/Veiligheidsplan")]
    [InlineData("/Veiligheidsplan/1/Afdrukken")]
    public async Task Een_POST_naar_een_pagina_die_alleen_leest_krijgt_405_met_de_foutpagina(string deel)
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Veiligheidsplannen.Any());
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var token = (await teamleider.GetHtmlAsync($"/Dossiers/{dossier.Id}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var inhoud = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var antwoord = await teamleider.PostAsync(new Uri($"/Dossiers/{dossier.Id}{deel}", UriKind.Relative), inhoud);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, antwoord.StatusCode);
        Assert.Contains("Deze pagina ontvangt geen formulieren", (await antwoord.HtmlAsync()).Tekst(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_zoekterm_van_50000_tekens_krijgt_een_melding_bij_het_veld_en_de_term_blijft_staan()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var zoeken = await Formulier.OpenAsync(vt, "/Dossiers");
        var term = string.Concat(Enumerable.Repeat("%a_", 50_000 / 3));

        var antwoord = await zoeken.Vul("Filter.Zoekterm", term).VerstuurAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await antwoord.HtmlAsync();
        Assert.Equal("Een zoekterm is hoogstens 200 tekens. Zoek op een deel van de naam.", pagina.QuerySelector("#Filter_Zoekterm-fout")!.TextContent);
        Assert.Equal(term, pagina.QuerySelector("#Filter_Zoekterm")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    public async Task Een_ontvangstdatum_in_het_jaar_1_of_9999_krijgt_een_melding_bij_het_veld(string datum)
    {
        var voor = await app.MetDbAsync(db => db.Dossiers.CountAsync());
        var vt = await app.LogInAsync("vt@demo.example");
        var melding = await Formulier.OpenAsync(vt, "/Meldingen/Nieuw");
        melding.Vul("Input.Naam", "Gezin Jaartal").Vul("Input.OntvangenOp", datum).Vul("Input.SoortZorg", "Kindermishandeling").Vul("Input.Omschrijving", "Zorgen")
            .Vul("Input.MelderNaam", "Buurvrouw").Vul("Input.MelderRol", "Buurvrouw").Vul("Input.MelderContact", "06-1")
            .Vul("Input.Gezinsleden[0].Naam", "Kim Jaartal").Vul("Input.Gezinsleden[0].Geboortedatum", "2016-01-01").Vul("Input.Gezinsleden[0].Rol", "Kind");

        var antwoord = await melding.VerstuurAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await antwoord.HtmlAsync();
        Assert.Equal("Vul een datum tussen 1900 en 2100 in.", pagina.QuerySelector("#Input_OntvangenOp-fout")!.TextContent);
        Assert.Equal("Kim Jaartal", pagina.QuerySelector("#Input_Gezinsleden_0__Naam")!.GetAttribute("value"));
        Assert.Equal(voor, await app.MetDbAsync(db => db.Dossiers.CountAsync()));
    }

    [Theory]
    [InlineData("ander-dossier")]
    [InlineData("onzin")]
    public async Task Een_vervalst_gezinslid_in_de_beoordeling_wordt_niet_opgeslagen_en_het_formulier_toont_het_eigen_gezin(string vervalsing)
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Melding);
        var ander = await Zoek(d => d.Id != dossier.Id && d.Gezinsleden.Any());
        var vt = await app.LogInAsync("vt@demo.example");
        var vb = await Formulier.OpenAsync(vt, $"/Dossiers/{dossier.Id}/Veiligheidsbeoordeling");
        vb.Vul("Input.Oordelen[0].GezinslidId", vervalsing == "onzin" ? "onzin" : ander.Gezinsleden[0].Id.ToString());

        var antwoord = await vb.VerstuurAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await antwoord.HtmlAsync();
        Assert.Contains("Het gezin is gewijzigd sinds u het formulier opende", pagina.Tekst(), StringComparison.Ordinal);
        var getoond = pagina.QuerySelectorAll("input[name$='].GezinslidId'][name^='Input.Oordelen']").Select(i => Guid.Parse(i.GetAttribute("value")!)).Order();
        Assert.Equal(dossier.Gezinsleden.Select(g => g.Id).Order(), getoond);
        Assert.Empty((await Laad(dossier.Id)).Veiligheidsbeoordelingen);
    }

    [Fact]
    public async Task Een_gezinslid_dat_niet_bij_het_dossier_hoort_bestaat_niet()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Melding);
        var ander = await Zoek(d => d.Id != dossier.Id && d.Gezinsleden.Any());
        var vt = await app.LogInAsync("vt@demo.example");

        foreach (var lid in new[] { Guid.NewGuid(), ander.Gezinsleden[0].Id })
        {
            var antwoord = await vt.GetAsync(new Uri($"/Dossiers/{dossier.Id}/Gezinslid/{lid}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await vt.GetAsync(new Uri($"/Dossiers/{dossier.Id}/Gezinslid/{dossier.Gezinsleden[0].Id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Een_passkey_toevoegen_zonder_eerst_opties_te_vragen_geeft_een_melding()
    {
        var client = await app.LogInAsync("wijkteam2@demo.example");

        var antwoord = await client.PostFormAsync("/Profiel/Passkeys", "/Profiel/Passkeys?handler=Toevoegen", new() { ["Input.Passkey"] = "{\"id\":\"x\"}" });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("De passkey kon niet worden toegevoegd", (await antwoord.HtmlAsync()).Tekst(), StringComparison.Ordinal);
    }

    public static TheoryData<string, int> Onleesbaar() => new()
    {
        { "nul", 400 },
        { "te-veel-velden", 400 },
        { "waarde-te-lang", 400 },
        { "onleesbaar-token", 400 },
    };

    /// <summary>The error page is re-executed as a POST; it must answer with the original status and never read the form.</summary>
    [Theory]
    [MemberData(nameof(Onleesbaar))]
    public async Task Een_formulier_dat_niet_te_lezen_is_krijgt_de_Nederlandse_foutpagina_met_de_eigen_status(string soort, int status)
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var token = (await vt.GetHtmlAsync("/Meldingen/Nieuw")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var lichaam = soort switch
        {
            "nul" => $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Input.Naam=%00\0",
            "te-veel-velden" => $"__RequestVerificationToken={Uri.EscapeDataString(token)}&" + string.Join("&", Enumerable.Range(0, 1100).Select(i => $"v{i}=x")),
            "waarde-te-lang" => $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Input.Naam=" + new string('a', 31 * 1024 * 1024),
            _ => "__RequestVerificationToken=%%%niet-te-lezen&Input.Naam=x",
        };
        using var inhoud = new StringContent(lichaam, Encoding.UTF8, "application/x-www-form-urlencoded");

        var antwoord = await vt.PostAsync(new Uri("/Meldingen/Nieuw", UriKind.Relative), inhoud);

        Assert.Equal(status, (int)antwoord.StatusCode);
        var tekst = (await antwoord.HtmlAsync()).Tekst();
        Assert.Contains("servicedesk", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Er ging iets mis", tekst, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Veiligheidsbeoordeling", DossierActie.VeiligheidsbeoordelingVastleggen, "vt@demo.example", "Input.Datum", "2020-01-01", "De beoordeling kan niet eerder zijn dan de melding")]
    [InlineData("Gesprek", DossierActie.GesprekVastleggen, "teamleider@demo.example", "Input.GehoudenOp", "2020-01-01T10:00", "Het gesprek kan niet eerder zijn gehouden dan de overdracht werd aangeboden")]
    [InlineData("Mdo/Vastleggen", DossierActie.MdoVastleggen, "wijkteam@demo.example", "Input.GehoudenOp", "2020-01-01T10:00", "Het MDO kan niet eerder zijn gehouden dan het werd gepland")]
    public async Task Een_datum_voor_wat_eraan_voorafging_wordt_geweigerd_met_de_melding_bij_het_veld(string pagina, DossierActie actie, string wie, string veld, string datum, string bericht)
    {
        var dossier = (await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum || d.WijkteamId == null).MetAggregaat().ToListAsync()))
            .OrderBy(d => d.Naam).First(d => d.MogelijkeActies.Contains(actie) && (actie != DossierActie.MdoVastleggen || d.RegiehouderNaam == "Joris Hendriks"));
        var client = await app.LogInAsync(wie);
        var formulier = await Formulier.OpenAsync(client, $"/Dossiers/{dossier.Id}/{pagina}");

        // Everything else filled in as it must be: the date is the only thing wrong.
        switch (actie)
        {
            case DossierActie.VeiligheidsbeoordelingVastleggen:
                VulBeoordeling(formulier, dossier, "Onderzoek");
                break;
            case DossierActie.MdoVastleggen:
                formulier.Vul("Input.Besluiten", "School blijft betrokken").Kies("Input.AanwezigeNetwerkpartners", dossier.Netwerkpartners[0].Id.ToString());
                break;
        }

        var antwoord = await formulier.Vul(veld, datum).VerstuurAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.HtmlAsync();
        Assert.StartsWith(bericht, html.QuerySelector($"#{veld.Replace('.', '_')}-fout")?.TextContent ?? "(geen melding bij het veld)", StringComparison.Ordinal);
        Assert.Equal(datum, html.QuerySelector($"#{veld.Replace('.', '_')}")!.GetAttribute("value"));
        Assert.Equal(dossier.Versie, (await Laad(dossier.Id)).Versie);
    }

    [Fact]
    public async Task Een_gesprek_na_de_besluittermijn_wordt_gepland_met_een_waarschuwing()
    {
        var dossier = (await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).MetAggregaat().ToListAsync()))
            .OrderBy(d => d.Naam).First(d => d.MogelijkeActies.Contains(DossierActie.GesprekPlannen));
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var plannen = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier.Id}/Plannen");
        var over30Dagen = app.Klok.Nu.AddDays(30).ToString("yyyy-MM-dd'T'10:00", System.Globalization.CultureInfo.InvariantCulture);
        var beoogd = plannen.Pagina.QuerySelectorAll("#Input_BeoogdCasusregisseur option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        var naar = await (await plannen.Vul("Input.Op", over30Dagen).Vul("Input.Locatie", "Bij het gezin thuis").Vul("Input.BeoogdCasusregisseur", beoogd).VerstuurAsync()).DoorgestuurdAsync();

        var bevestiging = (await teamleider.GetHtmlAsync(naar)).QuerySelector("main [role=status]")!.TextContent;
        Assert.StartsWith("Overdrachtsgesprek gepland. Let op: het gesprek is na de termijn voor het besluit over de overdracht", bevestiging, StringComparison.Ordinal);
        Assert.Equal(DossierFase.OverdrachtsgesprekGepland, (await Laad(dossier.Id)).Fase);
    }

    [Fact]
    public async Task Een_MDO_actie_met_een_datum_voor_het_MDO_krijgt_de_melding_bij_die_actie()
    {
        var dossier = (await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).MetAggregaat().ToListAsync()))
            .OrderBy(d => d.Naam).First(d => d.MogelijkeActies.Contains(DossierActie.MdoVastleggen) && d.RegiehouderNaam == "Joris Hendriks");
        var joris = await app.LogInAsync("wijkteam@demo.example");
        var mdo = await Formulier.OpenAsync(joris, $"/Dossiers/{dossier.Id}/Mdo/Vastleggen");
        var eigenaar = mdo.Pagina.QuerySelectorAll("#Input_Acties_1__Eigenaar option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        mdo.Vul("Input.Besluiten", "School blijft betrokken").Kies("Input.AanwezigeNetwerkpartners", dossier.Netwerkpartners[0].Id.ToString())
            .Vul("Input.Acties[1].Wat", "Huisbezoek").Vul("Input.Acties[1].Eigenaar", eigenaar).Vul("Input.Acties[1].Uiterlijk", "2026-01-05");

        var pagina = await (await mdo.VerstuurAsync()).HtmlAsync();

        Assert.Equal("De uiterste datum van een actie ligt niet vóór het MDO.", pagina.QuerySelector("#Input_Acties_1__Uiterlijk-fout")?.TextContent);
        Assert.Equal("Huisbezoek", pagina.QuerySelector("#Input_Acties_1__Wat")!.GetAttribute("value"));
        Assert.Equal(dossier.Versie, (await Laad(dossier.Id)).Versie);
    }

    [Fact]
    public async Task Einde_bemoeienis_sluit_het_dossier_pas_na_een_bevestiging()
    {
        var dossier = await Zoek(d => d.Fase == DossierFase.Melding);
        var vt = await app.LogInAsync("vt@demo.example");
        var vb = await Formulier.OpenAsync(vt, $"/Dossiers/{dossier.Id}/Veiligheidsbeoordeling");
        VulBeoordeling(vb, dossier, "EindeBemoeienis").Vul("Input.RedenEinde", "Zorgen weggenomen in het huisbezoek");

        var zonder = await (await vb.VerstuurAsync()).HtmlAsync();

        Assert.Equal("Bevestig dat het dossier met dit besluit direct wordt gesloten.", zonder.QuerySelector("#Input_EindeBevestigd-fout")!.TextContent);
        Assert.Equal("Zorgen weggenomen in het huisbezoek", zonder.QuerySelector("#Input_RedenEinde")!.TextContent);
        Assert.Equal(DossierFase.Melding, (await Laad(dossier.Id)).Fase);

        var opnieuw = await Formulier.OpenAsync(vt, $"/Dossiers/{dossier.Id}/Veiligheidsbeoordeling");
        VulBeoordeling(opnieuw, dossier, "EindeBemoeienis").Vul("Input.RedenEinde", "Zorgen weggenomen in het huisbezoek").Kies("Input.EindeBevestigd", "true");
        await (await opnieuw.VerstuurAsync()).DoorgestuurdAsync();
        Assert.Equal(DossierFase.Afgesloten, (await Laad(dossier.Id)).Fase);
    }

    /// <summary>A complete veiligheidsbeoordeling: a judgement for everyone, a kindcheck for every adult.</summary>
    private Formulier VulBeoordeling(Formulier formulier, Dossier dossier, string besluit)
    {
        var peildatum = DateOnly.FromDateTime(app.Klok.Nu.UtcDateTime);
        formulier.Kies("Input.AcuteOnveiligheid", "false").Kies("Input.StructureleOnveiligheid", "true").Vul("Input.Onderbouwing", "Zorgen over de kinderen").Kies("Input.Besluit", besluit);
        for (var i = 0; i < dossier.Gezinsleden.Count; i++)
        {
            formulier.Vul($"Input.Oordelen[{i}].Oordeel", "Onveilig");
        }

        for (var i = 0; i < dossier.Gezinsleden.Count(g => !g.IsMinderjarigOp(peildatum)); i++)
        {
            formulier.Kies($"Input.Kindchecks[{i}].Afhankelijk", "false");
        }

        return formulier;
    }

    private Task<Dossier> Zoek(System.Linq.Expressions.Expression<Func<Dossier, bool>> filter) =>
        app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(filter).OrderBy(d => d.Naam).MetAggregaat().FirstAsync());

    private Task<Dossier> Laad(Guid id) => app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == id));
}
