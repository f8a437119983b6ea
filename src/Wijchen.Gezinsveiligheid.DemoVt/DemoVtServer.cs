using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Wijchen.Gezinsveiligheid.DemoVt;

/// <summary>One client of the token server: its secret, the scopes it may ask, the audience and lifetime of its tokens.</summary>
public sealed class DemoClient
{
    public string ClientId { get; set; } = "";

    public string Geheim { get; set; } = "";

    public List<string> Scopes { get; set; } = [];

    /// <summary>The API the tokens are for (<c>aud</c>).</summary>
    public string Publiek { get; set; } = DemoVtServer.StandaardPubliek;

    public int LevensduurSeconden { get; set; } = 600;
}

/// <summary>A webhook as it arrived, with the verdict on its signature.</summary>
public sealed record OntvangenWebhook(string Id, string Body, bool HandtekeningGeldig, DateTimeOffset Ontvangen)
{
    public string Type => JsonDocument.Parse(Body).RootElement.GetProperty("type").GetString() ?? "";
}

/// <summary>The webhooks received since the start, newest last.</summary>
public sealed class Webhookpostbus
{
    private readonly ConcurrentQueue<OntvangenWebhook> _ontvangen = new();

    public IReadOnlyList<OntvangenWebhook> Ontvangen => [.. _ontvangen];

    public void Voeg(OntvangenWebhook webhook) => _ontvangen.Enqueue(webhook);
}

/// <summary>
/// The demo of Veilig Thuis' side: an OAuth 2.0 token endpoint (client credentials, OpenIddict, signed JWTs) at
/// <c>/connect/token</c> with its discovery document, and a webhook receiver at <c>/webhooks</c> that checks the
/// Standard Webhooks signature. Configuration: <c>Clients</c> (list of <see cref="DemoClient"/>) and <c>Webhooks:Geheim</c>.
/// </summary>
public static class DemoVtServer
{
    public const string StandaardPubliek = "gezinsveiligheid-api";

    public static readonly string[] AlleScopes = ["overdrachten:aanbieden", "overdrachten:lezen", "monitoring:vastleggen"];

    /// <summary>How old a webhook may be before the receiver refuses it as a replay (Standard Webhooks advises five minutes).</summary>
    private static readonly TimeSpan Tolerantie = TimeSpan.FromMinutes(5);

    public static WebApplication Bouw(string[] args, Action<WebApplicationBuilder>? aanpassen = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5081");
        }

        aanpassen?.Invoke(builder);
        var clients = builder.Configuration.GetSection("Clients").Get<List<DemoClient>>() ?? [];
        builder.Services.AddSingleton<Webhookpostbus>();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetTokenEndpointUris("connect/token");
            options.AllowClientCredentialsFlow();
            options.RegisterScopes(AlleScopes);
            // No database: the clients are the configured list, checked by the handler below.
            options.EnableDegradedMode();
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            // Access tokens as signed JWTs that any resource server can check with the published keys (RFC 9068).
            options.DisableAccessTokenEncryption();
            options.UseAspNetCore().DisableTransportSecurityRequirement();
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var client = clients.FirstOrDefault(c => c.ClientId == context.ClientId);
                if (client is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(client.Geheim), Encoding.UTF8.GetBytes(context.ClientSecret ?? "")))
                {
                    context.Reject(Errors.InvalidClient, "Onbekende client of verkeerd geheim.");
                }
                else if (context.Request.GetScopes().Except(client.Scopes).FirstOrDefault() is { } scope)
                {
                    context.Reject(Errors.InvalidScope, $"Deze client mag de scope '{scope}' niet vragen.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var client = clients.Single(c => c.ClientId == context.ClientId);
                var identiteit = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
                identiteit.SetClaim(Claims.Subject, client.ClientId).SetClaim(Claims.ClientId, client.ClientId);
                identiteit.SetScopes(context.Request.GetScopes());
                identiteit.SetAudiences(client.Publiek);
                identiteit.SetDestinations(_ => [Destinations.AccessToken]);
                var principal = new ClaimsPrincipal(identiteit);
                principal.SetAccessTokenLifetime(TimeSpan.FromSeconds(client.LevensduurSeconden));
                context.SignIn(principal);
                return default;
            }));
        });

        var app = builder.Build();
        app.UseAuthentication();
        app.MapPost("/webhooks", async (HttpRequest request, Webhookpostbus postbus, ILogger<Webhookpostbus> log) =>
        {
            using var lezer = new StreamReader(request.Body, Encoding.UTF8);
            var body = await lezer.ReadToEndAsync();
            var id = request.Headers["webhook-id"].ToString();
            var geldig = IsGeldig(app.Configuration["Webhooks:Geheim"] ?? "", id, request.Headers["webhook-timestamp"].ToString(),
                request.Headers["webhook-signature"].ToString(), body, DateTimeOffset.UtcNow);
            postbus.Voeg(new OntvangenWebhook(id, body, geldig, DateTimeOffset.UtcNow));
            log.LogInformation("Webhook {Id} ontvangen, handtekening {Oordeel}: {Body}", id, geldig ? "geldig" : "ONGELDIG", body);
            return geldig ? Results.NoContent() : Results.Unauthorized();
        });
        app.MapGet("/webhooks", (Webhookpostbus postbus) => postbus.Ontvangen);
        return app;
    }

    /// <summary>Checks a Standard Webhooks signature: HMAC-SHA256 over "id.timestamp.body" with the secret after "whsec_".</summary>
    public static bool IsGeldig(string geheim, string id, string tijdstempel, string handtekeningen, string body, DateTimeOffset nu)
    {
        if (!geheim.StartsWith("whsec_", StringComparison.Ordinal) || !long.TryParse(tijdstempel, out var seconden)
            || (nu - DateTimeOffset.FromUnixTimeSeconds(seconden)).Duration() > Tolerantie)
        {
            return false;
        }

        var verwacht = HMACSHA256.HashData(Convert.FromBase64String(geheim["whsec_".Length..]), Encoding.UTF8.GetBytes($"{id}.{tijdstempel}.{body}"));
        return handtekeningen.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(h => h.StartsWith("v1,", StringComparison.Ordinal))
            .Any(h => AlsBytes(h[3..]) is { } gegeven && CryptographicOperations.FixedTimeEquals(verwacht, gegeven));
    }

    private static byte[]? AlsBytes(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var lengte) ? bytes[..lengte] : null;
    }
}
