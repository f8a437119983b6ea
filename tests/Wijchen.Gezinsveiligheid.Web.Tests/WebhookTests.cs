using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The outcome flows back: a teamleider accepts or declines in the pages, a casusregisseur reports back, Veilig Thuis'
/// system records a monitoring moment with a voorwaarde not met — and each arrives at VT's receiver once, signed.
/// </summary>
public class WebhookTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Van_aanbod_via_acceptatie_in_de_browser_tot_getekende_webhooks_en_monitoring()
    {
        var stand = await ApiTests.BiedAanAsync(app, "Gezin Webhook");
        var id = stand.GetProperty("id").GetGuid();
        var kenmerk = stand.GetProperty("kenmerk").GetString()!;
        var dossierId = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Naam == "Gezin Webhook").Select(d => d.Id).SingleAsync());
        await AccepteerAsync(app, dossierId);

        using var client = await app.ApiClientAsync();
        var geaccepteerd = await (await client.GetAsync(new Uri($"{ApiTests.Overdrachten}/{id}", UriKind.Relative))).JsonAsync();
        Assert.Equal(("geaccepteerd", DemoSeeder.WijkteamCentrum), (geaccepteerd.GetProperty("status").GetString(), geaccepteerd.GetProperty("wijkteam").GetProperty("id").GetGuid()));
        Assert.Equal([(Webhookgebeurtenissen.Geaccepteerd, Berichtstatus.Wachtend)], await OutboxAsync(dossierId));

        // Other tests share the outbox: only this dossier's messages count here.
        await app.Verzending.VerstuurAsync();
        var webhook = Assert.Single(Ontvangen(kenmerk));
        Assert.True(webhook.HandtekeningGeldig);
        var inhoud = JsonDocument.Parse(webhook.Body).RootElement;
        Assert.Equal(Webhookgebeurtenissen.Geaccepteerd, inhoud.GetProperty("type").GetString());
        Assert.Equal(id, inhoud.GetProperty("data").GetProperty("overdrachtId").GetGuid());
        // Only ids, type and time: the receiver fetches the rest with its token.
        Assert.Equal(["data", "timestamp", "type"], inhoud.EnumerateObject().Select(p => p.Name).Order());
        Assert.DoesNotContain("Dijk", webhook.Body, StringComparison.Ordinal);
        await app.Verzending.VerstuurAsync();
        Assert.Single(Ontvangen(kenmerk));
        Assert.Equal([(Webhookgebeurtenissen.Geaccepteerd, Berichtstatus.Verstuurd)], await OutboxAsync(dossierId));

        // A monitoring moment: every voorwaarde checked, a voorwaarde not met explained; the domain's own checks hold.
        var voorwaarden = geaccepteerd.GetProperty("voorwaarden").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()).ToList();
        var datum = app.Klok.Nu.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var monitoring = new Uri($"/api/v1/dossiers/{kenmerk}/monitoring", UriKind.Relative);
        var half = await client.PostAsync(monitoring, ApiHttp.Json($$"""{"datum":"{{datum}}","controles":[{"voorwaardeId":"{{voorwaarden[0]}}","naleving":"nageleefd"}]}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, half.StatusCode);
        Assert.Equal("Bij een monitoringsmoment controleert Veilig Thuis alle voorwaarden.", (await half.JsonAsync()).GetProperty("detail").GetString());
        var zonderUitleg = await client.PostAsync(monitoring, ApiHttp.Json(
            $$"""{"datum":"{{datum}}","controles":[{"voorwaardeId":"{{voorwaarden[0]}}","naleving":"nageleefd"},{"voorwaardeId":"{{voorwaarden[1]}}","naleving":"nietNageleefd"}]}"""));
        Assert.Equal("Licht toe wat er is gebeurd bij een voorwaarde die niet is nageleefd.", (await zonderUitleg.JsonAsync()).GetProperty("detail").GetString());
        var vastgelegd = await client.PostAsync(monitoring, ApiHttp.Json(
            $$"""{"datum":"{{datum}}","controles":[{"voorwaardeId":"{{voorwaarden[0]}}","naleving":"nageleefd"},{"voorwaardeId":"{{voorwaarden[1]}}","naleving":"nietNageleefd","toelichting":"School meldt ruzie waar Tim bij was."}]}"""));
        Assert.Equal(HttpStatusCode.Created, vastgelegd.StatusCode);
        Assert.Equal(3, (await vastgelegd.JsonAsync()).GetProperty("monitoringMaand").GetInt32());
        await app.Verzending.VerstuurAsync();
        var nietNageleefd = Ontvangen(kenmerk)[^1];
        Assert.Equal((Webhookgebeurtenissen.VoorwaardeNietNageleefd, voorwaarden[1], true),
            (nietNageleefd.Type, JsonDocument.Parse(nietNageleefd.Body).RootElement.GetProperty("data").GetProperty("voorwaardeId").GetGuid(), nietNageleefd.HandtekeningGeldig));

        // The casusregisseur reports back: VT's system hears of it.
        var casusregisseur = await app.LogInAsync("wijkteam@demo.example");
        var terug = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossierId}/Terugmelden");
        await (await terug.Vul("Input.Reden", "Voorwaarde geschonden").Vul("Input.Zorg", "Tim is bang om naar huis te gaan").VerstuurAsync()).DoorgestuurdAsync();
        await app.Verzending.VerstuurAsync();
        Assert.Equal([(Webhookgebeurtenissen.Geaccepteerd, true), (Webhookgebeurtenissen.VoorwaardeNietNageleefd, true), (Webhookgebeurtenissen.Teruggemeld, true)],
            Ontvangen(kenmerk).Select(w => (w.Type, w.HandtekeningGeldig)));
    }

    [Fact]
    public async Task Afwijzen_meldt_het_API_aanbod_terug_en_een_aanbod_uit_de_browser_niet()
    {
        await ApiTests.BiedAanAsync(app, "Gezin Afgewezen Api");
        var api = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Naam == "Gezin Afgewezen Api").Select(d => d.Id).SingleAsync());
        var browser = await Browserpad.BiedAanAsync(app, "Gezin Afgewezen Browser");
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        foreach (var id in new[] { api, browser })
        {
            await (await (await Formulier.OpenAsync(teamleider, $"/Dossiers/{id}/Besluit/OverdrachtAfwijzen")).Vul("Input.Reden", "Gezin woont in Beuningen").VerstuurAsync()).DoorgestuurdAsync();
        }

        Assert.Equal([(Webhookgebeurtenissen.Afgewezen, Berichtstatus.Wachtend)], await OutboxAsync(api));
        Assert.Empty(await OutboxAsync(browser));
        using var client = await app.ApiClientAsync();
        var overdracht = await app.MetDbAsync(db => db.Set<Overdracht>().Where(o => EF.Property<Guid>(o, "DossierId") == api).Select(o => o.Id).SingleAsync());
        var stand = await (await client.GetAsync(new Uri($"{ApiTests.Overdrachten}/{overdracht}", UriKind.Relative))).JsonAsync();
        Assert.Equal(("afgewezen", "Gezin woont in Beuningen"), (stand.GetProperty("status").GetString(), stand.GetProperty("reden").GetString()));
    }

    /// <summary>The teamleider of Centrum plans the gesprek, holds it two days later and accepts with Joris as casusregisseur.</summary>
    internal static async Task AccepteerAsync(AppFactory app, Guid dossierId)
    {
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        var joris = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync());
        var plannen = await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossierId}/Plannen");
        plannen.Vul("Input.Op", Web.Presentation.Handelingen.NaarNederlandseTijd(app.Klok.Nu.AddDays(1)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture))
            .Vul("Input.Locatie", "Wijkcentrum De Schakel").Vul("Input.BeoogdCasusregisseur", joris);
        await (await plannen.VerstuurAsync()).DoorgestuurdAsync();
        app.Klok.Nu = app.Klok.Nu.AddDays(2);
        teamleider = await app.LogInAsync("teamleider@demo.example");
        await (await (await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossierId}/Gesprek")).VerstuurAsync()).DoorgestuurdAsync();
        await (await (await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossierId}/Accepteren")).VerstuurAsync("Overdracht accepteren")).DoorgestuurdAsync();
    }

    private List<DemoVt.OntvangenWebhook> Ontvangen(string kenmerk) =>
        [.. app.Vt.Webhooks.Where(w => JsonDocument.Parse(w.Body).RootElement.GetProperty("data").GetProperty("kenmerk").GetString() == kenmerk)];

    private Task<List<(string, Berichtstatus)>> OutboxAsync(Guid dossierId) =>
        app.MetDbAsync(async db => (await db.Webhookberichten.AsNoTracking().Where(w => w.DossierId == dossierId).OrderBy(w => w.AangemaaktOp).ToListAsync())
            .Select(w => (w.Soort, w.Status)).ToList());
}
