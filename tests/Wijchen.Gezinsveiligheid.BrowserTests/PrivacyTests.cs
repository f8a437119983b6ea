using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

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
        var regel = privacy.GetByRole(AriaRole.Row).Filter(new() { HasText = "Noodtoegang gevraagd" }).Filter(new() { HasText = "Marieke van den Broek" });
        await Assertions.Expect(regel).ToHaveCountAsync(1);
        await Assertions.Expect(regel).ToContainTextAsync("127.0.0.1");
        await Toegankelijkheid.ControleerAsync(privacy, "toegangslog");

        await privacy.GetByRole(AriaRole.Navigation, new() { Name = "Privacy" }).GetByRole(AriaRole.Link, new() { Name = "Noodtoegang beoordelen" }).ClickAsync();
        await Assertions.Expect(privacy.GetByRole(AriaRole.Main)).ToContainTextAsync("Crisisdienst: moeder belt nu");
        await Toegankelijkheid.ControleerAsync(privacy, "noodtoegang-beoordelen");
        var beoordeling = privacy.GetByRole(AriaRole.Region, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Marieke van den Broek") });
        await beoordeling.GetByLabel("Uw beoordeling").FillAsync("Terecht; besproken met de teamleider van Dorpen.");
        await beoordeling.GetByRole(AriaRole.Button, new() { Name = "Markeer als beoordeeld" }).ClickAsync();
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
    public Task Boven_de_daglimiet_wacht_noodtoegang_tot_de_eigen_teamleider_goedkeurt() => Artefacten.ScenarioAsync(nameof(PrivacyTests), async paginas =>
    {
        // Lars (Centrum) has broken the glass three times today already; the fourth asks his teamleider Marieke.
        var (lars, dossiers) = await MetDbAsync(async db => (
            await db.Users.Where(u => u.Email == "wijkteam3@demo.example").Select(u => u.Id).SingleAsync(),
            await db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamDorpen).OrderByDescending(d => d.Id).Select(d => d.Id).Take(4).ToListAsync()));
        var nu = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await MetDbAsync(async db =>
        {
            foreach (var eerder in dossiers.Skip(1))
            {
                db.Noodtoegangen.Add(Noodtoegang.Verleend(new Noodtoegang
                {
                    Id = Guid.CreateVersion7(), GebruikerId = lars, GebruikerNaam = "Lars de Wit", AanvragerTeamId = DemoSeeder.WijkteamCentrum, DossierId = eerder,
                    TeamId = DemoSeeder.WijkteamDorpen, Grond = Noodtoegangsgrond.AcuutGevaar, Reden = "Crisisdienst: de moeder belt over een dreigende situatie", Op = nu.AddHours(-2),
                }, TimeSpan.FromHours(8)));
            }

            return await db.SaveChangesAsync();
        });

        var medewerker = await app.IngelogdAsync(paginas, "wijkteam3@demo.example");
        await medewerker.GotoAsync($"{app.Adres}/Dossiers/{dossiers[0]}/Noodtoegang");
        await medewerker.GetByLabel("Grond voor noodtoegang").SelectOptionAsync(new SelectOptionValue { Label = "Er komt nu een nieuwe melding of vraag over dit gezin binnen" });
        await medewerker.GetByLabel("Waarom moet u dit dossier nu inzien?").FillAsync("De school belt over de oudste zoon; zijn casusregisseur is op vakantie.");
        await medewerker.KlikAsync(AriaRole.Button, "Dossier inzien met noodtoegang");
        await Assertions.Expect(medewerker.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("wacht op goedkeuring door een teamleider van uw eigen team");
        await Toegankelijkheid.ControleerAsync(medewerker, "noodtoegang-wacht");

        var teamleider = await app.IngelogdAsync(paginas, "teamleider@demo.example");
        await Assertions.Expect(teamleider.GetByRole(AriaRole.Main)).ToContainTextAsync("Eén aanvraag voor noodtoegang van uw team wacht op uw goedkeuring.");
        await teamleider.KlikAsync(AriaRole.Link, "Aanvragen bekijken");
        await Assertions.Expect(teamleider.Kop("Noodtoegang goedkeuren")).ToBeVisibleAsync();
        await Assertions.Expect(teamleider.GetByRole(AriaRole.Main)).ToContainTextAsync("Lars de Wit");
        await Toegankelijkheid.ControleerAsync(teamleider, "noodtoegang-goedkeuren");
        await teamleider.KlikAsync(AriaRole.Button, "Goedkeuren");
        await Assertions.Expect(teamleider.GetByRole(AriaRole.Status).First).ToContainTextAsync("De noodtoegang is goedgekeurd");
        await Assertions.Expect(teamleider.GetByRole(AriaRole.Main)).ToContainTextAsync("Er wachten geen aanvragen.");

        // The page that says "waiting" leads to the dossier once approved.
        await medewerker.ReloadAsync();
        await Assertions.Expect(medewerker).ToHaveURLAsync($"{app.Adres}/Dossiers/{dossiers[0]}");
        await Assertions.Expect(medewerker.GetByRole(AriaRole.Status).First).ToContainTextAsync("noodtoegang");
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

    private async Task<T> MetDbAsync<T>(Func<AppDbContext, Task<T>> actie)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await actie(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
