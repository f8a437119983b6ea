namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>Break the glass, and what the privacy officer and the beheerder then see.</summary>
[Trait("Snelheid", "Traag")]
public class PrivacyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task Noodtoegang_staat_met_reden_en_herkomst_in_het_log_en_de_privacyfunctionaris_beoordeelt_hem() => Artefacten.ScenarioAsync(nameof(PrivacyTests), async paginas =>
    {
        // A dossier of Dorpen; the teamleider of Centrum opens its link: not found, with the way to break the glass.
        var teamleider = await app.IngelogdAsync(paginas, "teamleider2@demo.example");
        await teamleider.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
        var eigenDossier = teamleider.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link);
        await eigenDossier.ClickAsync();
        var dossier = teamleider.DossierId();
        var anderTeam = await app.IngelogdAsync(paginas, "teamleider@demo.example");
        await anderTeam.GotoAsync($"{app.Adres}/Dossiers/{dossier}");
        await Assertions.Expect(anderTeam.Kop("Niet gevonden")).ToBeVisibleAsync();
        await anderTeam.KlikAsync(AriaRole.Link, "Vraag noodtoegang");
        await Assertions.Expect(anderTeam.Kop("Noodtoegang vragen")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(anderTeam, "noodtoegang-vragen");
        await anderTeam.KlikAsync(AriaRole.Button, "Dossier inzien met noodtoegang");
        await Assertions.Expect(anderTeam.GetByLabel("Waarom moet u dit dossier nu inzien?")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(anderTeam.GetByLabel("Grond voor noodtoegang")).ToHaveAttributeAsync("aria-invalid", "true");
        await anderTeam.GetByLabel("Grond voor noodtoegang").SelectOptionAsync(new SelectOptionValue { Label = "Crisisdienst of waarneming: de casusregisseur is niet bereikbaar" });
        await anderTeam.GetByLabel("Waarom moet u dit dossier nu inzien?").FillAsync("Crisisdienst: moeder belt nu, casusregisseur is niet bereikbaar.");
        await anderTeam.KlikAsync(AriaRole.Button, "Dossier inzien met noodtoegang");
        await Assertions.Expect(anderTeam.GetByRole(AriaRole.Status)).ToContainTextAsync("noodtoegang");
        await Toegankelijkheid.ControleerAsync(anderTeam, "dossier-noodtoegang");

        // The privacy officer sees it in the log, with the address it came from, and reviews it.
        var privacy = await app.IngelogdAsync(paginas, "privacy@demo.example");
        await privacy.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Toegangslog" }).ClickAsync();
        await privacy.GetByLabel("Grondslag").SelectOptionAsync("Noodtoegang");
        await privacy.KlikAsync(AriaRole.Button, "Filteren");
        var regel = privacy.GetByRole(AriaRole.Row).Filter(new() { HasText = "Noodtoegang gevraagd" });
        await Assertions.Expect(regel).ToContainTextAsync("Marieke van den Broek");
        await Assertions.Expect(regel).ToContainTextAsync("127.0.0.1");
        await Toegankelijkheid.ControleerAsync(privacy, "toegangslog");

        await privacy.GetByRole(AriaRole.Navigation, new() { Name = "Privacy" }).GetByRole(AriaRole.Link, new() { Name = "Noodtoegang beoordelen" }).ClickAsync();
        await Assertions.Expect(privacy.GetByRole(AriaRole.Main)).ToContainTextAsync("Crisisdienst: moeder belt nu");
        await Toegankelijkheid.ControleerAsync(privacy, "noodtoegang-beoordelen");
        await privacy.GetByLabel("Uw beoordeling").FillAsync("Terecht; besproken met de teamleider van Dorpen.");
        await privacy.KlikAsync(AriaRole.Button, "Markeer als beoordeeld");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Main)).ToContainTextAsync("Beoordeeld door Sofie de Ruiter");

        // The chain check runs in the background: the page shows its progress and, when it ends, reloads with the outcome.
        await privacy.GetByRole(AriaRole.Navigation, new() { Name = "Privacy" }).GetByRole(AriaRole.Link, new() { Name = "Ketencontrole" }).ClickAsync();
        await Toegankelijkheid.ControleerAsync(privacy, "ketencontrole-start");
        await privacy.KlikAsync(AriaRole.Button, "Controle starten");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Status)).ToContainTextAsync("De keten is intact.", new() { Timeout = 20_000 });
        await Toegankelijkheid.ControleerAsync(privacy, "ketencontrole");
        await privacy.GetByRole(AriaRole.Navigation, new() { Name = "Privacy" }).GetByRole(AriaRole.Link, new() { Name = "Wie heeft mijn dossier ingezien" }).ClickAsync();
        await Toegankelijkheid.ControleerAsync(privacy, "inzageverslag");
    });

    [Fact]
    public Task De_beheerder_maakt_een_account_en_ziet_de_toegangsreview() => Artefacten.ScenarioAsync(nameof(PrivacyTests), async paginas =>
    {
        var beheerder = await app.MetPasskeyAsync(paginas, "beheerder@demo.example");
        await beheerder.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await Assertions.Expect(beheerder.Kop("Accounts")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(beheerder, "beheer-accounts");

        await beheerder.KlikAsync(AriaRole.Link, "Nieuw account");
        await beheerder.GetByLabel("Naam", new() { Exact = true }).FillAsync("Noor Bakker");
        await beheerder.GetByLabel("E-mailadres (werk)").FillAsync("noor.bakker@demo.example");
        await beheerder.GetByLabel("Rol").SelectOptionAsync("Medewerker Veilig Thuis");
        await beheerder.KlikAsync(AriaRole.Button, "Account aanmaken");
        await Assertions.Expect(beheerder.GetByText("Een medewerker van Veilig Thuis hoort bij het team van Veilig Thuis.")).ToBeVisibleAsync();
        await Assertions.Expect(beheerder.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Noor Bakker");
        await Toegankelijkheid.ControleerAsync(beheerder, "beheer-nieuw-met-fout");
        await beheerder.GetByLabel("Team").SelectOptionAsync("Veilig Thuis Gelderland-Zuid");
        await beheerder.KlikAsync(AriaRole.Button, "Account aanmaken");
        var link = await beheerder.Locator(".activeringslink").TextContentAsync();
        Assert.StartsWith($"{app.Adres}/Account/Activeren?id=", link, StringComparison.Ordinal);

        var noor = await app.NieuweSessieAsync();
        paginas.Add(noor);
        await noor.GotoAsync(link!);
        await noor.GetByLabel("Nieuw wachtwoord").FillAsync("paarden eten graag appels");
        await noor.GetByLabel("Herhaal het wachtwoord").FillAsync("paarden eten graag appels");
        await noor.KlikAsync(AriaRole.Button, "Wachtwoord instellen");
        await Assertions.Expect(noor.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw wachtwoord is ingesteld");
        await Toegankelijkheid.ControleerAsync(noor, "activeren");
    });
}
