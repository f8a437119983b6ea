using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Api;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class BeveiligingTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The only pages anyone may open without signing in. A new page must be added here deliberately, or it is protected.</summary>
    private static readonly HashSet<string> Anoniem = ["/Account/Login", "/Account/Logout", "/Account/GeenToegang", "/Account/Activeren", "/Fout"];

    /// <summary>Pages of the second sign-in step: they answer only to the short-lived cookie set after a correct password.</summary>
    private static readonly HashSet<string> TweedeStap = ["/Account/Inlogcode", "/Account/Herstelcode", "/Account/AppKoppelen"];

    /// <summary>The way back from the municipality's provider: without its answer it sends to the login page, and it has no form.</summary>
    private const string Gemeente = "/Account/Gemeente";

    private static readonly HashSet<string> AnoniemeEindpunten = ["/health/live", "/health/ready", "/api/v1/openapi.json"];

    public static TheoryData<string> Paginas()
    {
        using var factory = new AppFactory();
        var data = new TheoryData<string>();
        foreach (var route in Routes(factory))
        {
            data.Add(route);
        }

        return data;
    }

    [Fact]
    public async Task Ingelogd_wordt_elke_POST_zonder_antiforgery_token_geweigerd_en_verandert_er_niets()
    {
        var dossier = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == Domain.DossierFase.Casusregie).Select(d => d.Id).FirstAsync());
        var account = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync());
        var gebruikers = new[]
        {
            await app.LogInAsync("vt@demo.example"), await app.LogInAsync("teamleider@demo.example"),
            await app.LogInMetPasskeyAsync("beheerder@demo.example"), await app.LogInAsync("privacy@demo.example"),
        };
        var wijzigingenVoor = await WijzigingenAsync();

        foreach (var route in Routes(app).Where(r => !Anoniem.Contains(r) && !TweedeStap.Contains(r)))
        {
            var url = Paginaroutes.Invullen(route, dossier, Guid.NewGuid(), account);
            var antwoorden = new List<string>();
            foreach (var client in gebruikers)
            {
                using var formulier = new FormUrlEncodedContent(new Dictionary<string, string> { ["Versie"] = "0", ["Input.Reden"] = "zonder token" });
                var antwoord = await client.PostAsync(new Uri(url, UriKind.Relative), formulier);
                antwoorden.Add(antwoord.StatusCode == HttpStatusCode.Redirect ? antwoord.Headers.Location!.OriginalString : ((int)antwoord.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            // Refused for the token (400), or earlier for the role; never accepted.
            Assert.True(antwoorden.All(a => a == "400" || a.Contains("/Account/GeenToegang", StringComparison.Ordinal)), $"{url}: {string.Join(", ", antwoorden)}");
            Assert.True(antwoorden.Contains("400"), $"{url}: niemand kwam tot de tokencontrole ({string.Join(", ", antwoorden)})");
        }

        Assert.Equal(wijzigingenVoor, await WijzigingenAsync());
    }

    /// <summary>
    /// Every route is a page, a health check, the OpenAPI document, or an API endpoint that names one of the API's scope
    /// policies: under /api the fallback policy lets routing's own answers (405, 415) through, so nothing may rely on it.
    /// </summary>
    [Fact]
    public void Elke_route_is_een_bekende_pagina_een_gezondheidscontrole_of_een_API_eindpunt_met_een_scope()
    {
        var eindpunten = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        static bool MetScope(RouteEndpoint e) =>
            e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal)
            && e.Metadata.GetOrderedMetadata<IAuthorizeData>() is [{ Policy: { } beleid }] && Scopes.Alle.Contains(beleid)
            && e.Metadata.GetMetadata<IAllowAnonymous>() is null;
        var onbekend = eindpunten.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null && !MetScope(e)
            && !AnoniemeEindpunten.Contains("/" + e.RoutePattern.RawText!.TrimStart('/')));
        Assert.Empty(onbekend.Select(e => e.RoutePattern.RawText));
        Assert.Equal(5, eindpunten.Count(MetScope));
        Assert.True(eindpunten.Count > 15, $"maar {eindpunten.Count} eindpunten gevonden");
    }

    [Theory]
    [MemberData(nameof(Paginas))]
    public async Task Zonder_inloggen_stuurt_elke_pagina_naar_de_inlogpagina_behalve_de_toegestane(string route)
    {
        var client = app.NieuweClient();
        var url = Invullen(route);
        foreach (var methode in new[] { HttpMethod.Get, HttpMethod.Post })
        {
            using var verzoek = new HttpRequestMessage(methode, new Uri(url, UriKind.Relative));
            var antwoord = await client.SendAsync(verzoek);
            if (Anoniem.Contains(route))
            {
                Assert.NotEqual(HttpStatusCode.Redirect, antwoord.StatusCode);
            }
            else if (TweedeStap.Contains(route) || route == Gemeente)
            {
                // Without the password step (or the provider's answer): back to the login page (GET), or refused for lack of a form token (POST).
                Assert.False(antwoord.Headers.Contains("Set-Cookie") && antwoord.Headers.GetValues("Set-Cookie").Any(c => c.Contains("Sessie", StringComparison.Ordinal)));
                if (methode == HttpMethod.Get)
                {
                    Assert.Equal("/Account/Login", antwoord.Headers.Location!.OriginalString);
                }
                else
                {
                    Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
                }
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
                Assert.StartsWith("/Account/Login?ReturnUrl=", antwoord.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("/Account/Login", false)]
    [InlineData("/Dossiers", true)]
    [InlineData("/bestaat-niet", true)]
    public async Task Elk_antwoord_draagt_de_beveiligingsheaders(string url, bool ingelogd)
    {
        var client = ingelogd ? await app.LogInAsync("vt@demo.example") : app.NieuweClient();
        var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = antwoord.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'", csp);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", antwoord.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", antwoord.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", antwoord.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(antwoord.Headers.Contains("Server"));
        Assert.Contains("no-store", antwoord.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_nonce_is_per_antwoord_anders()
    {
        var client = app.NieuweClient();
        var a = (await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).Headers.GetValues("Content-Security-Policy").Single();
        var b = (await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).Headers.GetValues("Content-Security-Policy").Single();
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Wachtwoorden_worden_met_minstens_210_000_iteraties_gehasht_en_zijn_minstens_12_tekens()
    {
        Assert.True(app.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount >= 210_000);
        var identity = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        Assert.Equal(12, identity.Password.RequiredLength);
    }

    [Fact]
    public async Task De_sessiecookie_is_HttpOnly_en_SameSite_Strict()
    {
        var antwoord = await app.WachtwoordEnCodeAsync(app.NieuweClient(), "vt@demo.example");
        var sessie = antwoord.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Gezinsveiligheid.Sessie=", StringComparison.Ordinal));
        Assert.Contains("httponly", sessie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", sessie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", sessie, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Routes(AppFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r != "/Index")
            .Distinct().Order();

    private Task<int> WijzigingenAsync() => app.MetDbAsync(db => db.Toegangslog.CountAsync(r => r.Soort == Data.Toegangssoort.Wijzigen));

    private static string Invullen(string route) => route
        .Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("/{lidId:guid?}", "", StringComparison.Ordinal)
        .Replace("{soort}", "OnderzoekStarten", StringComparison.Ordinal);
}

/// <summary>Outside Development the cookies carry the __Host- prefix and are sent over HTTPS only.</summary>
public class ProductieCookieTests
{
    [Fact]
    public async Task Buiten_Development_zijn_de_cookies_Host_en_Secure_en_er_is_HSTS()
    {
        await using var app = new HttpsProductieFactory();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var antwoord = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        var antiforgery = antwoord.Headers.GetValues("Set-Cookie").Single(c => c.Contains("Antiforgery", StringComparison.Ordinal));
        Assert.StartsWith("__Host-", antiforgery, StringComparison.Ordinal);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", antwoord.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var opties = app.Services.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal("__Host-Gezinsveiligheid.Sessie", opties.Cookie.Name);
        Assert.Equal(CookieSecurePolicy.Always, opties.Cookie.SecurePolicy);
    }

    [Fact]
    public async Task Buiten_Development_weigert_de_API_gewoon_HTTP_in_plaats_van_door_te_sturen()
    {
        await using var app = new HttpsProductieFactory();
        var http = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        var onveilig = await http.GetAsync(new Uri("/api/v1/wijkteams", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, onveilig.StatusCode);
        Assert.Null(onveilig.Headers.Location);
        Assert.Equal("application/problem+json", onveilig.Content.Headers.ContentType!.MediaType);
        Assert.Contains("alleen over HTTPS", await onveilig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var https = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        Assert.Equal(HttpStatusCode.Unauthorized, (await https.GetAsync(new Uri("/api/v1/wijkteams", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Buiten_Development_staat_de_sleutelring_versleuteld_in_de_database()
    {
        await using var app = new HttpsProductieFactory();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode);

        var sleutels = await app.MetDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(sleutels);
        Assert.All(sleutels, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Buiten_Development_start_de_app_niet_zonder_certificaat_voor_de_sleutelring()
    {
        using var app = new ZonderCertificaat();

        var fout = Assert.Throws<InvalidOperationException>(() => app.Services);
        Assert.StartsWith("DataProtection:Certificaat:Pad ontbreekt.", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buiten_Development_krijgt_een_vreemde_hostnaam_een_400_en_nooit_een_doorverwijzing_daarheen()
    {
        await using var app = new HttpsProductieFactory();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var vreemd = new HttpRequestMessage(HttpMethod.Get, "/Dossiers");
        vreemd.Headers.Host = "evil.example";

        var antwoord = await client.SendAsync(vreemd);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Null(antwoord.Headers.Location);
        // The own name still works: the same request is sent to sign in.
        var eigen = await client.GetAsync(new Uri("/Dossiers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, eigen.StatusCode);
        Assert.Contains("/Account/Login", eigen.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", eigen.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    public void Buiten_Development_start_de_app_niet_zonder_eigen_hostnamen(string hosts)
    {
        using var app = new ZonderHostnamen(hosts);

        var fout = Assert.Throws<InvalidOperationException>(() => app.Services);
        Assert.StartsWith("AllowedHosts ontbreekt of is '*'.", fout.Message, StringComparison.Ordinal);
    }

    private sealed class ZonderHostnamen(string hosts) : AppFactory
    {
        protected override string Omgeving => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(Hostnamen.Sleutel, hosts);
        }
    }

    private sealed class HttpsProductieFactory : AppFactory
    {
        protected override string Omgeving => "Production";
    }

    private sealed class ZonderCertificaat : AppFactory
    {
        protected override string Omgeving => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(Sleutelbescherming.Pad, "");
        }
    }
}

public class SessieTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Een_sessiecookie_van_voor_het_uitloggen_werkt_daarna_niet_meer()
    {
        var client = await app.LogInAsync("teamleider2@demo.example");
        var cookie = await SessieCookieAsync(client);

        var uit = await (await Formulier.VanKnopAsync(client, "/", "Uitloggen")).VerstuurAsync("Uitloggen");
        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);

        // A moment later an attacker replays the cookie captured before sign-out. (The stamp is checked when the
        // cookie is older than the validation interval of zero, so on the frozen test clock time must pass.)
        app.Klok.Nu = app.Klok.Nu.AddSeconds(1);
        var aanvaller = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri("/Dossiers", UriKind.Relative));
        verzoek.Headers.Add("Cookie", cookie);
        var antwoord = await aanvaller.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Account/Login", antwoord.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wie_steeds_actief_blijft_moet_na_twaalf_uur_toch_opnieuw_inloggen()
    {
        await using var eigen = new AppFactory();
        var client = await eigen.LogInAsync("vt@demo.example");

        // A request every 25 minutes keeps the 30-minute idle timeout at bay, up to the absolute limit.
        for (var verstreken = TimeSpan.Zero; verstreken < TimeSpan.FromHours(11.5); verstreken += TimeSpan.FromMinutes(25))
        {
            eigen.Klok.Nu = eigen.Klok.Nu.AddMinutes(25);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        }

        eigen.Klok.Nu = eigen.Klok.Nu.AddMinutes(25);
        var na12Uur = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, na12Uur.StatusCode);
        Assert.StartsWith("/Account/Login", na12Uur.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wie_langer_dan_dertig_minuten_niets_doet_moet_opnieuw_inloggen()
    {
        var client = await app.LogInAsync("vt@demo.example");

        app.Klok.Nu = app.Klok.Nu.AddMinutes(31);

        Assert.StartsWith("/Account/Login", (await client.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dezelfde_cookie_werkt_zolang_er_niet_is_uitgelogd()
    {
        var client = await app.LogInAsync("wijkteam2@demo.example");
        var cookie = await SessieCookieAsync(client);
        app.Klok.Nu = app.Klok.Nu.AddSeconds(1);
        var ander = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri("/Dossiers", UriKind.Relative));
        verzoek.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await ander.SendAsync(verzoek)).StatusCode);
    }

    /// <summary>The session cookie as a browser would send it, taken from the test client's cookie jar.</summary>
    private static async Task<string> SessieCookieAsync(HttpClient client) =>
        (await client.CookiesAsync("/Account/Login")).Split("; ").Single(c => c.StartsWith("Gezinsveiligheid.Sessie=", StringComparison.Ordinal));
}

public class SnelheidsbegrenzingTests
{
    [Fact]
    public async Task Te_veel_inlogpogingen_per_minuut_krijgen_429_met_Retry_After()
    {
        await using var app = new BegrensdeFactory();
        var client = app.NieuweClient();
        var antwoorden = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            antwoorden.Add(await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = "vt@demo.example", ["Input.Wachtwoord"] = "fout-wachtwoord-0" }));
        }

        Assert.All(antwoorden.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, antwoorden[3].StatusCode);
        Assert.True(antwoorden[3].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Te veel pogingen", await antwoorden[3].Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class BegrensdeFactory : AppFactory
    {
        protected override int PogingenPerMinuut => 3;
    }
}
