using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OtpNet;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>A clock the tests set; the app reads all time from it.</summary>
public sealed class VasteKlok(DateTimeOffset nu) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = nu;

    public override DateTimeOffset GetUtcNow() => Nu;
}

/// <summary>
/// The real app on Kestrel's in-memory test server, with its own data folder and SQLite file, migrated and (in
/// Development) seeded with the demo data exactly as the README's run command does.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public const string Wachtwoord = "Wijchen-demo-2026";


    // Monday 16 November 2026, 10:00 in Wijchen.
    public static readonly DateTimeOffset Start = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    public AppFactory()
        : this(Path.Combine(Path.GetTempPath(), "gezinsveiligheid-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>An instance on an existing data folder: a second app process sharing the first one's database.</summary>
    protected AppFactory(string dataMap) => DataMap = dataMap;

    public string DataMap { get; }

    public VasteKlok Klok { get; } = new(Start);

    protected virtual string Omgeving => "Development";

    /// <summary>Tests sign in far more often than a person; the limit itself has its own test.</summary>
    protected virtual int PogingenPerMinuut => 10_000;

    /// <summary>True only for a test that makes the app fail on purpose; every other 5xx fails the run (<see cref="Serverfouten"/>).</summary>
    protected virtual bool ServerfoutenVerwacht => false;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Passkeysleutel> passkeys = new();

    public HttpClient NieuweClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The authenticator key of the accounts tests create themselves (<see cref="NieuwAccountAsync"/>).</summary>
    public const string TestSleutel = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// <summary>Signs in as a person does: password, then the code from the account's authenticator app.</summary>
    public async Task<HttpClient> LogInAsync(string email)
    {
        var client = NieuweClient();
        var code = await WachtwoordEnCodeAsync(client, email);
        Assert.True(code.StatusCode == HttpStatusCode.Redirect, $"Code van {email} geweigerd: {(int)code.StatusCode}");
        return client;
    }

    /// <summary>
    /// Signs in with a passkey, as beheer requires. The first time for an account, the passkey is added the way a
    /// person does it: signed in with password and code, on the Passkeys page.
    /// </summary>
    public async Task<HttpClient> LogInMetPasskeyAsync(string email)
    {
        if (!passkeys.TryGetValue(email, out var sleutel))
        {
            sleutel = new Passkeysleutel();
            await VoegPasskeyToeAsync(await LogInAsync(email), sleutel);
            passkeys[email] = sleutel;
        }

        var client = NieuweClient();
        var antwoord = await PasskeyAanmeldenAsync(client, sleutel);
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, $"Passkey van {email} geweigerd: {(int)antwoord.StatusCode}");
        return client;
    }

    public static async Task VoegPasskeyToeAsync(HttpClient client, Passkeysleutel sleutel)
    {
        var opties = await client.PasskeyOptiesAsync("/Profiel/Passkeys", "/Profiel/Passkeys?handler=Opties");
        var toegevoegd = await client.PostFormAsync("/Profiel/Passkeys", "/Profiel/Passkeys?handler=Toevoegen", new() { ["Input.Passkey"] = sleutel.Maak(opties) });
        Assert.True(toegevoegd.StatusCode == HttpStatusCode.Redirect,
            $"Passkey niet toegevoegd: {(await toegevoegd.HtmlAsync()).QuerySelector("[role=alert]")?.TextContent}");
    }

    /// <summary>The login page's passkey button: request options, the device's answer, the form post.</summary>
    public static async Task<HttpResponseMessage> PasskeyAanmeldenAsync(HttpClient client, Passkeysleutel sleutel)
    {
        var opties = await client.PasskeyOptiesAsync("/Account/Login", "/Account/Login?handler=PasskeyOpties");
        return await client.PostFormAsync("/Account/Login", "/Account/Login?handler=Passkey", new() { ["passkey"] = sleutel.Onderteken(opties) });
    }

    /// <summary>The two steps of signing in; returns the answer to the code.</summary>
    public async Task<HttpResponseMessage> WachtwoordEnCodeAsync(HttpClient client, string email)
    {
        var wachtwoord = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = Wachtwoord });
        var codePagina = wachtwoord.Headers.Location?.OriginalString ?? "";
        Assert.True(codePagina.StartsWith("/Account/Inlogcode", StringComparison.Ordinal), $"Wachtwoord van {email} geweigerd: {(int)wachtwoord.StatusCode} {codePagina}");
        return await client.PostFormAsync(codePagina, codePagina, new() { ["Input.Code"] = await VerseCodeAsync(email) });
    }

    /// <summary>An account beyond the demo ones, with its app already linked (key <see cref="TestSleutel"/>).</summary>
    public async Task<string> NieuwAccountAsync(string email, string naam, string rol, Guid? team)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = naam, TeamId = team, TwoFactorEnabled = true };
            Assert.True((await users.CreateAsync(user, Wachtwoord)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, rol)).Succeeded);
            var store = (IUserAuthenticatorKeyStore<ApplicationUser>)scope.ServiceProvider.GetRequiredService<IUserStore<ApplicationUser>>();
            await store.SetAuthenticatorKeyAsync(user, TestSleutel, CancellationToken.None);
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        return email;
    }

    /// <summary>
    /// The code the account's app shows now, for a sign-in that has not used it. The app accepts each code once; rather
    /// than moving the clock on per sign-in (which made every date a test sees depend on how many sign-ins ran before
    /// it), the account forgets the step it last accepted, as if its previous sign-in was half a minute ago.
    /// </summary>
    public async Task<string> VerseCodeAsync(string email)
    {
        await MetDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.LaatsteTotpStap, (long?)null)));
        return CodeVan(email);
    }

    /// <summary>What the account's app shows at the app's current time.</summary>
    public string CodeVan(string email) => Code(DemoSeeder.Accounts.SingleOrDefault(a => a.Email == email)?.Authenticatorsleutel ?? TestSleutel);

    /// <summary>What an authenticator app with <paramref name="sleutel"/> shows at the app's current time.</summary>
    public string Code(string sleutel) => new Totp(Base32Encoding.ToBytes(sleutel)).ComputeTotp(Klok.Nu.UtcDateTime);

    public async Task<T> MetDbAsync<T>(Func<AppDbContext, Task<T>> actie)
    {
        await using var scope = Services.CreateAsyncScope();
        return await actie(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Omgeving);
        builder.UseSetting("DataDirectory", DataMap);
        builder.UseSetting("Beveiliging:PogingenPerMinuut", PogingenPerMinuut.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Beveiliging:ZoekopdrachtenPerMinuut", "10000");
        // Tests send the webhook outbox themselves, when they choose; a round in the background would also count as
        // database commands where a test counts them (AllesOfNietsTests).
        builder.UseSetting("Api:WebhookIntervalSeconden", "3600");
        // The same for the e-mail outbox and the daily notification jobs: tests run them when they choose.
        builder.UseSetting("Mail:IntervalSeconden", "3600");
        builder.UseSetting("Notificaties:ControleMinuten", "1440");
        if (Omgeving != "Development")
        {
            // Outside Development the key ring must be encrypted; a production-like test gets its own certificate.
            builder.UseSetting(Sleutelbescherming.Pad, Sleutelcertificaat.Maak(DataMap));
            builder.UseSetting(Sleutelbescherming.Wachtwoord, Sleutelcertificaat.Wachtwoord);
            // The test server answers as localhost; production names its own hosts.
            builder.UseSetting(Hostnamen.Sleutel, "localhost");
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Klok);
            if (!ServerfoutenVerwacht)
            {
                services.AddSingleton<IStartupFilter>(new Serverfouten(GetType().Name));
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var sleutel in passkeys.Values)
        {
            sleutel.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataMap))
        {
            Directory.Delete(DataMap, recursive: true);
        }
    }
}

