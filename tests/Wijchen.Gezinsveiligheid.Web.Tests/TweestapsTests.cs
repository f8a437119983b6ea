using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Pages.Account;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class TweestapsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Met_alleen_het_wachtwoord_opent_geen_enkele_pagina()
    {
        var client = app.NieuweClient();
        var wachtwoord = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "wijkteam@demo.example", ["Input.Wachtwoord"] = AppFactory.Wachtwoord });

        Assert.Equal("/Account/Inlogcode", wachtwoord.Headers.Location!.OriginalString);
        Assert.DoesNotContain(wachtwoord.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Gezinsveiligheid.Sessie=", StringComparison.Ordinal));
        foreach (var url in new[] { "/", "/Dossiers", "/Overdrachten" })
        {
            var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            Assert.StartsWith("/Account/Login?ReturnUrl=", antwoord.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var codePagina = await client.GetHtmlAsync("/Account/Inlogcode");
        Assert.Equal("Code uit uw app", codePagina.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Een_code_werkt_een_keer_ook_niet_in_een_tweede_browser()
    {
        const string email = "wijkteam2@demo.example";
        var code = await app.VerseCodeAsync(email);
        var eerste = await InWachtwoordStapAsync(email);
        var tweede = await InWachtwoordStapAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(eerste, code)).StatusCode);
        var nogmaals = await PostCodeAsync(tweede, code);

        Assert.Equal(HttpStatusCode.OK, nogmaals.StatusCode);
        var pagina = await nogmaals.HtmlAsync();
        Assert.Equal(InlogcodeModel.OngeldigeCode, pagina.QuerySelector("#Input_Code-fout")!.TextContent);
        Assert.Equal(code, pagina.QuerySelector("#Input_Code")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await tweede.GetAsync(new Uri("/Dossiers", UriKind.Relative))).StatusCode);

        // Half a minute later the app shows a new code, and that one works.
        app.Klok.Nu = app.Klok.Nu.AddSeconds(30);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(tweede, app.CodeVan(email))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tweede.GetAsync(new Uri("/Dossiers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Aanmelden_laat_de_klok_staan_zodat_datums_in_een_test_niet_afhangen_van_eerdere_aanmeldingen()
    {
        var voor = app.Klok.Nu;
        await app.LogInAsync("vt@demo.example");
        await app.LogInAsync("vt@demo.example");
        await app.LogInAsync("teamleider@demo.example");
        Assert.Equal(voor, app.Klok.Nu);
    }

    [Fact]
    public async Task Een_code_met_spatie_zoals_de_app_hem_toont_werkt()
    {
        var client = await InWachtwoordStapAsync("wijkteam3@demo.example");
        var code = await app.VerseCodeAsync("wijkteam3@demo.example");
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(client, $"{code[..3]} {code[3..]}")).StatusCode);
    }

    [Fact]
    public async Task Een_code_van_een_andere_sleutel_en_onzin_worden_met_een_melding_naast_het_veld_geweigerd()
    {
        var client = await InWachtwoordStapAsync("teamleider2@demo.example");
        app.Klok.Nu = app.Klok.Nu.AddSeconds(30);
        var vreemd = await (await PostCodeAsync(client, app.Code(AppFactory.TestSleutel))).HtmlAsync();
        var onzin = await (await PostCodeAsync(client, "abc")).HtmlAsync();

        Assert.Equal(InlogcodeModel.OngeldigeCode, vreemd.QuerySelector("#Input_Code-fout")!.TextContent);
        Assert.Equal("Een code bestaat uit zes cijfers, bijvoorbeeld 123456.", onzin.QuerySelector("#Input_Code-fout")!.TextContent);
        Assert.Equal("abc", onzin.QuerySelector("#Input_Code")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Foute_codes_tellen_mee_na_vijf_wacht_ook_de_juiste_code_en_na_de_wachttijd_werkt_die()
    {
        var email = await app.NieuwAccountAsync("codes-raden@demo.example", "Codes Raden", Rollen.WijkteamMedewerker, DemoSeeder.WijkteamDorpen);
        var client = await InWachtwoordStapAsync(email);
        var juist = app.Code(AppFactory.TestSleutel);
        var fout = juist == "000000" ? "111111" : "000000";
        for (var i = 0; i < Aanmeldremming.VrijePogingen; i++)
        {
            Assert.Equal(InlogcodeModel.OngeldigeCode, (await (await PostCodeAsync(client, fout)).HtmlAsync()).QuerySelector("#Input_Code-fout")!.TextContent);
        }

        var daarna = await PostCodeAsync(client, juist);
        Assert.Equal(HttpStatusCode.OK, daarna.StatusCode);
        Assert.Equal(LoginModel.OngeldigeAanmelding, (await daarna.HtmlAsync()).QuerySelector("#Input_Code-fout")!.TextContent);

        app.Klok.Nu += Aanmeldremming.Wachttijd(Aanmeldremming.VrijePogingen);
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(client, await app.VerseCodeAsync(email))).StatusCode);
        Assert.Equal(0, await app.MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task Een_nieuw_account_koppelt_eerst_een_app_en_krijgt_herstelcodes_die_elk_een_keer_werken()
    {
        const string email = "nieuw@demo.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Nieuwe Medewerker", TeamId = DemoSeeder.WijkteamCentrum };
            Assert.True((await users.CreateAsync(user, AppFactory.Wachtwoord)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Rollen.WijkteamMedewerker)).Succeeded);
        }

        var client = app.NieuweClient();
        var wachtwoord = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = AppFactory.Wachtwoord });
        Assert.Equal("/Account/AppKoppelen", wachtwoord.Headers.Location!.OriginalString);

        // Until the app is linked, only this page (and logging out) is reachable.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        var koppelen = await client.GetHtmlAsync("/Account/AppKoppelen");
        Assert.NotNull(koppelen.QuerySelector(".qrcode svg"));
        var sleutel = koppelen.QuerySelector(".sleutel")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(32, sleutel.Length);
        Assert.Equal("Uitloggen", koppelen.QuerySelector("form[action='/Account/Logout'] button")!.TextContent);

        app.Klok.Nu = app.Klok.Nu.AddSeconds(30);
        var gekoppeld = await client.PostFormAsync("/Account/AppKoppelen", "/Account/AppKoppelen", new() { ["Input.Code"] = app.Code(sleutel) });
        var codesPagina = await gekoppeld.HtmlAsync();
        var herstelcodes = codesPagina.QuerySelectorAll(".herstelcodes code").Select(c => c.TextContent).ToList();
        Assert.Equal("Bewaar uw herstelcodes", codesPagina.QuerySelector("h1")!.TextContent);
        Assert.Equal(Tweestapsverificatie.AantalHerstelcodes, herstelcodes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        // Next time: password and code; a password alone can never link another app to this account.
        var later = app.NieuweClient();
        var opnieuw = await later.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = AppFactory.Wachtwoord });
        Assert.Equal("/Account/Inlogcode", opnieuw.Headers.Location!.OriginalString);
        var poging = await later.GetAsync(new Uri("/Account/AppKoppelen", UriKind.Relative));
        Assert.Equal("/Account/Inlogcode", poging.Headers.Location!.OriginalString);

        // Without the phone: a recovery code, once.
        var herstel = await later.PostFormAsync("/Account/Herstelcode", "/Account/Herstelcode", new() { ["Input.Herstelcode"] = herstelcodes[0].ToLowerInvariant() });
        Assert.Equal("/", herstel.Headers.Location!.OriginalString);
        var derde = app.NieuweClient();
        await derde.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = AppFactory.Wachtwoord });
        var nogmaals = await derde.PostFormAsync("/Account/Herstelcode", "/Account/Herstelcode", new() { ["Input.Herstelcode"] = herstelcodes[0] });
        Assert.Equal(HerstelcodeModel.OngeldigeHerstelcode, (await nogmaals.HtmlAsync()).QuerySelector("#Input_Herstelcode-fout")!.TextContent);
    }

    [Fact]
    public async Task De_vaste_sleutels_van_de_demoaccounts_staan_in_de_README_en_horen_bij_het_account()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "README.md"));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var account in DemoSeeder.Accounts)
        {
            Assert.Contains($"`{account.Email}`", readme, StringComparison.Ordinal);
            Assert.Contains($"`{account.Authenticatorsleutel}`", readme, StringComparison.Ordinal);
            var user = (await users.FindByEmailAsync(account.Email))!;
            Assert.Equal(account.Authenticatorsleutel, await users.GetAuthenticatorKeyAsync(user));
            Assert.True(await users.GetTwoFactorEnabledAsync(user));
            Assert.Equal(20, Base32Encoding.ToBytes(account.Authenticatorsleutel).Length);
        }
    }

    private async Task<HttpClient> InWachtwoordStapAsync(string email)
    {
        var client = app.NieuweClient();
        var antwoord = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = AppFactory.Wachtwoord });
        Assert.Equal("/Account/Inlogcode", antwoord.Headers.Location!.OriginalString);
        return client;
    }

    private static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string code) =>
        client.PostFormAsync("/Account/Inlogcode", "/Account/Inlogcode", new() { ["Input.Code"] = code });
}
