using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>The beheerder's pages: accounts created with a one-time link, and changes that apply on the account's next request.</summary>
public class BeheerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string NieuwWachtwoord = "paarden eten graag appels";

    [Fact]
    public async Task Een_nieuw_account_kiest_met_een_eenmalige_link_een_wachtwoord_en_koppelt_daarna_een_app()
    {
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var formulier = await Formulier.OpenAsync(beheerder, "/Beheer/Nieuw");
        var aangemaakt = await (await formulier.Vul("Input.Naam", "Noor Bakker").Vul("Input.Email", "noor.bakker@demo.example")
            .Vul("Input.Rol", Rollen.WijkteamMedewerker).Vul("Input.TeamId", DemoSeeder.WijkteamCentrum.ToString()).VerstuurAsync()).HtmlAsync();
        var link = new Uri(aangemaakt.QuerySelector(".activeringslink")!.TextContent).PathAndQuery;
        Assert.StartsWith("/Account/Activeren?id=", link, StringComparison.Ordinal);
        Assert.Contains("Beheer: account aangemaakt: noor.bakker@demo.example, Medewerker wijkteam", await OnderdelenAsync(), StringComparison.Ordinal);

        var noor = app.NieuweClient();
        var veelgebruikt = await (await (await Formulier.OpenAsync(noor, link)).Vul("Input.Wachtwoord", "Welkom123456").Vul("Input.Herhaling", "Welkom123456").VerstuurAsync()).HtmlAsync();
        Assert.StartsWith("Dit wachtwoord wordt veel gebruikt", veelgebruikt.QuerySelector("#Input_Wachtwoord-fout")?.TextContent, StringComparison.Ordinal);
        var ongelijk = await (await (await Formulier.OpenAsync(noor, link)).Vul("Input.Wachtwoord", NieuwWachtwoord).Vul("Input.Herhaling", "iets anders").VerstuurAsync()).HtmlAsync();
        Assert.Equal("De twee wachtwoorden zijn niet gelijk.", ongelijk.QuerySelector("#Input_Herhaling-fout")?.TextContent);

        var gekozen = await (await (await Formulier.OpenAsync(noor, link)).Vul("Input.Wachtwoord", NieuwWachtwoord).Vul("Input.Herhaling", NieuwWachtwoord).VerstuurAsync()).HtmlAsync();
        Assert.Contains("Uw wachtwoord is ingesteld", gekozen.Tekst(), StringComparison.Ordinal);
        var nogmaals = await (await (await Formulier.OpenAsync(app.NieuweClient(), link)).Vul("Input.Wachtwoord", "een ander lang wachtwoord").Vul("Input.Herhaling", "een ander lang wachtwoord").VerstuurAsync()).HtmlAsync();
        Assert.Equal("Deze link is verlopen of al gebruikt. Vraag de beheerder om een nieuwe.", nogmaals.QuerySelector("[role=alert]")?.TextContent);

        var inloggen = await noor.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "noor.bakker@demo.example", ["Input.Wachtwoord"] = NieuwWachtwoord });
        Assert.StartsWith("/Account/AppKoppelen", inloggen.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onjuist_account_krijgt_meldingen_bij_de_velden_en_houdt_de_invoer()
    {
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");

        var pagina = await (await (await Formulier.OpenAsync(beheerder, "/Beheer/Nieuw")).Vul("Input.Naam", "Piet").Vul("Input.Email", "geen-adres")
            .Vul("Input.Rol", Rollen.VtMedewerker).Vul("Input.TeamId", DemoSeeder.WijkteamDorpen.ToString()).VerstuurAsync()).HtmlAsync();

        Assert.Equal("Dit is geen geldig e-mailadres.", pagina.QuerySelector("#Input_Email-fout")?.TextContent);
        Assert.Equal("Kies een team van Veilig Thuis.", pagina.QuerySelector("#Input_TeamId-fout")?.TextContent);
        Assert.Equal(("Piet", "geen-adres"), (pagina.QuerySelector("#Input_Naam")?.GetAttribute("value"), pagina.QuerySelector("#Input_Email")?.GetAttribute("value")));
        Assert.Equal(DemoSeeder.WijkteamDorpen.ToString(), pagina.QuerySelector("#Input_TeamId option[selected]")?.GetAttribute("value"));
        Assert.False(await app.MetDbAsync(db => db.Users.AnyAsync(u => u.Email == "geen-adres")));

        var dubbel = await (await (await Formulier.OpenAsync(beheerder, "/Beheer/Nieuw")).Vul("Input.Naam", "Tweede Joris").Vul("Input.Email", "wijkteam@demo.example")
            .Vul("Input.Rol", Rollen.Manager).VerstuurAsync()).HtmlAsync();
        Assert.Equal("Er is al een account met dit e-mailadres.", dubbel.QuerySelector("#Input_Email-fout")?.TextContent);
    }

    [Fact]
    public async Task Uitschakelen_geldt_bij_het_volgende_verzoek_en_houdt_de_deur_dicht()
    {
        var email = await app.NieuwAccountAsync("uit@demo.example", "Uit Schakel", Rollen.WijkteamMedewerker, DemoSeeder.WijkteamCentrum);
        var medewerker = await app.LogInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await medewerker.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var id = await IdAsync(email);
        await (await beheerder.PostFormAsync($"/Beheer/Accounts/{id}", $"/Beheer/Accounts/{id}?handler=Uitschakelen", [])).DoorgestuurdAsync();

        app.Klok.Nu = app.Klok.Nu.AddSeconds(1); // the stamp is checked once the cookie is older than the interval of zero
        var volgende = await medewerker.GetAsync(new Uri("/", UriKind.Relative));
        Assert.StartsWith("/Account/Login", volgende.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var opnieuw = await (await app.NieuweClient().PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = AppFactory.Wachtwoord })).HtmlAsync();
        Assert.Equal(Pages.Account.LoginModel.OngeldigeAanmelding, opnieuw.QuerySelector("[role=alert]")?.TextContent);
        Assert.Contains($"Beheer: account uitgeschakeld: {email}", await OnderdelenAsync(), StringComparison.Ordinal);
        Assert.Contains("uitgeschakeld", (await beheerder.GetHtmlAsync("/Beheer")).QuerySelectorAll("tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_nieuwe_rol_en_team_gelden_bij_het_volgende_verzoek()
    {
        var email = await app.NieuwAccountAsync("wissel@demo.example", "Wis Sel", Rollen.WijkteamMedewerker, DemoSeeder.WijkteamCentrum);
        var medewerker = await app.LogInAsync(email);
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var id = await IdAsync(email);

        await (await beheerder.PostFormAsync($"/Beheer/Accounts/{id}", $"/Beheer/Accounts/{id}?handler=RolEnTeam",
            new() { ["Input.Rol"] = Rollen.Teamleider, ["Input.TeamId"] = DemoSeeder.WijkteamDorpen.ToString() })).DoorgestuurdAsync();

        app.Klok.Nu = app.Klok.Nu.AddSeconds(1); // the stamp is checked once the cookie is older than the interval of zero
        Assert.StartsWith("/Account/Login", (await medewerker.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var alsTeamleider = await app.LogInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await alsTeamleider.GetAsync(new Uri("/Dashboard", UriKind.Relative))).StatusCode);
        var dorpen = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamDorpen).Select(d => d.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await alsTeamleider.GetAsync(new Uri($"/Dossiers/{dorpen}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Na_het_ontkoppelen_van_de_app_werkt_de_oude_code_niet_en_koppelt_men_een_nieuwe()
    {
        var email = await app.NieuwAccountAsync("telefoon-kwijt@demo.example", "Tele Foon", Rollen.VtMedewerker, DemoSeeder.VeiligThuisTeam);
        var medewerker = await app.LogInAsync(email);
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var id = await IdAsync(email);

        await (await beheerder.PostFormAsync($"/Beheer/Accounts/{id}", $"/Beheer/Accounts/{id}?handler=Tweestaps", [])).DoorgestuurdAsync();

        app.Klok.Nu = app.Klok.Nu.AddSeconds(1); // the stamp is checked once the cookie is older than the interval of zero
        Assert.StartsWith("/Account/Login", (await medewerker.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var opnieuw = await app.NieuweClient().PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = AppFactory.Wachtwoord });
        Assert.StartsWith("/Account/AppKoppelen", opnieuw.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var sleutel = await app.MetDbAsync(async db => (await db.UserTokens.SingleAsync(t => t.UserId == id && t.Name == "AuthenticatorKey")).Value);
        Assert.NotEqual(AppFactory.TestSleutel, sleutel);
    }

    [Fact]
    public async Task De_beheerder_kan_het_eigen_account_niet_uitschakelen_of_de_eigen_rol_wijzigen()
    {
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var id = await IdAsync("beheerder@demo.example");

        await (await beheerder.PostFormAsync($"/Beheer/Accounts/{id}", $"/Beheer/Accounts/{id}?handler=Uitschakelen", [])).DoorgestuurdAsync();
        var rol = await (await beheerder.PostFormAsync($"/Beheer/Accounts/{id}", $"/Beheer/Accounts/{id}?handler=RolEnTeam", new() { ["Input.Rol"] = Rollen.Manager })).HtmlAsync();

        Assert.Equal("U kunt uw eigen rol niet wijzigen; vraag een andere beheerder.", rol.QuerySelector("#Input_Rol-fout")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync(new Uri("/Beheer", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task De_toegangsreview_noemt_rol_team_en_laatste_aanmelding_en_markeert_ongebruikte_accounts()
    {
        await app.LogInAsync("teamleider2@demo.example");
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");

        var rijen = (await beheerder.GetHtmlAsync("/Beheer")).QuerySelectorAll("tbody tr").ToDictionary(r => r.Children[1].TextContent, r => r);

        var pieter = rijen["teamleider2@demo.example"];
        Assert.Equal(["Pieter Smulders", "teamleider2@demo.example", "Teamleider wijkteam", "Sociaal Wijkteam Wijchen-Dorpen", "actief", "gekoppeld"],
            pieter.Children.Take(6).Select(c => c.TextContent));
        Assert.DoesNotContain("nooit", pieter.Children[6].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("rij--aandacht", pieter.ClassName ?? "", StringComparison.Ordinal);
        var nooit = rijen.Values.First(r => r.Children[6].TextContent.StartsWith("nooit", StringComparison.Ordinal));
        Assert.Contains("rij--aandacht", nooit.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gewijzigde_termijnen_gelden_meteen_staan_in_het_log_en_overleven_een_herstart()
    {
        await using var eigen = new AppFactory();
        var beheerder = await eigen.LogInMetPasskeyAsync("beheerder@demo.example");

        var formulier = await Formulier.OpenAsync(beheerder, "/Beheer/Termijnen");
        Assert.Equal("10", formulier.Waarde("Input.OverdrachtBesluitWerkdagen"));
        await (await formulier.Vul("Input.OverdrachtBesluitWerkdagen", "12").Vul("Input.MonitoringMaanden", "3, 6, 9, 12, 18").VerstuurAsync()).DoorgestuurdAsync();

        var termijnen = eigen.Services.GetRequiredService<Termijnberekening>().Instellingen;
        Assert.Equal(12, termijnen.OverdrachtBesluitWerkdagen);
        Assert.Equal([3, 6, 9, 12, 18], termijnen.MonitoringMaanden);
        var regel = await eigen.MetDbAsync(db => db.Toegangslog.OrderByDescending(r => r.Volgnummer).Select(r => r.Onderdeel).FirstAsync());
        Assert.Equal("Beheer: termijnen 5/12/20/5 wd, V&V 10 wk, evaluatie 3 mnd, monitoring 3,6,9,12,18 mnd, bewaren 20/20 jr", regel);
        Assert.Contains("Laatst gewijzigd door Ruud Janssen", (await beheerder.GetHtmlAsync("/Beheer/Termijnen")).Tekst(), StringComparison.Ordinal);

        await using var herstart = new OpDezelfdeDatabase(eigen.DataMap);
        Assert.Equal(12, herstart.Services.GetRequiredService<Termijnberekening>().Instellingen.OverdrachtBesluitWerkdagen);
    }

    [Fact]
    public async Task Monitoringsmomenten_die_de_beheerder_wijzigt_staan_meteen_in_een_nieuw_aanbod()
    {
        await using var eigen = new AppFactory();
        var beheerder = await eigen.LogInMetPasskeyAsync("beheerder@demo.example");
        await (await (await Formulier.OpenAsync(beheerder, "/Beheer/Termijnen")).Vul("Input.MonitoringMaanden", "2, 4, 8").VerstuurAsync()).DoorgestuurdAsync();
        var vt = await eigen.LogInAsync("vt@demo.example");
        var id = await eigen.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Veiligheidsbeoordeling).Select(d => d.Id).FirstAsync());

        var aanbod = await Formulier.OpenAsync(vt, $"/Dossiers/{id}/Aanbieden");

        // The form proposes what the beheerder set, not the start-up configuration (3, 6, 12, 18).
        Assert.Equal("2, 4, 8", aanbod.Waarde("Input.MonitoringMaanden"));
        aanbod.Vul("Input.TeamId", DemoSeeder.WijkteamCentrum.ToString()).Vul("Input.Context", "Ouders willen hulp.")
            .Vul("Input.Voorwaarden[0].Omschrijving", "Geen geweld in huis").Vul("Input.Voorwaarden[0].VoorWie", "Beide ouders").Vul("Input.Voorwaarden[0].Verantwoordelijke", "Ouders");
        await (await aanbod.VerstuurAsync()).DoorgestuurdAsync();
        var overdracht = await eigen.MetDbAsync(db => db.Dossiers.Where(d => d.Id == id).SelectMany(d => d.Overdrachten).SingleAsync());
        Assert.Equal([2, 4, 8], overdracht.MonitoringMaanden);
    }

    [Fact]
    public async Task Onzinnige_termijnen_krijgen_een_melding_bij_het_veld_en_veranderen_niets()
    {
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var voor = app.Services.GetRequiredService<Termijnberekening>().Instellingen;

        var pagina = await (await (await Formulier.OpenAsync(beheerder, "/Beheer/Termijnen"))
            .Vul("Input.GesprekPlannenWerkdagen", "8").Vul("Input.OverdrachtBesluitWerkdagen", "6").Vul("Input.EvaluatieMaanden", "")
            .Vul("Input.MonitoringMaanden", "3, zes").VerstuurAsync()).HtmlAsync();

        Assert.Equal("Kies minstens de termijn voor het plannen van het gesprek, en hoogstens 120.", pagina.QuerySelector("#Input_OverdrachtBesluitWerkdagen-fout")?.TextContent);
        Assert.Equal("Vul een getal in.", pagina.QuerySelector("#Input_EvaluatieMaanden-fout")?.TextContent);
        Assert.StartsWith("'zes' is geen aantal maanden.", pagina.QuerySelector("#Input_MonitoringMaanden-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(("8", "6", "3, zes"), (pagina.QuerySelector("#Input_GesprekPlannenWerkdagen")?.GetAttribute("value"),
            pagina.QuerySelector("#Input_OverdrachtBesluitWerkdagen")?.GetAttribute("value"), pagina.QuerySelector("#Input_MonitoringMaanden")?.GetAttribute("value")));
        Assert.Same(voor, app.Services.GetRequiredService<Termijnberekening>().Instellingen);
    }

    private sealed class OpDezelfdeDatabase(string dataMap) : AppFactory(dataMap);

    [Theory]
    [InlineData("Welkom123456", "WachtwoordVeelgebruikt")]
    [InlineData("qwerty123456", "WachtwoordVeelgebruikt")]
    [InlineData("kort-te-kort", null)]
    [InlineData("elf tekens!", "PasswordTooShort")]
    public async Task Het_wachtwoordbeleid_weigert_kort_en_veelgebruikt_maar_stelt_geen_samenstellingseisen(string wachtwoord, string? fout)
    {
        var codes = await WachtwoordFoutenAsync(wachtwoord);

        Assert.Equal(fout is null ? [] : [fout], codes);
    }

    [Fact]
    public async Task Een_wachtwoord_mag_128_tekens_lang_zijn_maar_niet_langer()
    {
        Assert.Empty(await WachtwoordFoutenAsync(new string('w', 128)));
        Assert.Equal(["WachtwoordTeLang"], await WachtwoordFoutenAsync(new string('w', 129)));
    }

    private async Task<IReadOnlyList<string>> WachtwoordFoutenAsync(string wachtwoord)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var account = new ApplicationUser { UserName = "beleid@demo.example", Email = "beleid@demo.example" };
        var codes = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            codes.AddRange((await validator.ValidateAsync(users, account, wachtwoord)).Errors.Select(e => e.Code));
        }

        return codes;
    }

    private Task<string> IdAsync(string email) => app.MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<string> OnderdelenAsync() => app.MetDbAsync(async db => string.Join("|", await db.Toegangslog.Where(r => r.Soort == Toegangssoort.Wijzigen).Select(r => r.Onderdeel).ToListAsync()));
}