/// <summary>A self-signed certificate with private key, as an operator would provide for the key ring.</summary>
public static class Sleutelcertificaat
{
    public const string Wachtwoord = "test-certificaat";

    public static string Maak(string map)
    {
        Directory.CreateDirectory(map);
        var pad = Path.Combine(map, "sleutelring.pfx");
        using var sleutel = System.Security.Cryptography.RSA.Create(2048);
        var aanvraag = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=Gezinsveiligheid sleutelring (test)", sleutel, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificaat = aanvraag.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(pad, certificaat.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, Wachtwoord));
        return pad;
    }
}

public static class HttpExtensions
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> HtmlAsync(this HttpResponseMessage antwoord) => await Parser.ParseDocumentAsync(await antwoord.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetHtmlAsync(this HttpClient client, string url)
    {
        var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return await antwoord.HtmlAsync();
    }

    /// <summary>Posts a form the way a browser does: first fetches the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formulierPagina, string actie, Dictionary<string, string> velden)
    {
        var pagina = await client.GetHtmlAsync(formulierPagina);
        var token = pagina.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formulierPagina} heeft geen antiforgery-token.");
        velden["__RequestVerificationToken"] = token;
        using var inhoud = new FormUrlEncodedContent(velden);
        return await client.PostAsync(new Uri(actie, UriKind.Relative), inhoud);
    }

    /// <summary>What passkey.js does before asking the device: POST with the page's antiforgery token in the header, JSON back.</summary>
    public static async Task<string> PasskeyOptiesAsync(this HttpClient client, string pagina, string handler)
    {
        var token = (await client.GetHtmlAsync(pagina)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, new Uri(handler, UriKind.Relative));
        verzoek.Headers.Add("RequestVerificationToken", token);
        var antwoord = await client.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        return await antwoord.Content.ReadAsStringAsync();
    }

    /// <summary>The Cookie header the client sends for <paramref name="url"/>, as a browser would send it (for replay tests).</summary>
    public static async Task<string> CookiesAsync(this HttpClient client, string url)
    {
        var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));
        return antwoord.RequestMessage!.Headers.TryGetValues("Cookie", out var waarden) ? string.Join("; ", waarden) : "";
    }

    /// <summary>Asserts Post/Redirect/Get; on failure names the messages the page showed instead.</summary>
    public static async Task<string> DoorgestuurdAsync(this HttpResponseMessage antwoord)
    {
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            var pagina = await antwoord.HtmlAsync();
            var meldingen = pagina.QuerySelectorAll("[role=alert], .utrecht-form-field__error-message").Select(e => e.TextContent.Trim());
            Assert.Fail($"Verwacht een doorverwijzing, kreeg {(int)antwoord.StatusCode}: {string.Join(" | ", meldingen)}");
        }

        return antwoord.Headers.Location!.OriginalString;
    }

    public static string Tekst(this IHtmlDocument document) => document.QuerySelector("main")?.TextContent ?? document.Body?.TextContent ?? "";

    /// <summary>The page text without the error page's per-request kenmerk (trace id), to compare two answers.</summary>
    public static string TekstZonderKenmerk(this IHtmlDocument document)
    {
        document.QuerySelector(".kenmerk")?.Remove();
        return document.Tekst();
    }
}
