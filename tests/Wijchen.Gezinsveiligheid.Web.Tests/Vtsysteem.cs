using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wijchen.Gezinsveiligheid.DemoVt;
using Wijchen.Gezinsveiligheid.Web.Api;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// Veilig Thuis' side in the tests: the demo token server (OpenIddict, client credentials, signed JWTs) and webhook
/// receiver on a real port, so the app fetches its keys and checks signature, expiry, audience and scope for real.
/// </summary>
public sealed class Vtsysteem : IAsyncDisposable
{
    public const string Geheim = "test-geheim";
    public const string WebhookGeheim = "whsec_dGVzdC13ZWJob29rLWdlaGVpbS12b29yLXZ0LXRlc3Rz";

    /// <summary>Gelderland-Zuid's system, with every scope.</summary>
    public const string Client = "vt-gelderland-zuid";

    /// <summary>A client of Gelderland-Zuid that may only read.</summary>
    public const string Lezer = "vt-alleen-lezen";

    /// <summary>The system of another VT organisation.</summary>
    public const string AndereRegio = "vt-andere-regio";

    /// <summary>Gets tokens for another API (another audience).</summary>
    public const string AnderPubliek = "vt-ander-publiek";

    /// <summary>Gets tokens that expire after three seconds.</summary>
    public const string Kortlevend = "vt-kortlevend";

    /// <summary>Known to the token server, not to the app.</summary>
    public const string Onbekend = "onbekend-systeem";

    private readonly ConcurrentDictionary<string, string> _tokens = new();

    private Vtsysteem(WebApplication app, string adres)
    {
        App = app;
        Adres = adres;
        Http = new HttpClient { BaseAddress = new Uri(adres) };
    }

    public WebApplication App { get; }

    public string Adres { get; }

    public HttpClient Http { get; }

    public IReadOnlyList<OntvangenWebhook> Webhooks => App.Services.GetRequiredService<Webhookpostbus>().Ontvangen;

    public static async Task<Vtsysteem> StartAsync()
    {
        var alles = string.Join(' ', Scopes.Alle);
        var app = DemoVtServer.Bouw(["--urls", "http://127.0.0.1:0", "--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Webhooks:Geheim"] = WebhookGeheim,
                ["Logging:LogLevel:Default"] = "Warning",
            }.Concat(Clients(
                (Client, alles, DemoVtServer.StandaardPubliek, 600),
                (Lezer, Scopes.Lezen, DemoVtServer.StandaardPubliek, 600),
                (AndereRegio, alles, DemoVtServer.StandaardPubliek, 600),
                (AnderPubliek, alles, "ander-systeem", 600),
                (Kortlevend, alles, DemoVtServer.StandaardPubliek, 3),
                (Onbekend, alles, DemoVtServer.StandaardPubliek, 600))));
        });
        await app.StartAsync();
        var adres = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Vtsysteem(app, adres);
    }

    private static IEnumerable<KeyValuePair<string, string?>> Clients(params (string Id, string Scopes, string Publiek, int Seconden)[] clients) =>
        clients.SelectMany((c, i) => new Dictionary<string, string?>
        {
            [$"Clients:{i}:ClientId"] = c.Id,
            [$"Clients:{i}:Geheim"] = Geheim,
            [$"Clients:{i}:Publiek"] = c.Publiek,
            [$"Clients:{i}:LevensduurSeconden"] = c.Seconden.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Concat(c.Scopes.Split(' ').Select((s, j) => new KeyValuePair<string, string?>($"Clients:{i}:Scopes:{j}", s))));

    /// <summary>The app's configuration for this VT system: its authority, and the clients it knows.</summary>
    public IEnumerable<(string Sleutel, string Waarde)> AppInstellingen()
    {
        yield return ("Api:Autoriteit", Adres);
        yield return ("Api:MetadataAlleenOverHttps", "false");
        yield return ("Api:KlokspelingSeconden", "0");
        string[] bekend = [Client, Lezer, AndereRegio, AnderPubliek, Kortlevend];
        for (var i = 0; i < bekend.Length; i++)
        {
            yield return ($"Api:Clients:{i}:ClientId", bekend[i]);
            yield return ($"Api:Clients:{i}:Naam", $"Testsysteem {bekend[i]}");
            yield return ($"Api:Clients:{i}:VtOrganisatie", bekend[i] == AndereRegio ? "Veilig Thuis Andere Regio" : "Veilig Thuis Gelderland-Zuid");
            yield return ($"Api:Clients:{i}:WebhookUrl", $"{Adres}/webhooks");
            yield return ($"Api:Clients:{i}:WebhookGeheim", WebhookGeheim);
        }
    }

    /// <summary>A token from the token endpoint, as a client gets it (cached per client and scopes, like a real client would).</summary>
    public async Task<string> TokenAsync(string client, params string[] scopes)
    {
        var sleutel = $"{client} {string.Join(' ', scopes)}";
        if (client != Kortlevend && _tokens.TryGetValue(sleutel, out var bewaard))
        {
            return bewaard;
        }

        using var inhoud = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client,
            ["client_secret"] = Geheim,
            ["scope"] = string.Join(' ', scopes.Length == 0 ? Scopes.Alle : scopes),
        });
        var antwoord = await Http.PostAsync(new Uri("/connect/token", UriKind.Relative), inhoud);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"Geen token voor {client}: {tekst}");
        var token = JsonDocument.Parse(tekst).RootElement.GetProperty("access_token").GetString()!;
        _tokens[sleutel] = token;
        return token;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>The app with its API pointed at a <see cref="Vtsysteem"/>; the VT system starts with the fixture.</summary>
public class ApiFactory : AppFactory, IAsyncLifetime
{
    private Vtsysteem? _vt;

    public ApiFactory()
    {
    }

    protected ApiFactory(string dataMap, Vtsysteem vt)
        : base(dataMap) => _vt = vt;

    public Vtsysteem Vt => _vt ?? throw new InvalidOperationException("Het VT-systeem is nog niet gestart.");

    public virtual async Task InitializeAsync() => _vt ??= await Vtsysteem.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Vt.DisposeAsync();
    }

    /// <summary>A client of the API with a fresh token of <paramref name="client"/>.</summary>
    public async Task<HttpClient> ApiClientAsync(string client = Vtsysteem.Client, params string[] scopes)
    {
        var http = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Vt.TokenAsync(client, scopes));
        return http;
    }

    public Webhookverzending Verzending => Services.GetServices<IHostedService>().OfType<Webhookverzending>().Single();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (sleutel, waarde) in Vt.AppInstellingen())
        {
            builder.UseSetting(sleutel, waarde);
        }
    }
}

public static class ApiHttp
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage antwoord) =>
        JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement.Clone();
}
