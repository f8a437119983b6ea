using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Break the glass: a written reason opens a dossier outside your work, read-only and for a while; everyone who must know, knows.</summary>
public class NoodtoegangTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Met_een_reden_opent_het_dossier_alleen_lezend_gelogd_en_zichtbaar_voor_teamleider_en_privacyfunctionaris()
    {
        var dossier = await app.MetDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie).OrderBy(d => d.Naam).FirstAsync());
        var esra = await app.LogInAsync("wijkteam2@demo.example");

        var nietGevonden = await (await esra.GetAsync(new Uri($"/Dossiers/{dossier.Id}", UriKind.Relative))).HtmlAsync();
        Assert.Equal($"/Dossiers/{dossier.Id}/Noodtoegang", nietGevonden.QuerySelector("main a[href$='/Noodtoegang']")?.GetAttribute("href"));

        var formulier = await Formulier.OpenAsync(esra, $"/Dossiers/{dossier.Id}/Noodtoegang");
        var leeg = await (await formulier.VerstuurAsync()).HtmlAsync();
        Assert.Equal("Schrijf op waarom u dit dossier nu moet inzien.", leeg.QuerySelector("#Input_Reden-fout")?.TextContent);
        Assert.Equal("Kies waarom u noodtoegang nodig hebt.", leeg.QuerySelector("#Input_Grond-fout")?.TextContent);
        var kort = await (await (await Formulier.OpenAsync(esra, $"/Dossiers/{dossier.Id}/Noodtoegang")).Vul("Input.Reden", "even kijken").VerstuurAsync()).HtmlAsync();
        Assert.Contains("minstens 20 tekens", kort.QuerySelector("#Input_Reden-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("even kijken", kort.QuerySelector("#Input_Reden")?.TextContent);
        Assert.False(await app.MetDbAsync(db => db.Noodtoegangen.AnyAsync(n => n.DossierId == dossier.Id)));

        const string reden = "Crisisdienst: moeder belt nu, casusregisseur niet bereikbaar";
        var metReden = await (await Formulier.OpenAsync(esra, $"/Dossiers/{dossier.Id}/Noodtoegang"))
            .Vul("Input.Grond", nameof(Noodtoegangsgrond.RegieNietBereikbaar)).Vul("Input.Reden", reden).VerstuurAsync();
        Assert.Equal($"/Dossiers/{dossier.Id}", await metReden.DoorgestuurdAsync());

        var pagina = await esra.GetHtmlAsync($"/Dossiers/{dossier.Id}");
        Assert.Contains(dossier.Naam, pagina.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("noodtoegang", pagina.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        var regel = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().OrderByDescending(r => r.Volgnummer).FirstAsync());
        Assert.Equal((Toegangsdoel.Noodtoegang, Toegangsuitkomst.Toegestaan, "Dossier", dossier.Id), (regel.Doel, regel.Uitkomst, regel.Onderdeel, regel.DossierId));

        Assert.Equal(HttpStatusCode.Forbidden, (await esra.GetAsync(new Uri($"/Dossiers/{dossier.Id}/Evaluatie", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(dossier.Naam, (await esra.GetHtmlAsync("/")).Tekst(), StringComparison.Ordinal);

        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var mijnWerk = (await teamleider.GetHtmlAsync("/")).QuerySelector("section[aria-labelledby=kop-noodtoegang]")?.TextContent ?? "";
        Assert.Contains($"{dossier.Naam}: ingezien met noodtoegang door Esra Yilmaz", Normaliseer(mijnWerk), StringComparison.Ordinal);
        Assert.Contains(reden, mijnWerk, StringComparison.Ordinal);
        Assert.Contains("Crisisdienst of waarneming: de casusregisseur is niet bereikbaar", mijnWerk, StringComparison.Ordinal);
        var anderTeam = await app.LogInAsync("teamleider2@demo.example");
        Assert.Null((await anderTeam.GetHtmlAsync("/")).QuerySelector("section[aria-labelledby=kop-noodtoegang]"));

        var privacy = await app.LogInAsync("privacy@demo.example");
        var beoordelen = await Formulier.OpenAsync(privacy, "/Privacy/Noodtoegang");
        Assert.Contains(reden, beoordelen.Pagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Naam, beoordelen.Pagina.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var zonderNotitie = await (await beoordelen.VerstuurAsync()).HtmlAsync();
        Assert.Equal("Schrijf op wat u hebt vastgesteld.", zonderNotitie.QuerySelector("[id$='-fout']")?.TextContent);
        var beoordeeld = await (await Formulier.OpenAsync(privacy, "/Privacy/Noodtoegang")).Vul("Input.Notitie", "Terecht: crisisdienst, besproken met teamleider").VerstuurAsync();
        await beoordeeld.DoorgestuurdAsync();
        var naBeoordeling = await privacy.GetHtmlAsync("/Privacy/Noodtoegang");
        Assert.Contains("Beoordeeld door Sofie de Ruiter", naBeoordeling.Tekst(), StringComparison.Ordinal);
        Assert.Null(naBeoordeling.QuerySelector("main form"));

        app.Klok.Nu += Dossierinzage.NoodtoegangDuur + TimeSpan.FromMinutes(1);
        var laterEsra = await app.LogInAsync("wijkteam2@demo.example");
        Assert.Equal(HttpStatusCode.NotFound, (await laterEsra.GetAsync(new Uri($"/Dossiers/{dossier.Id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Het_aanbod_voor_noodtoegang_verraadt_niet_of_een_dossier_bestaat()
    {
        var bestaand = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).Select(d => d.Id).FirstAsync());
        var onbestaand = Guid.NewGuid();
        var esra = await app.LogInAsync("wijkteam2@demo.example");

        var formulierBestaand = await esra.GetHtmlAsync($"/Dossiers/{bestaand}/Noodtoegang");
        var formulierOnbestaand = await esra.GetHtmlAsync($"/Dossiers/{onbestaand}/Noodtoegang");
        Assert.Equal(formulierBestaand.TekstZonderKenmerk(), formulierOnbestaand.TekstZonderKenmerk());

        var verzonden = await (await Formulier.OpenAsync(esra, $"/Dossiers/{onbestaand}/Noodtoegang"))
            .Vul("Input.Grond", nameof(Noodtoegangsgrond.NieuweMelding)).Vul("Input.Reden", "Crisisdienst: er belt iemand over dit gezin").VerstuurAsync();
        Assert.Equal(HttpStatusCode.NotFound, verzonden.StatusCode);
        var regel = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().OrderByDescending(r => r.Volgnummer).FirstAsync());
        Assert.Equal((Toegangsdoel.Noodtoegang, Toegangsuitkomst.NietGevonden, onbestaand), (regel.Doel, regel.Uitkomst, regel.DossierId));
    }

    [Theory]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("xxxx xxxx xxxx xxxx xxxx xxxx")]
    [InlineData("nood nood nood nood nood nood")]
    [InlineData("1234567890 1234567890 1234567890")]
    public async Task Een_reden_zonder_gewone_woorden_opent_niets_en_blijft_staan(string reden)
    {
        var dossier = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).Select(d => d.Id).FirstAsync());
        var esra = await app.LogInAsync("wijkteam2@demo.example");
        var voor = await app.MetDbAsync(db => db.Noodtoegangen.CountAsync());

        var antwoord = await (await Formulier.OpenAsync(esra, $"/Dossiers/{dossier}/Noodtoegang"))
            .Vul("Input.Grond", nameof(Noodtoegangsgrond.Anders)).Vul("Input.Reden", reden).VerstuurAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await antwoord.HtmlAsync();
        Assert.StartsWith("Beschrijf de situatie in gewone woorden", pagina.QuerySelector("#Input_Reden-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(reden, pagina.QuerySelector("#Input_Reden")?.TextContent);
        Assert.Equal(nameof(Noodtoegangsgrond.Anders), pagina.QuerySelector("#Input_Grond option[selected]")?.GetAttribute("value"));
        Assert.Equal(voor, await app.MetDbAsync(db => db.Noodtoegangen.CountAsync()));
    }

    [Theory]
    [InlineData("beheerder@demo.example")]
    [InlineData("privacy@demo.example")]
    [InlineData("manager@demo.example")]
    public async Task Wie_geen_dossiers_hoort_te_zien_kan_ook_geen_noodtoegang_vragen(string email)
    {
        var dossier = await app.MetDbAsync(db => db.Dossiers.Select(d => d.Id).FirstAsync());
        var client = await app.LogInAsync(email);

        var nietGevonden = await (await client.GetAsync(new Uri($"/Dossiers/{dossier}", UriKind.Relative))).HtmlAsync();
        Assert.Null(nietGevonden.QuerySelector("main a[href$='/Noodtoegang']"));
        var vragen = await client.GetAsync(new Uri($"/Dossiers/{dossier}/Noodtoegang", UriKind.Relative));
        Assert.StartsWith("/Account/GeenToegang", vragen.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static string Normaliseer(string tekst) => string.Join(' ', tekst.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
