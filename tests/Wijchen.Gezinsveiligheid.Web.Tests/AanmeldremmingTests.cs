using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Pages.Account;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// Guessing is slowed down per account for every instance (the count is on the account), but someone who only knows an
/// e-mail address cannot keep its owner out: the owner's own browser is not held up (ADR 0013).
/// </summary>
public class AanmeldremmingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void De_wachttijd_begint_na_vijf_fouten_op_een_minuut_verdubbelt_en_stopt_bij_een_kwartier()
    {
        int[] fouten = [4, 5, 6, 7, 8, 9, 50, 99];
        var minuten = fouten.Select(f => Aanmeldremming.Wachttijd(f).TotalMinutes).ToArray();

        Assert.Equal([0, 1, 2, 4, 8, 15, 15, 15], minuten);
        var nu = AppFactory.Start;
        Assert.Null(Aanmeldremming.WachtenTot(4, nu));
        Assert.Equal(Aanmeldremming.Blokkade, Aanmeldremming.WachtenTot(Aanmeldremming.Blokkeren, nu));
        Assert.False(Aanmeldremming.IsUitgeschakeld(Aanmeldremming.Blokkade));
    }

    [Fact]
    public async Task Na_vijf_foute_wachtwoorden_wordt_ook_het_juiste_pas_na_de_wachttijd_geprobeerd_met_dezelfde_melding()
    {
        var email = await app.NieuwAccountAsync("raden@demo.example", "Raden Wachtwoord", Rollen.WijkteamMedewerker, DemoSeeder.WijkteamCentrum);
        var aanvaller = app.NieuweClient();
        for (var i = 0; i < Aanmeldremming.VrijePogingen; i++)
        {
            Assert.Equal(LoginModel.OngeldigeAanmelding, await MeldingAsync(await WachtwoordAsync(aanvaller, email, $"fout-wachtwoord-{i}")));
        }

        var juist = await WachtwoordAsync(app.NieuweClient(), email, AppFactory.Wachtwoord);
        Assert.Equal(HttpStatusCode.OK, juist.StatusCode);
        Assert.Equal(LoginModel.OngeldigeAanmelding, await MeldingAsync(juist));
        Assert.Equal(Aanmeldremming.VrijePogingen, await FoutenAsync(email));

        app.Klok.Nu += Aanmeldremming.Wachttijd(Aanmeldremming.VrijePogingen);
        Assert.Equal("/Account/Inlogcode", (await WachtwoordAsync(app.NieuweClient(), email, AppFactory.Wachtwoord)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Een_aanvaller_die_alleen_het_adres_kent_houdt_de_eigenaar_in_diens_eigen_browser_niet_buiten()
    {
        var email = await app.NieuwAccountAsync("eigenaar@demo.example", "Eigen Aar", Rollen.WijkteamMedewerker, DemoSeeder.WijkteamCentrum);
        var eigenaar = await app.LogInAsync(email);
        await UitloggenAsync(eigenaar);

        var aanvaller = app.NieuweClient();
        for (var i = 0; i < 30; i++)
        {
            await WachtwoordAsync(aanvaller, email, $"geraden-{i}");
        }

        Assert.Equal(LoginModel.OngeldigeAanmelding, await MeldingAsync(await WachtwoordAsync(app.NieuweClient(), email, AppFactory.Wachtwoord)));
        var terug = await app.WachtwoordEnCodeAsync(eigenaar, email);
        Assert.Equal(HttpStatusCode.Redirect, terug.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await eigenaar.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(0, await FoutenAsync(email));
    }

    [Fact]
    public async Task Vijf_fouten_in_de_eigen_browser_beeindigen_het_vertrouwen_van_die_browser()
    {
        var email = await app.NieuwAccountAsync("vergeetachtig@demo.example", "Ver Geetachtig", Rollen.WijkteamMedewerker, DemoSeeder.WijkteamCentrum);
        var browser = await app.LogInAsync(email);
        await UitloggenAsync(browser);

        for (var i = 0; i < VertrouwdApparaat.FoutenPerApparaat; i++)
        {
            await WachtwoordAsync(browser, email, $"bijna-{i}");
        }

        Assert.Equal(LoginModel.OngeldigeAanmelding, await MeldingAsync(await WachtwoordAsync(browser, email, AppFactory.Wachtwoord)));
    }

    [Fact]
    public async Task Gelijktijdige_pogingen_op_een_account_worden_niet_allemaal_geprobeerd()
    {
        var email = await app.NieuwAccountAsync("tegelijk@demo.example", "Te Gelijk", Rollen.WijkteamMedewerker, DemoSeeder.WijkteamCentrum);
        await app.MetDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.AccessFailedCount, Aanmeldremming.VrijePogingen - 1)));
        var clients = Enumerable.Range(0, 12).Select(_ => app.NieuweClient()).ToArray();
        foreach (var client in clients)
        {
            await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        }

        var antwoorden = await Task.WhenAll(clients.Select((client, i) => WachtwoordAsync(client, email, $"tegelijk-{i}")));

        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        // Only the first attempt got past the account: it made the fifth failure and the wait; the others were not checked.
        Assert.Equal(Aanmeldremming.VrijePogingen, await FoutenAsync(email));
    }

    [Fact]
    public async Task Na_honderd_fouten_op_rij_is_het_account_geblokkeerd_tot_de_beheerder_het_opheft_behalve_in_de_eigen_browser()
    {
        var email = await app.NieuwAccountAsync("geblokkeerd@demo.example", "Ge Blokkeerd", Rollen.WijkteamMedewerker, DemoSeeder.WijkteamCentrum);
        var eigenaar = await app.LogInAsync(email);
        await UitloggenAsync(eigenaar);
        await app.MetDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.AccessFailedCount, Aanmeldremming.Blokkeren - 1)));
        await WachtwoordAsync(app.NieuweClient(), email, "de-honderdste");

        app.Klok.Nu = app.Klok.Nu.AddDays(30);
        Assert.Equal(LoginModel.OngeldigeAanmelding, await MeldingAsync(await WachtwoordAsync(app.NieuweClient(), email, AppFactory.Wachtwoord)));
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var id = await app.MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var accountpagina = await beheerder.GetHtmlAsync($"/Beheer/Accounts/{id}");
        Assert.Contains("geblokkeerd na 100 foute pogingen op rij", accountpagina.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await app.WachtwoordEnCodeAsync(eigenaar, email)).StatusCode);
        await UitloggenAsync(eigenaar);
        // The owner's sign-in cleared the block; put it back to see the beheerder lift it for a browser without trust.
        await app.MetDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, Aanmeldremming.Blokkade)));

        var opheffen = await (await Formulier.VanKnopAsync(beheerder, $"/Beheer/Accounts/{id}", "Blokkade opheffen")).VerstuurAsync("Blokkade opheffen");
        await opheffen.DoorgestuurdAsync();
        Assert.Equal("/Account/Inlogcode", (await WachtwoordAsync(app.NieuweClient(), email, AppFactory.Wachtwoord)).Headers.Location?.OriginalString);
        Assert.Contains($"Beheer: blokkade opgeheven: {email}", await app.MetDbAsync(async db => string.Join("|", await db.Toegangslog.Select(r => r.Onderdeel).ToListAsync())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_passkey_wordt_niet_opgehouden_door_foute_wachtwoorden_en_wist_de_telling()
    {
        const string email = "beheerder@demo.example";
        await app.LogInMetPasskeyAsync(email);
        for (var i = 0; i < 8; i++)
        {
            await WachtwoordAsync(app.NieuweClient(), email, $"fout-{i}");
        }

        await app.LogInMetPasskeyAsync(email);
        Assert.Equal(0, await FoutenAsync(email));
    }

    private static Task<HttpResponseMessage> WachtwoordAsync(HttpClient client, string email, string wachtwoord) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = wachtwoord });

    private static async Task<string?> MeldingAsync(HttpResponseMessage antwoord) => (await antwoord.HtmlAsync()).QuerySelector("[role=alert]")?.TextContent;

    private static async Task UitloggenAsync(HttpClient client) => await (await Formulier.VanKnopAsync(client, "/", "Uitloggen")).VerstuurAsync("Uitloggen");

    private Task<int> FoutenAsync(string email) => app.MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync());
}
