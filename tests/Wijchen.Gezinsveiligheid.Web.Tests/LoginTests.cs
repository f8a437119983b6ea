using System.Net;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class LoginTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/", "%2F")]
    [InlineData("/Dossiers", "%2FDossiers")]
    [InlineData("/Dossiers/0195f3a0-0000-7000-8000-000000000001", "%2FDossiers%2F0195f3a0-0000-7000-8000-000000000001")]
    public async Task Wie_niet_is_ingelogd_wordt_naar_de_inlogpagina_gestuurd(string url, string terug)
    {
        var antwoord = await app.NieuweClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={terug}", antwoord.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Met_het_juiste_wachtwoord_opent_de_dossierlijst_op_naam_van_de_gebruiker()
    {
        var client = await app.LogInAsync("vt@demo.example");
        var pagina = await client.GetHtmlAsync("/Dossiers");
        Assert.Equal("Dossiers", pagina.QuerySelector("h1")!.TextContent);
        Assert.Contains("Fatima el Amrani (Medewerker Veilig Thuis)", pagina.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_fout_wachtwoord_en_een_onbekend_account_krijgen_dezelfde_melding_en_het_ingevulde_adres_blijft_staan()
    {
        var client = app.NieuweClient();
        var foutWachtwoord = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "wijkteam2@demo.example", ["Input.Wachtwoord"] = "niet-het-wachtwoord" });
        var onbekend = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "niemand@demo.example", ["Input.Wachtwoord"] = "niet-het-wachtwoord" });

        Assert.Equal(HttpStatusCode.OK, foutWachtwoord.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onbekend.StatusCode);
        var a = await foutWachtwoord.HtmlAsync();
        var b = await onbekend.HtmlAsync();
        Assert.Equal(Pages.Account.LoginModel.OngeldigeAanmelding, a.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(a.QuerySelector("[role=alert]")!.TextContent, b.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("niemand@demo.example", b.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/Dossiers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Lege_velden_krijgen_een_Nederlandse_melding_naast_het_veld()
    {
        var antwoord = await app.NieuweClient().PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "geen-adres", ["Input.Wachtwoord"] = "" });
        var pagina = await antwoord.HtmlAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.StartsWith("Vul een geldig e-mailadres in", pagina.QuerySelector("#Input_Email-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Vul uw wachtwoord in.", pagina.QuerySelector("#Input_Wachtwoord-fout")!.TextContent);
        var email = pagina.QuerySelector("#Input_Email")!;
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        Assert.Equal("Input_Email-fout", email.GetAttribute("aria-describedby"));
        Assert.Equal("geen-adres", email.GetAttribute("value"));
    }

    [Fact]
    public async Task Zonder_antiforgery_token_wordt_niemand_ingelogd()
    {
        var client = app.NieuweClient();
        await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        using var formulier = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "vt@demo.example", ["Input.Wachtwoord"] = AppFactory.Wachtwoord });
        var antwoord = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), formulier);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/Dossiers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Uitloggen_beeindigt_de_sessie()
    {
        var client = await app.LogInAsync("teamleider@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Dossiers", UriKind.Relative))).StatusCode);

        // The sign-out button in the header of every page, with that form's own token.
        var uit = await (await Formulier.VanKnopAsync(client, "/", "Uitloggen")).VerstuurAsync("Uitloggen");
        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);

        var daarna = await client.GetAsync(new Uri("/Dossiers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
        Assert.StartsWith("/Account/Login", daarna.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_terugverwijzing_naar_een_andere_site_wordt_genegeerd()
    {
        var client = app.NieuweClient();
        var antwoord = await client.PostFormAsync("/Account/Login", "/Account/Login?ReturnUrl=https%3A%2F%2Fkwaadwillend.example%2F",
            new() { ["Input.Email"] = "vt@demo.example", ["Input.Wachtwoord"] = AppFactory.Wachtwoord, ["ReturnUrl"] = "https://kwaadwillend.example/" });
        Assert.Equal("/Account/Inlogcode", antwoord.Headers.Location!.OriginalString);

        const string codePagina = "/Account/Inlogcode?ReturnUrl=https%3A%2F%2Fkwaadwillend.example%2F";
        var code = await client.PostFormAsync(codePagina, codePagina, new() { ["Input.Code"] = await app.VerseCodeAsync("vt@demo.example"), ["ReturnUrl"] = "https://kwaadwillend.example/" });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location!.OriginalString);
    }
}
