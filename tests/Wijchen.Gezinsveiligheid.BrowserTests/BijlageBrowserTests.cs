using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Tests;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>The app with a real clamd of its own (<see cref="Clamd"/>), started before it.</summary>
public sealed class BijlageBrowserApp : BrowserApp
{
    public Clamd Clamd { get; } = new();

    protected override IReadOnlyDictionary<string, string> ExtraInstellingen => new Dictionary<string, string> { ["Bijlagen:Virusscanner"] = Clamd.Adres };

    public override async Task InitializeAsync()
    {
        await Clamd.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Clamd.DisposeAsync();
    }
}

/// <summary>
/// In Chromium, as people click: Joris adds a document to his dossier (first with nothing filled in, then a file that
/// carries a virus, then a clean one), downloads it and deletes it with a reason; the privacy officer registers an
/// inzage request, reviews it, releases it and places a legal hold. axe on every new page.
/// </summary>
[Trait("Snelheid", "Traag")]
public class BijlageBrowserTests(BijlageBrowserApp app) : IClassFixture<BijlageBrowserApp>
{
    [Fact]
    public Task Een_medewerker_voegt_een_bijlage_toe_downloadt_hem_en_verwijdert_hem_met_een_reden() => Artefacten.ScenarioAsync(nameof(BijlageBrowserTests), async paginas =>
    {
        var dossier = await MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie && d.RegiehouderId == db.Users.Single(u => u.Email == "wijkteam@demo.example").Id)
            .OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());
        var joris = await app.IngelogdAsync(paginas, "wijkteam@demo.example");
        await joris.GotoAsync($"/Dossiers/{dossier}");
        await joris.GetByRole(AriaRole.Link, new() { Name = "Bijlage toevoegen of verwijderde bijlagen bekijken" }).ClickAsync();
        await Assertions.Expect(joris.GetByRole(AriaRole.Heading, new() { Name = "Bijlage toevoegen" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(joris, "bijlagen");

        // Nothing filled in: a message next to each field.
        await joris.KlikAsync(AriaRole.Button, "Bijlage toevoegen");
        await Assertions.Expect(joris.Locator("#Input_Bestand-fout")).ToHaveTextAsync("Kies een bestand om toe te voegen.");
        await Assertions.Expect(joris.Locator("#Input_Categorie-fout")).ToHaveTextAsync("Kies wat voor document dit is.");
        await Assertions.Expect(joris.Locator("#Input_Beschrijving-fout")).ToHaveTextAsync("Beschrijf in een zin wat er in het document staat.");
        await Toegankelijkheid.ControleerAsync(joris, "bijlagen-fouten");

        // A PDF with the EICAR test string: refused by the scanner, what was typed stays.
        await joris.GetByLabel("Soort document").SelectOptionAsync(new SelectOptionValue { Label = "Rapportage of onderzoek" });
        await joris.GetByLabel("Beschrijving").FillAsync("Rapportage van de school, oktober");
        await joris.GetByLabel("Bestand").SetInputFilesAsync(new FilePayload { Name = "school.pdf", MimeType = "application/pdf", Buffer = Testbestanden.PdfMetEicar() });
        await joris.KlikAsync(AriaRole.Button, "Bijlage toevoegen");
        await Assertions.Expect(joris.Locator("#Input_Bestand-fout")).ToContainTextAsync("De virusscanner vond schadelijke inhoud");
        await Assertions.Expect(joris.GetByLabel("Beschrijving")).ToHaveValueAsync("Rapportage van de school, oktober");
        Assert.Equal(0, await MetDbAsync(db => db.Bijlagen.CountAsync(b => b.DossierId == dossier)));

        var inhoud = Testbestanden.Pdf("Rapportage van de school");
        await joris.GetByLabel("Bestand").SetInputFilesAsync(new FilePayload { Name = "school.pdf", MimeType = "application/pdf", Buffer = inhoud });
        await joris.KlikAsync(AriaRole.Button, "Bijlage toevoegen");
        await Assertions.Expect(joris.GetByRole(AriaRole.Status)).ToHaveTextAsync("Bijlage toegevoegd: school.pdf.");
        var download = await joris.RunAndWaitForDownloadAsync(() => joris.GetByRole(AriaRole.Link, new() { Name = "school.pdf" }).ClickAsync());
        Assert.Equal("school.pdf", download.SuggestedFilename);
        Assert.Equal(inhoud, await File.ReadAllBytesAsync(await download.PathAsync()));

        await joris.GetByRole(AriaRole.Link, new() { Name = "Rapportage van de school, oktober" }).ClickAsync();
        await Assertions.Expect(joris.Kop("Rapportage van de school, oktober")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(joris, "bijlage");
        await joris.KlikAsync(AriaRole.Button, "Bijlage verwijderen");
        await Assertions.Expect(joris.Locator("#Reden-fout")).ToContainTextAsync("Schrijf op waarom de bijlage weg moet");
        await joris.GetByLabel("Waarom moet de bijlage weg?").FillAsync("Hoort bij een ander gezin");
        await joris.KlikAsync(AriaRole.Button, "Bijlage verwijderen");
        await Assertions.Expect(joris.GetByRole(AriaRole.Status)).ToContainTextAsync("Bijlage verwijderd");
        await Assertions.Expect(joris.GetByText("Hoort bij een ander gezin", new() { Exact = false })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(joris, "bijlage-verwijderd");
    });

    [Fact]
    public Task De_privacyfunctionaris_geeft_een_inzage_vrij_en_schort_een_bewaartermijn_op() => Artefacten.ScenarioAsync(nameof(BijlageBrowserTests), async paginas =>
    {
        var bsn = await MetDbAsync(db => db.Dossiers.SelectMany(d => d.Gezinsleden).Where(g => g.Bsn != null).Select(g => g.Bsn!).FirstAsync());
        var privacy = await app.IngelogdAsync(paginas, "privacy@demo.example");
        await privacy.GetByRole(AriaRole.Navigation, new() { Name = "Privacy" }).GetByRole(AriaRole.Link, new() { Name = "AVG-verzoeken" }).ClickAsync();
        await Assertions.Expect(privacy.Kop("AVG-verzoeken")).ToBeVisibleAsync();
        await privacy.KlikAsync(AriaRole.Button, "Verzoek vastleggen");
        await Assertions.Expect(privacy.Locator("#Input_Recht-fout")).ToHaveTextAsync("Kies wat de persoon vraagt: inzage of correctie.");
        await Toegankelijkheid.ControleerAsync(privacy, "avg-verzoeken-fouten");
        await privacy.GetByLabel("Inzage (art. 15)").CheckAsync();
        await privacy.GetByLabel("BSN van de persoon").FillAsync(bsn.Waarde);
        await privacy.KlikAsync(AriaRole.Button, "Verzoek vastleggen");
        await Assertions.Expect(privacy.Kop("Verzoek om inzage (art. 15)")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(privacy, "avg-verzoek");

        await privacy.KlikAsync(AriaRole.Button, "Overzicht vrijgeven");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Alert)).ToContainTextAsync("Beoordeel eerst elk onderdeel");
        await privacy.KlikAsync(AriaRole.Button, "Beoordeling vastleggen");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Status)).ToContainTextAsync("Beoordeling vastgelegd");
        await privacy.KlikAsync(AriaRole.Button, "Overzicht vrijgeven");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Status)).ToContainTextAsync("Overzicht vrijgegeven");
        var json = await privacy.RunAndWaitForDownloadAsync(() => privacy.GetByRole(AriaRole.Link, new() { Name = "JSON-bestand downloaden" }).ClickAsync());
        Assert.Contains(bsn.Waarde, await File.ReadAllTextAsync(await json.PathAsync()), StringComparison.Ordinal);
        await privacy.GetByRole(AriaRole.Link, new() { Name = "Afdrukken of als PDF bewaren" }).ClickAsync();
        await Assertions.Expect(privacy.Kop("Inzage in uw gegevens")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(privacy, "avg-afdruk");

        var afgesloten = await MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Afgesloten).Select(d => d.Id).FirstAsync());
        await privacy.GotoAsync("/Privacy/Bewaarplicht");
        await privacy.KlikAsync(AriaRole.Button, "Bewaartermijn opschorten");
        await Assertions.Expect(privacy.Locator("#Input_Kenmerk-fout")).ToContainTextAsync("Vul het kenmerk van het dossier in");
        await Toegankelijkheid.ControleerAsync(privacy, "bewaarplicht-fouten");
        await privacy.GetByLabel("Kenmerk van het dossier").FillAsync(Weergave.Kenmerk(afgesloten));
        await privacy.GetByLabel("Grond").SelectOptionAsync(new SelectOptionValue { Label = "Klacht" });
        await privacy.GetByLabel("Reden").FillAsync("Klacht 2026-014 van de moeder");
        await privacy.KlikAsync(AriaRole.Button, "Bewaartermijn opschorten");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Status)).ToContainTextAsync("Bewaartermijn opgeschort");
        await privacy.GetByRole(AriaRole.Link, new() { Name = $"Opheffen voor {Weergave.Kenmerk(afgesloten)}" }).ClickAsync();
        await Toegankelijkheid.ControleerAsync(privacy, "bewaarplicht-opheffen");
        await privacy.KlikAsync(AriaRole.Button, "Opschorting opheffen");
        await Assertions.Expect(privacy.Locator("#Reden-fout")).ToContainTextAsync("waarom de opschorting eindigt");
        await privacy.GetByLabel("Waarom eindigt de opschorting?").FillAsync("Klacht afgehandeld, niet gegrond");
        await privacy.KlikAsync(AriaRole.Button, "Opschorting opheffen");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Status)).ToContainTextAsync("Opschorting opgeheven");
        await Toegankelijkheid.ControleerAsync(privacy, "bewaarplicht");
    });

    private async Task<T> MetDbAsync<T>(Func<AppDbContext, Task<T>> actie)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await actie(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
