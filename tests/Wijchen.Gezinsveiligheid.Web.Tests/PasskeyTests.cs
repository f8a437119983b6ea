using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Pages.Account;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Passkeys: a sign-in of their own for everyone, and the only way into beheer.</summary>
public class PasskeyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Met_een_passkey_logt_men_in_zonder_wachtwoord_en_code()
    {
        using var sleutel = new Passkeysleutel();
        await AppFactory.VoegPasskeyToeAsync(await app.LogInAsync("vt@demo.example"), sleutel);
        var pagina = await (await app.LogInAsync("vt@demo.example")).GetHtmlAsync("/Profiel/Passkeys");
        Assert.Single(pagina.QuerySelectorAll("tbody tr"));
        Assert.Equal("Passkey toegevoegd: vt@demo.example", await app.MetDbAsync(db => db.Toegangslog.Where(r => r.Soort == Toegangssoort.Wijzigen).OrderBy(r => r.Volgnummer).Select(r => r.Onderdeel).LastAsync()));

        var client = app.NieuweClient();
        var aangemeld = await AppFactory.PasskeyAanmeldenAsync(client, sleutel);

        Assert.Equal("/", aangemeld.Headers.Location?.OriginalString);
        Assert.Contains("Fatima el Amrani", (await client.GetHtmlAsync("/Dossiers")).QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_passkey_of_een_passkey_voor_een_andere_website_opent_niets()
    {
        using var geregistreerd = new Passkeysleutel { Herkomst = "http://localhost" };
        await AppFactory.VoegPasskeyToeAsync(await app.LogInAsync("wijkteam@demo.example"), geregistreerd);
        using var onbekend = new Passkeysleutel();
        using var nagemaakt = new Passkeysleutel { Herkomst = "http://kwaadwillend.example" };

        foreach (var sleutel in new[] { onbekend, nagemaakt })
        {
            var client = app.NieuweClient();
            var antwoord = await AppFactory.PasskeyAanmeldenAsync(client, sleutel);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal(LoginModel.PasskeyMislukt, (await antwoord.HtmlAsync()).QuerySelector("[role=alert]")?.TextContent);
            Assert.StartsWith("/Account/Login", (await client.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Een_beheerder_met_wachtwoord_en_code_komt_niet_in_beheer_en_leest_waarom()
    {
        var beheerder = await app.LogInAsync("beheerder@demo.example");

        var beheer = await beheerder.GetAsync(new Uri("/Beheer", UriKind.Relative));
        Assert.StartsWith("/Account/GeenToegang", beheer.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var uitleg = await (await beheerder.GetAsync(beheer.Headers.Location)).HtmlAsync();
        Assert.Contains("Beheer vraagt aanmelden met een passkey", uitleg.Tekst(), StringComparison.Ordinal);

        var metPasskey = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await metPasskey.GetAsync(new Uri("/Beheer", UriKind.Relative))).StatusCode);

        // Later requests rebuild the claims from the database; the passkey must still count.
        app.Klok.Nu = app.Klok.Nu.AddMinutes(5);
        Assert.Equal(HttpStatusCode.OK, (await metPasskey.GetAsync(new Uri("/Beheer/Teams", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Een_verwijderde_passkey_werkt_niet_meer()
    {
        using var sleutel = new Passkeysleutel();
        var teamleider = await app.LogInAsync("teamleider2@demo.example");
        await AppFactory.VoegPasskeyToeAsync(teamleider, sleutel);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PasskeyAanmeldenAsync(app.NieuweClient(), sleutel)).StatusCode);

        await (await Formulier.VanKnopAsync(teamleider, "/Profiel/Passkeys", "Verwijderen")).VerstuurAsync("Verwijderen");

        Assert.Empty((await teamleider.GetHtmlAsync("/Profiel/Passkeys")).QuerySelectorAll("tbody tr"));
        Assert.Equal(HttpStatusCode.OK, (await AppFactory.PasskeyAanmeldenAsync(app.NieuweClient(), sleutel)).StatusCode);
    }
}
