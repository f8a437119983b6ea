using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The outbox keeps its promise: a change committed by one instance that never sent its webhook (it stopped right after
/// the commit) is sent by the next one; a receiver that stays down is retried with growing waits for more than a day,
/// then the message is failed, shown to the beheerder, and sent again when the beheerder asks.
/// </summary>
public class WebhookOutboxTests
{
    [Fact]
    public async Task Een_bericht_overleeft_een_gestopte_instantie_en_een_ontvanger_die_een_dag_plat_ligt()
    {
        await using var eerste = new ApiFactory();
        await eerste.InitializeAsync();
        await ApiTests.BiedAanAsync(eerste, "Gezin Outbox");
        var dossier = await eerste.MetDbAsync(db => db.Dossiers.Where(d => d.Naam == "Gezin Outbox").Select(d => d.Id).SingleAsync());
        var teamleider = await eerste.LogInAsync("teamleider@demo.example");
        await (await (await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier}/Besluit/OverdrachtAfwijzen")).Vul("Input.Reden", "Buiten ons werkgebied").VerstuurAsync()).DoorgestuurdAsync();
        // The first instance committed the decline and its webhook, and stops before its sender's first round.
        Assert.Equal(Berichtstatus.Wachtend, (await BerichtAsync(eerste, dossier)).Status);
        Assert.Empty(eerste.Vt.Webhooks);

        // The next instance finds it, but VT's receiver is down: it waits 30 s, 2 min, 10 min … up to 8 h between attempts.
        await using var tweede = new ZelfdeDatabase(eerste.DataMap, eerste.Vt, "http://127.0.0.1:9/webhooks");
        await tweede.Verzending.VerstuurAsync();
        var bericht = await BerichtAsync(tweede, dossier);
        Assert.Equal((1, Berichtstatus.Wachtend, tweede.Klok.Nu + TimeSpan.FromSeconds(30)), (bericht.Pogingen, bericht.Status, bericht.VolgendePogingOp));
        Assert.StartsWith("Niet bereikbaar", bericht.LaatsteFout, StringComparison.Ordinal);
        await tweede.Verzending.VerstuurAsync();
        Assert.Equal(1, (await BerichtAsync(tweede, dossier)).Pogingen);
        List<TimeSpan> wachttijden = [];
        while (bericht.Status == Berichtstatus.Wachtend)
        {
            wachttijden.Add(bericht.VolgendePogingOp - tweede.Klok.Nu);
            tweede.Klok.Nu = bericht.VolgendePogingOp;
            await tweede.Verzending.VerstuurAsync();
            bericht = await BerichtAsync(tweede, dossier);
        }

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
             TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(8), TimeSpan.FromHours(8)],
            wachttijden);
        Assert.Equal(Berichtstatus.Mislukt, bericht.Status);
        Assert.True(bericht.MisluktOp - bericht.HerhalenSinds >= TimeSpan.FromHours(24));
        Assert.Empty(eerste.Vt.Webhooks);

        // The beheerder sees it with its reason and sends it again once VT's receiver is back.
        var beheerder = await tweede.LogInMetPasskeyAsync("beheerder@demo.example");
        var pagina = await beheerder.GetHtmlAsync("/Beheer/Webhooks");
        var rij = pagina.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(Presentation.Weergave.Kenmerk(dossier), StringComparison.Ordinal));
        Assert.Contains("mislukt", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains("Niet bereikbaar", rij.TextContent, StringComparison.Ordinal);
        var knop = rij.QuerySelector("button")!.TextContent.Trim();
        var opnieuw = await Formulier.VanKnopAsync(beheerder, "/Beheer/Webhooks", knop);
        await (await opnieuw.VerstuurAsync(knop)).DoorgestuurdAsync();
        bericht = await BerichtAsync(tweede, dossier);
        // A new series: another day of attempts, starting again at 30 seconds.
        Assert.Equal((Berichtstatus.Wachtend, 0, tweede.Klok.Nu), (bericht.Status, bericht.Pogingen, bericht.HerhalenSinds));

        await using var derde = new ZelfdeDatabase(eerste.DataMap, eerste.Vt, null);
        derde.Klok.Nu = tweede.Klok.Nu;
        await derde.Verzending.VerstuurAsync();
        Assert.Equal(Berichtstatus.Verstuurd, (await BerichtAsync(derde, dossier)).Status);
        var aangekomen = Assert.Single(eerste.Vt.Webhooks);
        Assert.Equal((Webhookgebeurtenissen.Afgewezen, true), (aangekomen.Type, aangekomen.HandtekeningGeldig));
    }

    private static Task<Webhookbericht> BerichtAsync(AppFactory app, Guid dossier) =>
        app.MetDbAsync(db => db.Webhookberichten.AsNoTracking().SingleAsync(w => w.DossierId == dossier));

    /// <summary>Another instance on the same database and VT system, optionally with the receiver at another address.</summary>
    private sealed class ZelfdeDatabase(string dataMap, Vtsysteem vt, string? webhookUrl) : ApiFactory(dataMap, vt)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (webhookUrl is not null)
            {
                builder.UseSetting("Api:Clients:0:WebhookUrl", webhookUrl);
            }
        }
    }
}
