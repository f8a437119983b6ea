using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The brake on break the glass: a few times a day on one's own, beyond that only with a teamleider of one's own team.
/// A class of its own, because every request here counts against the daily limit of the account that made it.
/// </summary>
public class NoodtoegangLimietTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Boven_de_daglimiet_wacht_noodtoegang_op_een_teamleider_van_het_eigen_team()
    {
        // Lars works in Centrum; he breaks the glass into dossiers of Dorpen. Marieke leads his team, Pieter leads Dorpen.
        var dorpen = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamDorpen).OrderBy(d => d.Id).Select(d => new { d.Id, d.Naam }).Take(5).ToListAsync());
        var lars = await app.LogInAsync("wijkteam3@demo.example");
        foreach (var dossier in dorpen.Take(3))
        {
            Assert.Equal($"/Dossiers/{dossier.Id}", await (await VraagAsync(lars, dossier.Id)).DoorgestuurdAsync());
        }

        var vierde = dorpen[3].Id;
        var wacht = await lars.GetHtmlAsync(await (await VraagAsync(lars, vierde)).DoorgestuurdAsync());
        Assert.Contains("wacht op goedkeuring door een teamleider van uw eigen team", Normaliseer(wacht.QuerySelector("main [role=status]")?.TextContent ?? ""), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync(new Uri($"/Dossiers/{vierde}", UriKind.Relative))).StatusCode);
        var opnieuw = await lars.GetHtmlAsync($"/Dossiers/{vierde}/Noodtoegang");
        Assert.Null(opnieuw.QuerySelector("main form"));
        Assert.Equal(1, await app.MetDbAsync(db => db.Noodtoegangen.CountAsync(n => n.DossierId == vierde)));

        // Pieter, whose team's dossiers were opened, sees the three opened ones at once, not the waiting one, and cannot decide it.
        var pieter = await app.LogInAsync("teamleider2@demo.example");
        var bijPieter = await pieter.GetHtmlAsync("/");
        var geopend = bijPieter.QuerySelector("section[aria-labelledby=kop-noodtoegang]")?.TextContent ?? "";
        Assert.All(dorpen.Take(3), d => Assert.Contains(d.Naam, geopend, StringComparison.Ordinal));
        Assert.DoesNotContain(dorpen[3].Naam, geopend, StringComparison.Ordinal);
        Assert.DoesNotContain("wacht op uw goedkeuring", bijPieter.Tekst(), StringComparison.Ordinal);
        var aanvraag = await app.MetDbAsync(db => db.Noodtoegangen.Where(n => n.DossierId == vierde).Select(n => n.Id).SingleAsync());
        var vreemd = await pieter.PostFormAsync("/", $"/Goedkeuringen?handler=Goedkeuren&id={aanvraag}", []);
        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);

        // Marieke, Lars' own teamleider, is told in Mijn werk and approves; the page names the dossier by kenmerk only.
        var marieke = await app.LogInAsync("teamleider@demo.example");
        var bijMarieke = await marieke.GetHtmlAsync("/");
        Assert.Contains("Eén aanvraag voor noodtoegang van uw team wacht op uw goedkeuring.", Normaliseer(bijMarieke.Tekst()), StringComparison.Ordinal);
        var goedkeuringen = await marieke.GetHtmlAsync("/Goedkeuringen");
        var main = goedkeuringen.QuerySelector("main")!.TextContent;
        Assert.Contains("Lars de Wit", main, StringComparison.Ordinal);
        Assert.Contains("3 keer", main, StringComparison.Ordinal);
        Assert.Contains("Acuut gevaar voor een gezinslid", main, StringComparison.Ordinal);
        Assert.DoesNotContain(dorpen[3].Naam, main, StringComparison.Ordinal);
        var goedgekeurd = await (await Formulier.VanKnopAsync(marieke, "/Goedkeuringen", "Goedkeuren")).VerstuurAsync("Goedkeuren");
        Assert.Equal("/Goedkeuringen", await goedgekeurd.DoorgestuurdAsync());
        Assert.Equal(HttpStatusCode.OK, (await lars.GetAsync(new Uri($"/Dossiers/{vierde}", UriKind.Relative))).StatusCode);
        // The page that said "waiting" now leads straight to the dossier, without asking again.
        Assert.Equal($"/Dossiers/{vierde}", (await lars.GetAsync(new Uri($"/Dossiers/{vierde}/Noodtoegang", UriKind.Relative))).Headers.Location?.OriginalString);
        var besluit = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().Where(r => r.DossierId == vierde && r.Soort == Toegangssoort.Wijzigen).SingleAsync());
        Assert.Equal(("Noodtoegang goedgekeurd", "Marieke van den Broek"), (besluit.Onderdeel, besluit.GebruikerNaam));

        // The fifth waits too; refused, the dossier stays closed and Lars may ask again.
        var vijfde = dorpen[4].Id;
        await VraagAsync(lars, vijfde);
        await (await Formulier.VanKnopAsync(marieke, "/Goedkeuringen", "Afwijzen")).VerstuurAsync("Afwijzen");
        Assert.Equal(HttpStatusCode.NotFound, (await lars.GetAsync(new Uri($"/Dossiers/{vijfde}", UriKind.Relative))).StatusCode);
        Assert.NotNull((await lars.GetHtmlAsync($"/Dossiers/{vijfde}/Noodtoegang")).QuerySelector("main form"));
        Assert.Null((await marieke.GetHtmlAsync("/Goedkeuringen")).QuerySelector("main form"));

        // A day later the limit starts again.
        app.Klok.Nu += Noodtoegangen.Venster;
        Assert.Equal($"/Dossiers/{vijfde}", await (await VraagAsync(await app.LogInAsync("wijkteam3@demo.example"), vijfde)).DoorgestuurdAsync());
    }

    [Fact]
    public async Task Gelijktijdige_aanvragen_openen_niet_meer_dossiers_dan_de_daglimiet()
    {
        // Esra (Dorpen) sends six at once into Centrum: the count and the new row share one write transaction.
        var centrum = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).OrderBy(d => d.Id).Select(d => d.Id).Take(6).ToListAsync());
        var esra = await app.LogInAsync("wijkteam2@demo.example");
        var formulieren = new List<Formulier>();
        foreach (var dossier in centrum)
        {
            formulieren.Add((await Formulier.OpenAsync(esra, $"/Dossiers/{dossier}/Noodtoegang"))
                .Vul("Input.Grond", nameof(Noodtoegangsgrond.AcuutGevaar)).Vul("Input.Reden", "Crisisdienst: de vader belt nu over een dreigende situatie thuis"));
        }

        var antwoorden = await Task.WhenAll(formulieren.Select(f => f.VerstuurAsync()));

        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var rijen = await app.MetDbAsync(db => db.Noodtoegangen.Where(n => n.GebruikerNaam == "Esra Yilmaz").ToListAsync());
        Assert.Equal((3, 3), (rijen.Count(n => !n.GoedkeuringNodig), rijen.Count(n => n.WachtOpGoedkeuring)));
    }

    [Fact]
    public async Task Een_teamleider_keurt_de_eigen_aanvraag_niet_goed()
    {
        var marieke = await app.LogInAsync("teamleider@demo.example");
        var dorpen = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamDorpen).OrderByDescending(d => d.Id).Select(d => d.Id).Take(4).ToListAsync());
        var ander = await app.MetDbAsync(db => db.Noodtoegangen.CountAsync(n => n.GebruikerNaam == "Marieke van den Broek" && n.Op > app.Klok.Nu - Noodtoegangen.Venster));
        foreach (var dossier in dorpen.Skip(ander))
        {
            await VraagAsync(marieke, dossier);
        }

        Assert.True(await app.MetDbAsync(db => db.Noodtoegangen.AnyAsync(n => n.GebruikerNaam == "Marieke van den Broek" && n.GoedkeuringNodig)));
        Assert.DoesNotContain("Marieke van den Broek —", (await marieke.GetHtmlAsync("/Goedkeuringen")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> VraagAsync(HttpClient client, Guid dossier) =>
        await (await Formulier.OpenAsync(client, $"/Dossiers/{dossier}/Noodtoegang"))
            .Vul("Input.Grond", nameof(Noodtoegangsgrond.AcuutGevaar)).Vul("Input.Reden", "Crisisdienst: de vader belt nu over een dreigende situatie thuis").VerstuurAsync();

    private static string Normaliseer(string tekst) => string.Join(' ', tekst.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
