using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The app as a real process, killed with SIGKILL right after it committed a decline and its webhook and before its
/// sender looked: the next start sends it, signed, to Veilig Thuis' receiver.
/// </summary>
[Trait("Snelheid", "Traag")]
public sealed class WebhookCrashTests : IDisposable
{
    private readonly string map = Path.Combine(Path.GetTempPath(), "gezinsveiligheid-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Een_webhook_overleeft_een_SIGKILL_tussen_commit_en_verzenden()
    {
        await using var vt = await Vtsysteem.StartAsync();
        await using var app = new Appproces(map);
        foreach (var (sleutel, waarde) in vt.AppInstellingen())
        {
            app.Instellingen[sleutel.Replace(":", "__", StringComparison.Ordinal)] = waarde;
        }

        // The first life never gets to a round of its sender.
        app.Instellingen["Api__WebhookIntervalSeconden"] = "3600";
        await app.StartAsync();
        using var api = new HttpClient { BaseAddress = app.Adres };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await vt.TokenAsync(Vtsysteem.Client));
        var aangeboden = await api.PostAsync(new Uri(ApiTests.Overdrachten, UriKind.Relative), ApiHttp.Json(ApiTests.Voorbeeld(DateTimeOffset.UtcNow, "Gezin Crash")));
        Assert.Equal(HttpStatusCode.Created, aangeboden.StatusCode);
        var kenmerk = (await aangeboden.JsonAsync()).GetProperty("kenmerk").GetString();
        var dossier = await Beheerproces.InDatabaseAsync(map, db => db.Dossiers.Where(d => d.Naam == "Gezin Crash").Select(d => d.Id).SingleAsync());
        var teamleider = await app.IngelogdAsync("teamleider@demo.example");
        await (await (await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier}/Besluit/OverdrachtAfwijzen")).Vul("Input.Reden", "Buiten ons werkgebied").VerstuurAsync()).DoorgestuurdAsync();

        await app.DoodAsync();
        Assert.Equal(Berichtstatus.Wachtend, await Beheerproces.InDatabaseAsync(map, async db => (await db.Webhookberichten.SingleAsync(w => w.DossierId == dossier)).Status));
        Assert.Empty(vt.Webhooks);

        app.Instellingen["Api__WebhookIntervalSeconden"] = "1";
        await app.StartAsync();
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (vt.Webhooks.Count == 0 && DateTime.UtcNow < tot)
        {
            await Task.Delay(200);
        }

        var aangekomen = Assert.Single(vt.Webhooks);
        Assert.Equal((Webhookgebeurtenissen.Afgewezen, true), (aangekomen.Type, aangekomen.HandtekeningGeldig));
        Assert.Contains(kenmerk!, aangekomen.Body, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(map))
        {
            Directory.Delete(map, recursive: true);
        }
    }
}
