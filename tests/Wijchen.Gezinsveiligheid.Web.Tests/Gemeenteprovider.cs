using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>A person at the municipality's identity provider, with what the provider says about them.</summary>
public sealed record Gemeentemedewerker(
    string Gebruikersnaam, string ObjectId, string Email, bool EmailGeverifieerd, string[] Groepen, string[] Amr, string? AnderPubliek = null);

/// <summary>
/// A real OpenID Connect provider in the test process, like the municipality's Entra ID or Keycloak: OpenIddict with
/// authorization code and PKCE (required), signed identity tokens, a discovery document, and RP-initiated logout. Its
/// sign-in page asks only a user name from <see cref="Medewerkers"/>; what it then says about that person (groups,
/// amr, a verified address, even another audience) is how the tests play each case.
/// </summary>
public sealed class Gemeenteprovider : IAsyncDisposable
{
    public const string ClientId = "gezinsveiligheid";
    public const string ClientGeheim = "gemeente-test-geheim";

    /// <summary>The group that makes someone a teamleider of Wijchen-Centrum in the app's configuration below.</summary>
    public const string TeamleidersCentrum = "sg-gezinsveiligheid-teamleiders-centrum";

    public const string WijkteamCentrum = "sg-gezinsveiligheid-wijkteam-centrum";

    private Gemeenteprovider(WebApplication app, string adres) => (App, Adres) = (app, adres);

    public WebApplication App { get; }

    public string Adres { get; }

    public ConcurrentDictionary<string, Gemeentemedewerker> Medewerkers { get; } = new();

    /// <summary>How often the app sent someone to the provider's end-session endpoint.</summary>
    public int Uitgelogd => _uitgelogd;

    private int _uitgelogd;

    public static async Task<Gemeenteprovider> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0", "--environment", "Production"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetEndSessionEndpointUris("connect/endsession");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            // No database: the one client and its redirect addresses are checked by the handlers below.
            options.EnableDegradedMode();
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || !IsLokaal(context.RedirectUri))
                {
                    context.Reject(Errors.InvalidClient, "Onbekende client of terugkeeradres.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(ClientGeheim), Encoding.UTF8.GetBytes(context.ClientSecret ?? "")))
                {
                    context.Reject(Errors.InvalidClient, "Onbekende client of verkeerd geheim.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.PostLogoutRedirectUri is { } terug && !IsLokaal(terug))
                {
                    context.Reject(Errors.InvalidRequest, "Onbekend terugkeeradres.");
                }

                return default;
            }));
            // A test person who plays "a token for another application": the identity token names another audience.
            options.AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    if (context.IdentityTokenPrincipal?.FindFirst("test_publiek")?.Value is { } publiek)
                    {
                        context.IdentityTokenPrincipal.SetAudiences(publiek);
                    }

                    return default;
                })
                .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1));
        });

        var app = builder.Build();
        app.UseAuthentication();
        Gemeenteprovider? provider = null;
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
        {
            var verzoek = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OpenID Connect-verzoek.");
            // OpenIddict has read the form already; the name comes along as one of the request's parameters.
            var naam = (string?)verzoek["gebruikersnaam"] ?? "";
            if (!provider!.Medewerkers.TryGetValue(naam, out var medewerker))
            {
                return Results.Content(Aanmeldpagina(verzoek, naam.Length > 0), "text/html; charset=utf-8");
            }

            var identiteit = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identiteit.SetClaim(Claims.Subject, $"sub-{medewerker.ObjectId}").SetClaim("oid", medewerker.ObjectId).SetClaim(Claims.Name, medewerker.Gebruikersnaam)
                .SetClaim(Claims.Email, medewerker.Email);
            identiteit.AddClaim(new Claim(Claims.EmailVerified, medewerker.EmailGeverifieerd ? "true" : "false", ClaimValueTypes.Boolean));
            identiteit.SetClaims("groups", [.. medewerker.Groepen]).SetClaims(Claims.AuthenticationMethodReference, [.. medewerker.Amr]);
            if (medewerker.AnderPubliek is { } publiek)
            {
                identiteit.SetClaim("test_publiek", publiek);
            }

            identiteit.SetScopes(verzoek.GetScopes());
            identiteit.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identiteit), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }).DisableAntiforgery();
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], () =>
        {
            Interlocked.Increment(ref provider!._uitgelogd);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });
        await app.StartAsync();
        provider = new Gemeenteprovider(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return provider;
    }

    public void Voeg(Gemeentemedewerker medewerker) => Medewerkers[medewerker.Gebruikersnaam] = medewerker;

    /// <summary>The app's settings for this provider: its address, the client, and groups for Centrum's teamleiders and workers.</summary>
    public IReadOnlyDictionary<string, string> AppInstellingen() => new Dictionary<string, string>
    {
        ["Gemeenteaccount:Autoriteit"] = Adres,
        ["Gemeenteaccount:MetadataAlleenOverHttps"] = "false",
        ["Gemeenteaccount:ClientId"] = ClientId,
        ["Gemeenteaccount:ClientGeheim"] = ClientGeheim,
        ["Gemeenteaccount:Naam"] = "uw account van de gemeente Wijchen",
        ["Gemeenteaccount:AccountsAanmaken"] = "true",
        ["Gemeenteaccount:Groepen:0:Groep"] = TeamleidersCentrum,
        ["Gemeenteaccount:Groepen:0:Rol"] = "Teamleider",
        ["Gemeenteaccount:Groepen:0:Team"] = Demo.DemoSeeder.WijkteamCentrum.ToString(),
        ["Gemeenteaccount:Groepen:1:Groep"] = WijkteamCentrum,
        ["Gemeenteaccount:Groepen:1:Rol"] = "WijkteamMedewerker",
        ["Gemeenteaccount:Groepen:1:Team"] = Demo.DemoSeeder.WijkteamCentrum.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static bool IsLokaal(string? adres) =>
        Uri.TryCreate(adres, UriKind.Absolute, out var uri) && uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp;

    /// <summary>The provider's own sign-in page: the request's parameters travel along as hidden fields.</summary>
    private static string Aanmeldpagina(OpenIddictRequest verzoek, bool onbekend)
    {
        var velden = string.Concat(verzoek.GetParameters().Select(p => $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(p.Key)}\" value=\"{WebUtility.HtmlEncode((string?)p.Value)}\">"));
        var melding = onbekend ? "<p role=\"alert\">Onbekende gebruikersnaam.</p>" : "";
        return $"""
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Inloggen bij de gemeente Wijchen</title></head>
            <body><main><h1>Inloggen bij de gemeente Wijchen</h1>{melding}
            <form method="post" action="/connect/authorize">{velden}
            <label for="gebruikersnaam">Gebruikersnaam</label> <input id="gebruikersnaam" name="gebruikersnaam" autocomplete="username">
            <button type="submit">Inloggen bij de gemeente</button></form></main></body></html>
            """;
    }
}
