using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>
/// In Chromium, as people click: Esra of Dorpen breaks the glass into a Centrum dossier; Marieke, Centrum's teamleider,
/// sees the bell count up, finds the notification with the filter, opens it, marks the rest read and chooses the daily
/// digest; the beheerder sends a failed e-mail again. axe on every new page.
/// </summary>
[Trait("Snelheid", "Traag")]
public class NotificatieBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task Een_teamleider_ziet_de_noodtoegang_bij_de_bel_opent_hem_en_kiest_het_dagoverzicht() => Artefacten.ScenarioAsync(nameof(NotificatieBrowserTests), async paginas =>
    {
        var dossier = await MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());
        var kenmerk = Weergave.Kenmerk(dossier);
        var esra = await app.IngelogdAsync(paginas, "wijkteam2@demo.example");
        await esra.GotoAsync($"/Dossiers/{dossier}/Noodtoegang");
        await esra.GetByLabel("Grond voor noodtoegang").SelectOptionAsync(new SelectOptionValue { Label = "Acuut gevaar voor een gezinslid" });
        await esra.GetByLabel("Waarom moet u dit dossier nu inzien?").FillAsync("Crisisdienst: moeder belt nu, casusregisseur is niet bereikbaar.");
        await esra.KlikAsync(AriaRole.Button, "Dossier inzien met noodtoegang");
        await Assertions.Expect(esra.GetByRole(AriaRole.Status).First).ToContainTextAsync("noodtoegang");

        var marieke = await app.IngelogdAsync(paginas, "teamleider@demo.example");
        var ongelezen = await MetDbAsync(db => db.Notificaties.CountAsync(n => n.OntvangerId == db.Users.Single(u => u.Email == "teamleider@demo.example").Id && n.GelezenOp == null));
        Assert.True(ongelezen >= 1);
        var bel = marieke.GetByRole(AriaRole.Link, new() { Name = $"Notificaties {ongelezen} ongelezen" });
        await Assertions.Expect(bel).ToBeVisibleAsync();
        await bel.ClickAsync();
        await Assertions.Expect(marieke.Kop("Notificaties")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(marieke, "notificaties");

        await marieke.GetByLabel("Tonen").SelectOptionAsync(new SelectOptionValue { Label = "Alleen ongelezen" });
        await marieke.GetByLabel("Soort").SelectOptionAsync(new SelectOptionValue { Label = Notificatiesoort.Noodtoegang.Titel() });
        await marieke.KlikAsync(AriaRole.Button, "Filteren");
        var link = marieke.GetByRole(AriaRole.Link, new() { Name = $"{Notificatiesoort.Noodtoegang.Titel()} — dossier {kenmerk}" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(marieke.GetByLabel("Soort")).ToHaveValueAsync(nameof(Notificatiesoort.Noodtoegang));
        await Toegankelijkheid.ControleerAsync(marieke, "notificaties-gefilterd");
        await link.ClickAsync();
        await Assertions.Expect(marieke).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Dossiers/{dossier}$"));
        await Assertions.Expect(marieke.GetByRole(AriaRole.Link, new() { Name = $"Notificaties {ongelezen - 1} ongelezen" })).ToBeVisibleAsync();

        await marieke.GotoAsync("/Notificaties");
        await marieke.KlikAsync(AriaRole.Button, "Alles als gelezen markeren");
        await Assertions.Expect(marieke.GetByRole(AriaRole.Status)).ToContainTextAsync("als gelezen gemarkeerd");
        await Assertions.Expect(marieke.GetByRole(AriaRole.Link, new() { Name = "Notificaties", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(marieke.GetByText("U hebt geen ongelezen notificaties.")).ToBeVisibleAsync();

        // A new offer cannot be switched off for a teamleider, the digest can be chosen.
        await marieke.GetByRole(AriaRole.Link, new() { Name = "stel hier in welke e-mail u krijgt" }).ClickAsync();
        await Assertions.Expect(marieke.Kop("E-mail bij notificaties")).ToBeVisibleAsync();
        var aanbod = marieke.GetByRole(AriaRole.Group, new() { Name = Notificatiesoort.NieuwAanbod.Titel() });
        await Assertions.Expect(aanbod.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await aanbod.GetByLabel(Bezorging.Dagelijks.Naam()).CheckAsync();
        // A checked radio draws its dot: the theme hides the native one, so the component must draw its own.
        static Task<string> Stip(ILocator radio) => radio.EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        Assert.NotEqual(await Stip(aanbod.GetByLabel(Bezorging.Direct.Naam())), await Stip(aanbod.GetByLabel(Bezorging.Dagelijks.Naam())));
        await Toegankelijkheid.ControleerAsync(marieke, "e-mailinstellingen");
        await marieke.KlikAsync(AriaRole.Button, "Instellingen opslaan");
        await Assertions.Expect(marieke.GetByRole(AriaRole.Status)).ToContainTextAsync("opgeslagen");
        await Assertions.Expect(marieke.GetByRole(AriaRole.Group, new() { Name = Notificatiesoort.NieuwAanbod.Titel() }).GetByLabel(Bezorging.Dagelijks.Naam())).ToBeCheckedAsync();
        Assert.Equal(Bezorging.Dagelijks, await MetDbAsync(db => db.Notificatievoorkeuren
            .Where(v => v.GebruikerId == db.Users.Single(u => u.Email == "teamleider@demo.example").Id && v.Soort == Notificatiesoort.NieuwAanbod).Select(v => v.Bezorging).SingleAsync()));
    });

    [Fact]
    public Task De_beheerder_ziet_een_mislukte_e_mail_met_de_reden_en_verstuurt_hem_opnieuw() => Artefacten.ScenarioAsync(nameof(NotificatieBrowserTests), async paginas =>
    {
        const string onderwerp = "Termijn verstreken — dossier 0123456789AB";
        await app.MislukteMailAsync("teamleider@demo.example", onderwerp);
        var beheerder = await app.MetPasskeyAsync(paginas, "beheerder@demo.example");
        await beheerder.GotoAsync("/Beheer");
        await beheerder.GetByRole(AriaRole.Navigation, new() { Name = "Beheer" }).GetByRole(AriaRole.Link, new() { Name = "E-mail" }).ClickAsync();
        await Assertions.Expect(beheerder.Kop("E-mail")).ToBeVisibleAsync();
        var rij = beheerder.GetByRole(AriaRole.Row).Filter(new() { HasText = onderwerp });
        await Assertions.Expect(rij).ToContainTextAsync("mislukt");
        await Assertions.Expect(rij).ToContainTextAsync("5.7.1 Relaying denied");
        await Toegankelijkheid.ControleerAsync(beheerder, "e-mail-mislukt");

        await beheerder.KlikAsync(AriaRole.Button, $"Opnieuw versturen ({onderwerp})");
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Status)).ToContainTextAsync("staat weer in de wachtrij");
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Row).Filter(new() { HasText = onderwerp })).Not.ToContainTextAsync("mislukt");
        await Toegankelijkheid.ControleerAsync(beheerder, "e-mail-opnieuw");
    });

    private async Task<T> MetDbAsync<T>(Func<AppDbContext, Task<T>> vraag)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await vraag(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
