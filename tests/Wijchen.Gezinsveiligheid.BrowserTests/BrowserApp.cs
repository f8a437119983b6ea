using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OtpNet;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Tests;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>A clock the tests set; the app reads all time from it.</summary>
public sealed class VasteKlok(DateTimeOffset nu) : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = nu;

    public override DateTimeOffset GetUtcNow() => Nu;
}

/// <summary>
/// The real app on a real Kestrel port with its own data folder and SQLite file (demo data and accounts, as the README's
/// run command gives them), and one Chromium for the test class. Each person in a test gets a browser context of their
/// own: separate cookies, as separate computers.
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Wachtwoord = DemoSeeder.Wachtwoord;

    private readonly string dataMap = Path.Combine(Path.GetTempPath(), "gezinsveiligheid-browsertests", Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp() => UseKestrel(0);

    // Monday 16 November 2026, 10:00 in Wijchen, as in the HTTP tests.
    public VasteKlok Klok { get; } = new(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));

    public string Adres { get; private set; } = "";

    public IBrowser Browser => browser ?? throw new InvalidOperationException("De browser is niet gestart.");

    public virtual async Task InitializeAsync()
    {
        StartServer();
        // By name, not by IP address: a passkey belongs to a domain, and WebAuthn refuses IP addresses as one.
        var adres = new UriBuilder(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) { Host = "localhost" };
        Adres = adres.Uri.GetLeftPart(UriPartial.Authority);
        var pad = await Chromium.PadAsync();
        playwright = await Playwright.CreateAsync();
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = pad, Headless = true, Args = Chromium.Argumenten, Timeout = 60_000 });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Chromium ({pad ?? "van Playwright"}) start niet: {e.Message}", e);
        }
    }

    /// <summary>A new person at a new computer: Dutch locale, Dutch time zone, a laptop-sized window.</summary>
    public async Task<IPage> NieuweSessieAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Adres,
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The code the account's authenticator app shows now, for a sign-in that has not used it. The app accepts each code
    /// once; rather than moving the clock on per sign-in, the account forgets the step it last accepted, as if its
    /// previous sign-in was half a minute ago. So the dates a test sees do not depend on how many people signed in.
    /// </summary>
    /// <summary>A webhook about <paramref name="dossier"/> that VT's receiver refused for more than a day, for the beheerder to send again.</summary>
    public async Task<Guid> MislukteWebhookAsync(Guid dossier, string soort)
    {
        var nu = Klok.Nu;
        var id = Guid.CreateVersion7();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Webhookberichten.Add(new Webhookbericht
        {
            Id = id, DossierId = dossier, ClientId = "vt-gelderland-zuid", Soort = soort, Inhoud = "{}", AangemaaktOp = nu.AddDays(-2), HerhalenSinds = nu.AddDays(-2),
            Pogingen = 11, VolgendePogingOp = nu.AddDays(-1), MisluktOp = nu.AddDays(-1), LaatsteFout = "De ontvanger antwoordde 503.",
        });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>An e-mail to <paramref name="adres"/> that the mail server refused for more than a day, for the beheerder to send again.</summary>
    public async Task<Guid> MislukteMailAsync(string adres, string onderwerp)
    {
        var nu = Klok.Nu;
        var id = Guid.CreateVersion7();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ontvanger = await db.Users.Where(u => u.Email == adres).Select(u => u.Id).SingleAsync();
        db.Mailberichten.Add(new Mailbericht
        {
            Id = id, OntvangerId = ontvanger, Adres = adres, Onderwerp = onderwerp, Tekst = onderwerp, AangemaaktOp = nu.AddDays(-2), HerhalenSinds = nu.AddDays(-2),
            Pogingen = 11, VolgendePogingOp = nu.AddDays(-1), MisluktOp = nu.AddDays(-1), LaatsteFout = "5.7.1 Relaying denied",
        });
        await db.SaveChangesAsync();
        return id;
    }

    public async Task<string> VerseCodeAsync(string email)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LaatsteTotpStap, (long?)null));
        }

        var sleutel = DemoSeeder.Accounts.Single(a => a.Email == email).Authenticatorsleutel;
        return new Totp(Base32Encoding.ToBytes(sleutel)).ComputeTotp(Klok.Nu.UtcDateTime);
    }

    public new virtual async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataMap))
        {
            Directory.Delete(dataMap, recursive: true);
        }
    }

    /// <summary>Settings a test class adds, for example an identity provider it started first.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraInstellingen { get; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DataDirectory", dataMap);
        foreach (var (sleutel, waarde) in ExtraInstellingen)
        {
            builder.UseSetting(sleutel, waarde);
        }

        builder.UseSetting("Beveiliging:PogingenPerMinuut", 10_000.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Klok);
            services.AddSingleton<IStartupFilter>(new Serverfouten(nameof(BrowserApp)));
        });
    }
}
