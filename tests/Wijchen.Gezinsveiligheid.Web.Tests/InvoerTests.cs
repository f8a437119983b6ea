using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Hostile input: script in every free-text field comes back as text, and extra form fields change nothing they name.</summary>
public class InvoerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Aanval = "<script>document.title='xss'</script><img src=x onerror=\"document.title='xss'\">\"'><svg onload=alert(1)>";

    [Fact]
    public async Task Script_in_de_vrije_tekstvelden_van_een_melding_verschijnt_overal_als_tekst()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var melding = await Formulier.OpenAsync(vt, "/Meldingen/Nieuw");
        melding.Vul("Input.Naam", $"Gezin {Aanval}").Vul("Input.SoortZorg", "Partnergeweld").Vul("Input.Omschrijving", $"Omschrijving {Aanval}")
            .Vul("Input.MelderNaam", $"Melder {Aanval}").Vul("Input.MelderRol", $"Rol {Aanval}").Vul("Input.MelderContact", $"Contact {Aanval}")
            .Vul("Input.Gezinsleden[0].Naam", $"Ouder {Aanval}").Vul("Input.Gezinsleden[0].Geboortedatum", "1991-04-12").Vul("Input.Gezinsleden[0].Rol", "OuderVerzorger")
            .Vul("Input.Gezinsleden[1].Naam", $"Kind {Aanval}").Vul("Input.Gezinsleden[1].Geboortedatum", "2020-02-29").Vul("Input.Gezinsleden[1].Rol", "Kind");
        var dossier = (await melding.VerstuurAsync()).Headers.Location!.OriginalString;

        foreach (var pagina in new[] { dossier, $"{dossier}/Chronologie", "/Dossiers", "/", $"{dossier}/Gezinslid" })
        {
            var html = await vt.GetHtmlAsync(pagina);
            AlleenAlsTekst(html, pagina);
        }

        var gezocht = await (await vt.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.Zoekterm"] = Aanval })).HtmlAsync();
        AlleenAlsTekst(gezocht, "zoeken");
        Assert.Equal(Aanval, gezocht.QuerySelector("#Filter_Zoekterm")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Script_in_een_reden_een_noodtoegang_en_een_accountnaam_verschijnt_als_tekst()
    {
        var aanbod = await app.MetDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum).OrderBy(d => d.Naam).FirstAsync());
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        await (await (await Formulier.OpenAsync(teamleider, $"/Dossiers/{aanbod.Id}/Besluit/OverdrachtAfwijzen")).Vul("Input.Reden", $"Reden {Aanval}").VerstuurAsync()).DoorgestuurdAsync();
        var vt = await app.LogInAsync("vt@demo.example");
        AlleenAlsTekst(await vt.GetHtmlAsync($"/Dossiers/{aanbod.Id}"), "afgewezen aanbod");

        var dorpen = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamDorpen && d.Fase == DossierFase.Casusregie).Select(d => d.Id).FirstAsync());
        await (await (await Formulier.OpenAsync(teamleider, $"/Dossiers/{dorpen}/Noodtoegang")).Vul("Input.Grond", nameof(Data.Noodtoegangsgrond.AcuutGevaar)).Vul("Input.Reden", $"Crisisdienst nu nodig {Aanval}").VerstuurAsync()).DoorgestuurdAsync();
        AlleenAlsTekst(await (await app.LogInAsync("teamleider2@demo.example")).GetHtmlAsync("/"), "Mijn werk met noodtoegang");
        AlleenAlsTekst(await (await app.LogInAsync("privacy@demo.example")).GetHtmlAsync("/Privacy/Noodtoegang"), "noodtoegang beoordelen");

        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        await (await Formulier.OpenAsync(beheerder, "/Beheer/Nieuw")).Vul("Input.Naam", $"Naam {Aanval}").Vul("Input.Email", "xss@demo.example").Vul("Input.Rol", Rollen.Manager).VerstuurAsync();
        AlleenAlsTekst(await beheerder.GetHtmlAsync("/Beheer"), "accounts");
    }

    [Fact]
    public async Task Extra_velden_in_een_formulier_veranderen_fase_regiehouder_of_versie_niet()
    {
        var aanbod = await app.MetDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum).OrderBy(d => d.Naam).FirstAsync());
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var teamleiderId = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "teamleider@demo.example").Select(u => u.Id).SingleAsync());

        var formulier = await Formulier.OpenAsync(teamleider, $"/Dossiers/{aanbod.Id}/Besluit/OverdrachtAfwijzen");
        await (await formulier.Vul("Input.Reden", "Gezin woont in Beuningen").VerstuurMetExtraAsync(new()
        {
            ["Fase"] = "Afgesloten", ["Dossier.Fase"] = "Afgesloten", ["Dossier.RegiehouderId"] = teamleiderId, ["RegiehouderId"] = teamleiderId,
            ["Dossier.WijkteamId"] = DemoSeeder.WijkteamDorpen.ToString(), ["Soort"] = "BemoeienisBeeindigen",
        })).DoorgestuurdAsync();

        var na = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == aanbod.Id));
        Assert.Equal((DossierFase.Teruggelegd, aanbod.VtBehandelaarId, (Guid?)null, aanbod.Versie + 1), (na.Fase, na.RegiehouderId, na.WijkteamId, na.Versie));

        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var joris = await app.MetDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "wijkteam@demo.example"));
        await (await (await Formulier.OpenAsync(beheerder, $"/Beheer/Accounts/{joris.Id}")).VerstuurMetExtraAsync(new()
        {
            ["Account.TwoFactorEnabled"] = "false", ["Account.Email"] = "aanvaller@example.com", ["Account.PasswordHash"] = "x", ["Id"] = joris.Id,
        }, "Rol en team opslaan")).DoorgestuurdAsync();
        var jorisNa = await app.MetDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == joris.Id));
        Assert.Equal((true, "wijkteam@demo.example", joris.PasswordHash), (jorisNa.TwoFactorEnabled, jorisNa.Email, jorisNa.PasswordHash));
    }

    /// <summary>No element or attribute from the payload exists in the page; where the payload shows, it is text.</summary>
    private static void AlleenAlsTekst(IHtmlDocument pagina, string waar)
    {
        Assert.All(pagina.QuerySelectorAll("script"), s => Assert.DoesNotContain("xss", s.TextContent, StringComparison.Ordinal));
        Assert.Empty(pagina.QuerySelectorAll("img[onerror], svg[onload], [onerror], [onload]"));
        Assert.True(pagina.DocumentElement.OuterHtml.Contains("&lt;script&gt;document.title", StringComparison.Ordinal), $"De aanval staat niet als tekst op {waar}.");
    }
}
