using System.Text.RegularExpressions;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>Casusregie and the regie dashboard, as the casusregisseur and the manager use them.</summary>
[Trait("Snelheid", "Traag")]
public class RegieTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task De_casusregisseur_schrijft_het_veiligheidsplan_en_leest_de_chronologie() => Artefacten.ScenarioAsync(nameof(RegieTests), async paginas =>
    {
        var regisseur = await app.IngelogdAsync(paginas, "wijkteam@demo.example");
        var taak = regisseur.GetByRole(AriaRole.Row).Filter(new() { HasText = "Casusregie: veiligheidsplan vaststellen" });
        var gezin = (await taak.GetByRole(AriaRole.Link).TextContentAsync())!;
        await taak.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(regisseur.Kop(gezin)).ToBeVisibleAsync();

        await regisseur.KlikAsync(AriaRole.Link, "Veiligheidsplan opstellen of wijzigen");
        await Toegankelijkheid.ControleerAsync(regisseur, "veiligheidsplan-bewerken");
        await regisseur.GetByLabel("Zorgen", new() { Exact = true }).FillAsync("Als vader weer drinkt, kan het thuis opnieuw escaleren terwijl de kinderen erbij zijn.");
        await regisseur.GetByLabel("Wat gaat goed", new() { Exact = true }).FillAsync("Moeder belt de buurvrouw als het spannend wordt.");
        await regisseur.GetByLabel("Veiligheidsdoelen", new() { Exact = true }).FillAsync("De kinderen zijn nooit getuige van geweld.");
        var afspraak = regisseur.GetByRole(AriaRole.Group, new() { Name = "Afspraak 1", Exact = true });
        await afspraak.GetByLabel("Afspraak 1: wie").FillAsync("Vader");
        await afspraak.GetByLabel("Wat", new() { Exact = true }).FillAsync("Gaat naar zijn broer als hij boos wordt");
        await afspraak.GetByLabel("Wanneer", new() { Exact = true }).FillAsync("Direct");
        await afspraak.GetByLabel("Als het misgaat").FillAsync("Moeder belt 112 en Veilig Thuis");
        await regisseur.KlikAsync(AriaRole.Button, "Concept opslaan");

        // The concept plan as the family will read it, with the agreement just written.
        await Assertions.Expect(regisseur.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Veiligheidsplan versie \\d+$"));
        await Assertions.Expect(regisseur.GetByRole(AriaRole.Main)).ToContainTextAsync("Gaat naar zijn broer als hij boos wordt");
        await Toegankelijkheid.ControleerAsync(regisseur, "veiligheidsplan");
        await regisseur.KlikAsync(AriaRole.Link, "Terug naar het dossier");
        await Assertions.Expect(regisseur.Kop(gezin)).ToBeVisibleAsync();
        await regisseur.KlikAsync(AriaRole.Link, "Filteren op soort of afdrukken");
        await Assertions.Expect(regisseur.Kop($"Chronologie {gezin}")).ToBeVisibleAsync();
        await Assertions.Expect(regisseur.GetByRole(AriaRole.Main)).ToContainTextAsync("Veiligheidsplan");
        await Toegankelijkheid.ControleerAsync(regisseur, "chronologie");
    });

    [Fact]
    public Task De_manager_ziet_het_dashboard_de_dossiers_achter_een_getal_en_het_inspectierapport() => Artefacten.ScenarioAsync(nameof(RegieTests), async paginas =>
    {
        var manager = await app.IngelogdAsync(paginas, "manager@demo.example");
        await manager.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Assertions.Expect(manager.Kop("Regiedashboard")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Main)).ToContainTextAsync("Dossiers zonder regiehouder");
        await Toegankelijkheid.ControleerAsync(manager, "dashboard");

        // Every number opens the dossiers behind it: for a manager by kenmerk, without family names.
        var tegel = manager.GetByRole(AriaRole.Link).Filter(new() { HasText = "Dossiers zonder regiehouder" });
        await tegel.ClickAsync();
        await Assertions.Expect(manager.Kop("Dossiers zonder regiehouder")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Gezin ");
        await Toegankelijkheid.ControleerAsync(manager, "dashboard-dossiers");

        await manager.GoBackAsync();
        await manager.KlikAsync(AriaRole.Link, "Inspectierapport (afdrukken)");
        await Assertions.Expect(manager.Kop("Gezinsveiligheid Wijchen — rapportage voor de inspectie")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(manager, "inspectierapport");
    });
}
