using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>
/// Sends the webhook outbox. A message is due when its next attempt has come; an instance claims it for a minute before
/// sending, so several instances never send the same message at the same time. A failure waits longer each time
/// (30 seconds up to 8 hours) and the message is given up only when its series of attempts is more than <see cref="Opgeven"/>
/// old; the beheerder sees every message that waits or failed and can send it again (Beheer → Webhooks), which starts a
/// new series. A message that was sent
/// but whose success could not be recorded is sent again: receivers recognise it by its <c>webhook-id</c>.
/// </summary>
public sealed class Webhookverzending(
    IServiceScopeFactory scopes, IHttpClientFactory httpClients, IOptions<ApiInstellingen> instellingen, TimeProvider klok, ILogger<Webhookverzending> logger)
    : BackgroundService
{
    public const string HttpClientNaam = "webhooks";

    /// <summary>Retried for at least a day, as receivers may be down over a night or a weekend's maintenance window.</summary>
    public static readonly TimeSpan Opgeven = TimeSpan.FromHours(25);

    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan[] Wachttijden =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(8),
    ];

    public static TimeSpan Wachttijd(int pogingen) => Wachttijden[Math.Clamp(pogingen - 1, 0, Wachttijden.Length - 1)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time between rounds; which messages are due follows the application's clock.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(instellingen.Value.WebhookIntervalSeconden));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await VerstuurAsync(stoppingToken);
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                logger.LogError(fout, "Webhooks versturen mislukt; de volgende ronde probeert het opnieuw");
            }
        }
    }

    /// <summary>One round: sends every due message once. Returns how many were sent successfully.</summary>
    public async Task<int> VerstuurAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var nu = klok.GetUtcNow();
        var due = await db.Webhookberichten.AsNoTracking()
            .Where(w => w.VerstuurdOp == null && w.MisluktOp == null && w.VolgendePogingOp <= nu && (w.BezigTot == null || w.BezigTot < nu))
            .OrderBy(w => w.VolgendePogingOp).Take(50).ToListAsync(cancellationToken);
        var verstuurd = 0;
        foreach (var bericht in due)
        {
            var geclaimd = await db.Webhookberichten
                .Where(w => w.Id == bericht.Id && w.VerstuurdOp == null && w.MisluktOp == null && (w.BezigTot == null || w.BezigTot < nu))
                .ExecuteUpdateAsync(w => w.SetProperty(x => x.BezigTot, nu + Claim), cancellationToken);
            if (geclaimd == 0)
            {
                continue;
            }

            var fout = await StuurAsync(bericht, cancellationToken);
            var pogingen = bericht.Pogingen + 1;
            var klaar = klok.GetUtcNow();
            if (fout is null)
            {
                verstuurd++;
                await db.Webhookberichten.Where(w => w.Id == bericht.Id).ExecuteUpdateAsync(w => w
                    .SetProperty(x => x.VerstuurdOp, klaar).SetProperty(x => x.Pogingen, pogingen)
                    .SetProperty(x => x.BezigTot, (DateTimeOffset?)null).SetProperty(x => x.LaatsteFout, (string?)null), cancellationToken);
                continue;
            }

            var opgegeven = klaar - bericht.HerhalenSinds >= Opgeven ? klaar : (DateTimeOffset?)null;
            await db.Webhookberichten.Where(w => w.Id == bericht.Id).ExecuteUpdateAsync(w => w
                .SetProperty(x => x.Pogingen, pogingen).SetProperty(x => x.LaatsteFout, fout)
                .SetProperty(x => x.VolgendePogingOp, klaar + Wachttijd(pogingen)).SetProperty(x => x.MisluktOp, opgegeven)
                .SetProperty(x => x.BezigTot, (DateTimeOffset?)null), cancellationToken);
            if (opgegeven is not null)
            {
                logger.LogWarning("Webhook {Id} ({Soort}) opgegeven na {Pogingen} pogingen: {Fout}", bericht.Id, bericht.Soort, pogingen, fout);
            }
        }

        return verstuurd;
    }

    /// <summary>Sends one message; null when the receiver accepted it (2xx), else why not.</summary>
    private async Task<string?> StuurAsync(Webhookbericht bericht, CancellationToken cancellationToken)
    {
        var client = instellingen.Value.Client(bericht.ClientId);
        if (client is not { WebhookUrl: { Length: > 0 } adres, WebhookGeheim: { } geheim })
        {
            return "Voor deze client is geen WebhookUrl ingesteld.";
        }

        using var verzoek = new HttpRequestMessage(HttpMethod.Post, adres) { Content = new StringContent(bericht.Inhoud, Encoding.UTF8, "application/json") };
        // The signature's timestamp is the real moment of sending: the receiver compares it with its own clock against replays.
        foreach (var (naam, waarde) in Webhookhandtekening.Kopregels(geheim, bericht.Id, TimeProvider.System.GetUtcNow(), bericht.Inhoud))
        {
            verzoek.Headers.TryAddWithoutValidation(naam, waarde);
        }

        try
        {
            using var antwoord = await httpClients.CreateClient(HttpClientNaam).SendAsync(verzoek, cancellationToken);
            return antwoord.IsSuccessStatusCode ? null : $"De ontvanger antwoordde {(int)antwoord.StatusCode}.";
        }
        catch (Exception fout) when (fout is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reden = fout is TaskCanceledException ? "De ontvanger antwoordde niet binnen 10 seconden." : $"Niet bereikbaar: {fout.Message}";
            return reden.Length <= 400 ? reden : reden[..400];
        }
    }
}
