namespace Wijchen.Gezinsveiligheid.BrowserTests;

[Trait("Snelheid", "Traag")]
public class InloggenTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task Inloggen_met_wachtwoord_en_code_uit_de_app_en_weer_uitloggen() => Artefacten.ScenarioAsync(nameof(InloggenTests), async paginas =>
    {
        var pagina = await app.NieuweSessieAsync();
        paginas.Add(pagina);

        await pagina.GotoAsync("/Dossiers");
        await Assertions.Expect(pagina.Kop("Inloggen")).ToBeVisibleAsync();
        await Assertions.Expect(pagina).ToHaveTitleAsync("Inloggen — Gezinsveiligheid Wijchen");
        await Toegankelijkheid.ControleerAsync(pagina, "inloggen");

        await pagina.GetByLabel("E-mailadres").FillAsync("wijkteam@demo.example");
        await pagina.GetByLabel("Wachtwoord").FillAsync(BrowserApp.Wachtwoord);
        await pagina.KlikAsync(AriaRole.Button, "Inloggen");
        await Assertions.Expect(pagina.Kop("Code uit uw app")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(pagina, "inlogcode");

        await pagina.GetByLabel("Code", new() { Exact = true }).FillAsync(await app.VerseCodeAsync("wijkteam@demo.example"));
        await pagina.KlikAsync(AriaRole.Button, "Inloggen");

        // Back where the person wanted to go, under their own name.
        await Assertions.Expect(pagina.Kop("Dossiers")).ToBeVisibleAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Banner)).ToContainTextAsync("Joris Hendriks");
        await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn werk" }).ClickAsync();
        await Assertions.Expect(pagina.Kop("Mijn werk")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(pagina, "mijn-werk");

        await pagina.KlikAsync(AriaRole.Button, "Uitloggen");
        await Assertions.Expect(pagina.Kop("U bent uitgelogd")).ToBeVisibleAsync();
        await pagina.GotoAsync("/");
        await Assertions.Expect(pagina.Kop("Inloggen")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Een_fout_wachtwoord_geeft_een_melding_en_het_adres_blijft_staan() => Artefacten.ScenarioAsync(nameof(InloggenTests), async paginas =>
    {
        var pagina = await app.NieuweSessieAsync();
        paginas.Add(pagina);
        await pagina.GotoAsync("/Account/Login");
        await pagina.GetByLabel("E-mailadres").FillAsync("vt@demo.example");
        await pagina.GetByLabel("Wachtwoord").FillAsync("dit-is-het-niet");
        await pagina.KlikAsync(AriaRole.Button, "Inloggen");

        await Assertions.Expect(pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("Het e-mailadres of het wachtwoord klopt niet");
        await Assertions.Expect(pagina.GetByLabel("E-mailadres")).ToHaveValueAsync("vt@demo.example");
        await Assertions.Expect(pagina.GetByLabel("Wachtwoord")).ToBeEmptyAsync();
        await Toegankelijkheid.ControleerAsync(pagina, "inloggen-fout");
    });
}
