using System.Text;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>
/// Sends the webhook outbox through <see cref="Outbox"/>: claimed per message, retried with growing waits for a day
/// (<see cref="Herhaalbeleid"/>), then failed; the beheerder sees every message that waits or failed and can send it
/// again (Beheer → Webhooks). A message sent twice is recognised by its <c>webhook-id</c>.
/// </summary>
public sealed class Webhookverzending(
    IServiceScopeFactory scopes, IHttpClientFactory httpClients, IOptions<ApiInstellingen> instellingen, TimeProvider klok, ILogger<Webhookverzending> logger)
    : BackgroundService
{
    public const string HttpClientNaam = "webhooks";

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
        return await Outbox.VerstuurAsync(db.Webhookberichten, klok, 50, StuurAsync,
            (bericht, pogingen, fout) => logger.LogWarning("Webhook {Id} ({Soort}) opgegeven na {Pogingen} pogingen: {Fout}", bericht.Id, bericht.Soort, pogingen, fout),
            cancellationToken);
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
