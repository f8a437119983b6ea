using System.Text.RegularExpressions;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>The warme overdracht as three people do it, each at their own computer (a browser context each).</summary>
[Trait("Snelheid", "Traag")]
public partial class WarmeOverdrachtTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task Veilig_Thuis_draagt_warm_over_en_het_wijkteam_neemt_de_regie() => Artefacten.ScenarioAsync(nameof(WarmeOverdrachtTests), async paginas =>
    {
        var vt = await app.IngelogdAsync(paginas, "vt@demo.example");
        var teamleider = await app.IngelogdAsync(paginas, "teamleider@demo.example");
        var regisseur = await app.IngelogdAsync(paginas, "wijkteam@demo.example");

        // Veilig Thuis registers the melding with the household.
        await vt.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Melding registreren" }).ClickAsync();
        await Assertions.Expect(vt.Kop("Melding registreren")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(vt, "melding-registreren");
        await vt.GetByLabel("Naam van het dossier").FillAsync("Gezin Browsertest");
        await vt.GetByLabel("Soort zorg").SelectOptionAsync(new SelectOptionValue { Label = "Partnergeweld" });
        await vt.GetByLabel("Korte omschrijving").FillAsync("Politie meldt huiselijk geweld; de kinderen waren thuis.");
        await vt.GetByLabel("Naam melder").FillAsync("Agent Bakker");
        await vt.GetByLabel("Rol melder").FillAsync("Politie");
        await vt.GetByLabel("Contactgegevens melder").FillAsync("0900-8844");
        await vt.GetByLabel("De melder blijft anoniem naar het gezin").CheckAsync();
        await vt.VulGezinslidAsync(1, "Eva Browsertest", "1991-04-12", "Ouder/verzorger");
        await vt.VulGezinslidAsync(2, "Tim Browsertest", "1989-09-30", "Ouder/verzorger");
        await vt.VulGezinslidAsync(3, "Noor Browsertest", "2020-02-29", "Kind");
        await vt.KlikAsync(AriaRole.Button, "Melding registreren");

        await Assertions.Expect(vt).ToHaveURLAsync(DossierPagina());
        await Assertions.Expect(vt.Kop("Gezin Browsertest")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(vt, "dossier");
        var dossier = vt.DossierId();

        // The veiligheidsbeoordeling: a judgement for the child, a kindcheck per adult, besluit overdracht.
        await vt.KlikAsync(AriaRole.Link, "Veiligheidsbeoordeling vastleggen");
        await Toegankelijkheid.ControleerAsync(vt, "veiligheidsbeoordeling");
        await vt.GetByRole(AriaRole.Group, new() { Name = "Acute onveiligheid" }).GetByLabel("Nee").CheckAsync();
        await vt.GetByRole(AriaRole.Group, new() { Name = "Structurele onveiligheid" }).GetByLabel("Ja").CheckAsync();
        await vt.GetByLabel("Oordeel voor Noor Browsertest").SelectOptionAsync(new SelectOptionValue { Label = "Voorwaardelijk veilig" });
        foreach (var ouder in new[] { "Eva Browsertest", "Tim Browsertest" })
        {
            var kindcheck = vt.GetByRole(AriaRole.Group, new() { Name = $"Kindcheck {ouder}" });
            await kindcheck.GetByRole(AriaRole.Group, new() { Name = $"Minderjarige kinderen afhankelijk van {ouder}?" }).GetByLabel("Ja").CheckAsync();
            await kindcheck.GetByRole(AriaRole.Group, new() { Name = "Zo ja: zijn die kinderen veilig?" }).GetByLabel("Nee").CheckAsync();
        }

        await vt.GetByLabel("Gebruikt instrument").SelectOptionAsync(new SelectOptionValue { Label = "LIRIK" });
        await vt.GetByLabel("Versie").FillAsync("2.1");
        await vt.GetByLabel("Uitkomst").FillAsync("Hoog risico");
        await vt.GetByLabel("Onderbouwing").FillAsync("Herhaald geweld waar het kind getuige van is.");
        await vt.GetByLabel("Overdracht aan lokaal team").CheckAsync();
        await vt.KlikAsync(AriaRole.Button, "Beoordeling vastleggen");

        // Straight on to the offer to the wijkteam.
        await Assertions.Expect(vt.Kop("Warme overdracht aanbieden")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(vt, "overdracht-aanbieden");
        await vt.GetByLabel("Wijkteam", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sociaal Wijkteam Wijchen-Centrum" });
        await vt.GetByLabel("Context voor het wijkteam").FillAsync("Ouders willen hulp; vader woont bij zijn broer.");
        var voorwaarde = vt.GetByRole(AriaRole.Group, new() { Name = "Voorwaarde 1" });
        await voorwaarde.GetByLabel("Voorwaarde 1").FillAsync("Geen geweld in het bijzijn van Noor");
        await voorwaarde.GetByLabel("Voor wie").FillAsync("Beide ouders");
        await voorwaarde.GetByLabel("Verantwoordelijke").FillAsync("Ouders");
        await vt.KlikAsync(AriaRole.Button, "Overdracht aanbieden");
        await Assertions.Expect(vt.GetByRole(AriaRole.Main)).ToContainTextAsync("Overdracht aangeboden");

        // The teamleider finds the offer in the inbox and plans the gesprek with the family.
        await teamleider.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Overdrachten" }).ClickAsync();
        var rij = teamleider.GetByRole(AriaRole.Row).Filter(new() { HasText = "Gezin Browsertest" });
        await Assertions.Expect(rij).ToContainTextAsync("Gesprek nog plannen");
        await Toegankelijkheid.ControleerAsync(teamleider, "overdracht-inbox");
        await rij.GetByRole(AriaRole.Link, new() { Name = "Gezin Browsertest" }).ClickAsync();
        await teamleider.KlikAsync(AriaRole.Link, "Overdrachtsgesprek plannen");
        await Toegankelijkheid.ControleerAsync(teamleider, "gesprek-plannen");
        var gesprekOp = app.Klok.Nu.AddMinutes(15).ToOffset(TimeSpan.FromHours(1));
        await teamleider.GetByLabel("Datum en tijd").FillAsync(gesprekOp.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await teamleider.GetByLabel("Plaats").FillAsync("Wijkcentrum De Schakel");
        await teamleider.GetByLabel("Beoogd casusregisseur").SelectOptionAsync(new SelectOptionValue { Label = "Joris Hendriks" });
        await teamleider.KlikAsync(AriaRole.Button, "Gesprek plannen");
        await Assertions.Expect(teamleider.GetByRole(AriaRole.Main)).ToContainTextAsync("Overdrachtsgesprek gepland");

        // Twenty minutes later the gesprek has been held, with the parents: a warm handover, accepted.
        app.Klok.Nu = app.Klok.Nu.AddMinutes(20);
        await teamleider.KlikAsync(AriaRole.Link, "Overdrachtsgesprek vastleggen");
        await Toegankelijkheid.ControleerAsync(teamleider, "gesprek-vastleggen");
        await Assertions.Expect(teamleider.GetByRole(AriaRole.Group, new() { Name = "Aanwezige gezinsleden" }).GetByLabel("Eva Browsertest")).ToBeCheckedAsync();
        await teamleider.KlikAsync(AriaRole.Button, "Gesprek vastleggen");
        await teamleider.KlikAsync(AriaRole.Link, "Overdracht accepteren");
        await Toegankelijkheid.ControleerAsync(teamleider, "overdracht-accepteren");
        await teamleider.GetByLabel("Casusregisseur").SelectOptionAsync(new SelectOptionValue { Label = "Joris Hendriks" });
        await teamleider.KlikAsync(AriaRole.Button, "Overdracht accepteren");
        await Assertions.Expect(teamleider.GetByRole(AriaRole.Main)).ToContainTextAsync("Casusregie");

        // The casusregisseur sees the new dossier in Mijn werk, with the plan deadline, and holds regie.
        await regisseur.ReloadAsync();
        var taak = regisseur.GetByRole(AriaRole.Row).Filter(new() { HasText = "Gezin Browsertest" });
        await Assertions.Expect(taak).ToContainTextAsync("Casusregie: veiligheidsplan vaststellen");
        await taak.GetByRole(AriaRole.Link, new() { Name = "Gezin Browsertest" }).ClickAsync();
        await Assertions.Expect(regisseur).ToHaveURLAsync(new Regex($"/Dossiers/{dossier}$"));
        await Assertions.Expect(regisseur.GetByRole(AriaRole.Main)).ToContainTextAsync("Joris Hendriks");
        await Toegankelijkheid.ControleerAsync(regisseur, "dossier-casusregie");

        // Veilig Thuis no longer holds regie but still sees the dossier it monitors.
        await vt.GotoAsync($"/Dossiers/{dossier}");
        await Assertions.Expect(vt.GetByRole(AriaRole.Main)).ToContainTextAsync("Casusregie");
    });

    [Fact]
    public Task Een_fout_in_de_melding_staat_naast_het_veld_en_de_invoer_blijft_staan() => Artefacten.ScenarioAsync(nameof(WarmeOverdrachtTests), async paginas =>
    {
        var vt = await app.IngelogdAsync(paginas, "vt@demo.example");
        await vt.GotoAsync("/Meldingen/Nieuw");
        await vt.GetByLabel("Naam van het dossier").FillAsync("Gezin Halfvol");
        await vt.GetByLabel("Korte omschrijving").FillAsync("Buren horen geschreeuw.");
        await vt.VulGezinslidAsync(1, "Kim Halfvol", "2031-01-01", "Kind");
        await vt.KlikAsync(AriaRole.Button, "Melding registreren");

        var soort = vt.GetByLabel("Soort zorg");
        await Assertions.Expect(soort).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(vt.Locator("#Input_SoortZorg-fout")).ToHaveTextAsync(new Regex("^Kies"));
        var geboortedatum = vt.GetByRole(AriaRole.Group, new() { Name = "Gezinslid 1" }).GetByLabel("Geboortedatum");
        await Assertions.Expect(geboortedatum).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(vt.GetByLabel("Naam van het dossier")).ToHaveValueAsync("Gezin Halfvol");
        await Assertions.Expect(vt.GetByLabel("Korte omschrijving")).ToHaveValueAsync("Buren horen geschreeuw.");
        await Assertions.Expect(vt.GetByRole(AriaRole.Group, new() { Name = "Gezinslid 1" }).GetByLabel("Naam")).ToHaveValueAsync("Kim Halfvol");
        await Assertions.Expect(geboortedatum).ToHaveValueAsync("2031-01-01");
        await Toegankelijkheid.ControleerAsync(vt, "melding-met-fouten");
    });

    [Fact]
    public Task Een_dossier_dat_niet_van_jou_is_bestaat_voor_jou_niet() => Artefacten.ScenarioAsync(nameof(WarmeOverdrachtTests), async paginas =>
    {
        var centrum = await app.IngelogdAsync(paginas, "wijkteam@demo.example");
        await centrum.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(centrum).ToHaveURLAsync(DossierPagina());
        var dossier = centrum.DossierId();

        var dorpen = await app.IngelogdAsync(paginas, "wijkteam2@demo.example");
        var antwoord = await dorpen.GotoAsync($"/Dossiers/{dossier}");
        Assert.Equal(404, antwoord!.Status);
        await Assertions.Expect(dorpen.Kop("Niet gevonden")).ToBeVisibleAsync();
        await Assertions.Expect(dorpen.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Gezin");
        await Toegankelijkheid.ControleerAsync(dorpen, "niet-gevonden");

        var onbestaand = await dorpen.GotoAsync($"/Dossiers/{Guid.NewGuid()}");
        Assert.Equal(404, onbestaand!.Status);
        await Assertions.Expect(dorpen.Kop("Niet gevonden")).ToBeVisibleAsync();
    });

    [GeneratedRegex("/Dossiers/[0-9a-f-]{36}$")]
    private static partial Regex DossierPagina();
}
