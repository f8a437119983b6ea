using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>The whole warme overdracht as three people click through it: Veilig Thuis, the teamleider and the casusregisseur.</summary>
public class WerkstroomTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Van_melding_via_terugmelding_tot_goedgekeurde_afsluiting()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var casusregisseur = await app.LogInAsync("wijkteam@demo.example");
        var ids = await app.MetDbAsync(db => db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id));

        // Veilig Thuis registers the melding with the household.
        var melding = await Formulier.OpenAsync(vt, "/Meldingen/Nieuw");
        melding.Vul("Input.Naam", "Gezin Testpad").Vul("Input.SoortZorg", "Partnergeweld").Vul("Input.Omschrijving", "Politie meldt huiselijk geweld; kinderen waren thuis.")
            .Vul("Input.MelderNaam", "Agent Bakker").Vul("Input.MelderRol", "Politie").Vul("Input.MelderContact", "0900-8844").Kies("Input.MelderAnoniemNaarGezin", "true")
            .Vul("Input.Gezinsleden[0].Naam", "Eva Testpad").Vul("Input.Gezinsleden[0].Geboortedatum", "1991-04-12").Vul("Input.Gezinsleden[0].Rol", "OuderVerzorger")
            .Vul("Input.Gezinsleden[1].Naam", "Tim Testpad").Vul("Input.Gezinsleden[1].Geboortedatum", "1989-09-30").Vul("Input.Gezinsleden[1].Rol", "OuderVerzorger")
            .Vul("Input.Gezinsleden[2].Naam", "Noor Testpad").Vul("Input.Gezinsleden[2].Geboortedatum", "2020-02-29").Vul("Input.Gezinsleden[2].Rol", "Kind").Vul("Input.Gezinsleden[2].Bsn", "123456782");
        var id = await DossierAsync(await melding.VerstuurAsync());
        await Stap(id, DossierFase.Melding, ids["vt@demo.example"], null, chronologie: 1);
        var dossier = await Laad(id);
        Assert.Equal(3, dossier.Gezinsleden.Count);
        Assert.True(dossier.Melding.MelderAnoniemNaarGezin);
        Assert.Equal(new DateOnly(2026, 11, 23), dossier.Deadline);

        // The veiligheidsbeoordeling, with a judgement for the child and a kindcheck per adult; besluit: overdracht.
        await LegBeoordelingVast(vt, id, "Noor Testpad");
        await Stap(id, DossierFase.Veiligheidsbeoordeling, ids["vt@demo.example"], DossierActie.VeiligheidsbeoordelingVastleggen, chronologie: 2);

        await BiedAan(vt, id);
        await Stap(id, DossierFase.OverdrachtAangeboden, ids["vt@demo.example"], DossierActie.OverdrachtAanbieden, chronologie: 3);
        var inbox = await (await teamleider.GetAsync(new Uri("/Overdrachten", UriKind.Relative))).HtmlAsync();
        var rij = inbox.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Gezin Testpad", StringComparison.Ordinal));
        Assert.Contains("Gesprek nog plannen", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains("nog 5 werkdagen", rij.TextContent, StringComparison.Ordinal);

        // The teamleider plans the gesprek; accepting is not offered before it is held.
        await Plan(teamleider, id, ids["wijkteam@demo.example"]);
        await Stap(id, DossierFase.OverdrachtsgesprekGepland, ids["vt@demo.example"], DossierActie.GesprekPlannen, chronologie: 4);
        var teVroeg = await (await teamleider.GetAsync(new Uri($"/Dossiers/{id}/Accepteren", UriKind.Relative))).HtmlAsync();
        Assert.Contains("kan nu niet", teVroeg.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(teVroeg.QuerySelector("main form"));

        // Two days later (sessions have expired meanwhile: everyone signs in again).
        app.Klok.Nu = app.Klok.Nu.AddDays(2);
        (vt, teamleider, casusregisseur) = (await app.LogInAsync("vt@demo.example"), await app.LogInAsync("teamleider@demo.example"), await app.LogInAsync("wijkteam@demo.example"));
        await LegGesprekVastEnAccepteer(teamleider, id, ids["wijkteam@demo.example"]);
        Assert.Equal("Overdracht geaccepteerd; regie bij Joris Hendriks.", (await teamleider.GetHtmlAsync($"/Dossiers/{id}")).QuerySelector("main [role=status]")!.TextContent);
        await Stap(id, DossierFase.Casusregie, ids["wijkteam@demo.example"], DossierActie.OverdrachtAccepteren, chronologie: 6);
        dossier = await Laad(id);
        var acceptatie = dossier.Regiehistorie[^1];
        Assert.Equal((ids["vt@demo.example"], ids["wijkteam@demo.example"], ids["teamleider@demo.example"]), (acceptatie.VanId, acceptatie.NaarId, acceptatie.DoorId));
        Assert.True(dossier.HuidigeOverdracht!.IsWarm);
        Assert.Contains("Casusregie: veiligheidsplan vaststellen", (await casusregisseur.GetHtmlAsync("/")).Tekst(), StringComparison.Ordinal);

        // The casusregisseur reports new unsafety back: regie returns to Veilig Thuis.
        // The dossier leaves the casusregisseur's view: they land on Mijn werk, told what happened and to whom.
        var terug = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{id}/Terugmelden");
        Assert.Equal("/", await (await terug.Vul("Input.Reden", "School meldt nieuw incident").Vul("Input.Zorg", "Vader is terug in huis").VerstuurAsync()).DoorgestuurdAsync());
        var bevestiging = (await casusregisseur.GetHtmlAsync("/")).QuerySelector("main [role=status]")!.TextContent;
        Assert.Equal("Teruggemeld aan Veilig Thuis (Gezin Testpad); regie bij Fatima el Amrani (Veilig Thuis).", bevestiging);
        Assert.Null((await casusregisseur.GetHtmlAsync("/")).QuerySelector("main [role=status]"));
        await Stap(id, DossierFase.Opgeschaald, ids["vt@demo.example"], DossierActie.Terugmelden, chronologie: 7);
        Assert.Contains("Terugmelding: nieuwe veiligheidsbeoordeling doen", (await vt.GetHtmlAsync("/")).Tekst(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await casusregisseur.GetAsync(new Uri($"/Dossiers/{id}", UriKind.Relative))).StatusCode);

        // A new VB, a new offer, a new acceptance.
        await LegBeoordelingVast(vt, id, "Noor Testpad");
        await BiedAan(vt, id);
        await Plan(teamleider, id, ids["wijkteam@demo.example"]);
        app.Klok.Nu = app.Klok.Nu.AddDays(2);
        (teamleider, casusregisseur) = (await app.LogInAsync("teamleider@demo.example"), await app.LogInAsync("wijkteam@demo.example"));
        await LegGesprekVastEnAccepteer(teamleider, id, ids["wijkteam@demo.example"]);
        await Stap(id, DossierFase.Casusregie, ids["wijkteam@demo.example"], DossierActie.OverdrachtAccepteren, chronologie: 12);
        Assert.Equal(2, (await Laad(id)).Overdrachten.Count);

        // Closure: proposed by the casusregisseur, approved by a teamleider (four eyes).
        var afsluiten = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{id}/Afsluiten");
        afsluiten.Kies("Input.VeiligheidStabielEnGeevalueerd", "true").Kies("Input.VtMonitoringAfgerondOfGeinformeerd", "true").Kies("Input.GezinEnPartnersGeinformeerd", "true")
            .Vul("Input.Toelichting", "Half jaar stabiel, hulp via huisarts.");
        await (await afsluiten.VerstuurAsync()).DoorgestuurdAsync();
        await Stap(id, DossierFase.Casusregie, ids["wijkteam@demo.example"], DossierActie.AfsluitingVoorstellen, chronologie: 13);
        Assert.Contains("Voorstel tot afsluiten beoordelen", (await teamleider.GetHtmlAsync("/")).Tekst(), StringComparison.Ordinal);

        var goedkeuren = await Formulier.OpenAsync(teamleider, $"/Dossiers/{id}/Besluit/AfsluitingGoedkeuren");
        await (await goedkeuren.VerstuurAsync()).DoorgestuurdAsync();
        await Stap(id, DossierFase.Afgesloten, null, DossierActie.AfsluitingGoedkeuren, chronologie: 14);
        dossier = await Laad(id);
        Assert.Equal(ids["wijkteam@demo.example"], dossier.Regiehistorie[^1].VanId);
        Assert.True(dossier.HeeftEnkeleRegiehouder());
    }

    private async Task LegBeoordelingVast(HttpClient vt, Guid id, string kind)
    {
        var vb = await Formulier.OpenAsync(vt, $"/Dossiers/{id}/Veiligheidsbeoordeling");
        var dossier = await Laad(id);
        vb.Kies("Input.AcuteOnveiligheid", "false").Kies("Input.StructureleOnveiligheid", "true")
            .Vul("Input.Instrument", "LIRIK").Vul("Input.InstrumentVersie", "2.1").Vul("Input.InstrumentUitkomst", "Hoog risico")
            .Vul("Input.Onderbouwing", "Herhaald geweld waar het kind getuige van is.").Kies("Input.Besluit", "OverdrachtLokaalTeam");
        for (var i = 0; i < dossier.Gezinsleden.Count; i++)
        {
            if (dossier.Gezinsleden.Single(g => g.Id.ToString() == vb.Waarde($"Input.Oordelen[{i}].GezinslidId")).Naam == kind)
            {
                vb.Vul($"Input.Oordelen[{i}].Oordeel", "VoorwaardelijkVeilig");
            }
        }

        for (var i = 0; i < 2; i++)
        {
            vb.Kies($"Input.Kindchecks[{i}].Afhankelijk", "true").Kies($"Input.Kindchecks[{i}].KinderenVeilig", "false");
        }

        Assert.Equal($"/Dossiers/{id}/Aanbieden", await (await vb.VerstuurAsync()).DoorgestuurdAsync());
    }

    private static async Task BiedAan(HttpClient vt, Guid id)
    {
        var aanbod = await Formulier.OpenAsync(vt, $"/Dossiers/{id}/Aanbieden");
        Assert.Equal("3, 6, 12, 18", aanbod.Waarde("Input.MonitoringMaanden"));
        aanbod.Vul("Input.TeamId", DemoSeeder.WijkteamCentrum.ToString()).Vul("Input.Context", "Ouders willen hulp; vader woont bij zijn broer.")
            .Vul("Input.Voorwaarden[0].Omschrijving", "Geen geweld in het bijzijn van Noor").Vul("Input.Voorwaarden[0].VoorWie", "Beide ouders").Vul("Input.Voorwaarden[0].Verantwoordelijke", "Ouders")
            .Vul("Input.Voorwaarden[1].Omschrijving", "Vader woont bij zijn broer").Vul("Input.Voorwaarden[1].VoorWie", "Vader").Vul("Input.Voorwaarden[1].Verantwoordelijke", "Vader")
            .Vul("Input.Voorwaarden[2].Omschrijving", "Noor gaat elke dag naar school").Vul("Input.Voorwaarden[2].VoorWie", "Moeder").Vul("Input.Voorwaarden[2].Verantwoordelijke", "Moeder");
        await (await aanbod.VerstuurAsync()).DoorgestuurdAsync();

        // Read back in the order they were written, on the dossier page too.
        var lijst = (await vt.GetHtmlAsync($"/Dossiers/{id}")).QuerySelectorAll("section[aria-labelledby=kop-overdracht] article:last-of-type li")
            .Select(li => li.TextContent.Split(" (")[0]).ToList();
        Assert.Equal(["Geen geweld in het bijzijn van Noor", "Vader woont bij zijn broer", "Noor gaat elke dag naar school"], lijst);
    }

    private async Task Plan(HttpClient teamleider, Guid id, string beoogd)
    {
        var plannen = await Formulier.OpenAsync(teamleider, $"/Dossiers/{id}/Plannen");
        var morgen = Handelingen(app.Klok.Nu.AddDays(1));
        plannen.Vul("Input.Op", morgen).Vul("Input.Locatie", "Wijkcentrum De Schakel").Vul("Input.BeoogdCasusregisseur", beoogd);
        await (await plannen.VerstuurAsync()).DoorgestuurdAsync();
    }

    private static async Task LegGesprekVastEnAccepteer(HttpClient teamleider, Guid id, string casusregisseur)
    {
        var gesprek = await Formulier.OpenAsync(teamleider, $"/Dossiers/{id}/Gesprek");
        await (await gesprek.VerstuurAsync()).DoorgestuurdAsync();
        var accepteren = await Formulier.OpenAsync(teamleider, $"/Dossiers/{id}/Accepteren");
        Assert.Equal(casusregisseur, accepteren.Waarde("Input.Casusregisseur"));
        await (await accepteren.VerstuurAsync("Overdracht accepteren")).DoorgestuurdAsync();
    }

    private async Task Stap(Guid id, DossierFase fase, string? regiehouder, DossierActie? actie, int chronologie)
    {
        var dossier = await Laad(id);
        Assert.Equal(fase, dossier.Fase);
        Assert.Equal(regiehouder, dossier.RegiehouderId);
        Assert.Equal(chronologie, dossier.Chronologie.Count);
        Assert.Equal(actie, dossier.Chronologie[^1].Actie);
        Assert.True(dossier.HeeftEnkeleRegiehouder());
    }

    private Task<Dossier> Laad(Guid id) => app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == id));

    private static async Task<Guid> DossierAsync(HttpResponseMessage antwoord) => Guid.Parse((await antwoord.DoorgestuurdAsync()).Split('/')[2]);

    private static string Handelingen(DateTimeOffset moment) =>
        Web.Presentation.Handelingen.NaarNederlandseTijd(moment).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
