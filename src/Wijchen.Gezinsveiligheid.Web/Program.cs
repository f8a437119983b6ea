using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Api;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Beveiliging;
using Wijchen.Gezinsveiligheid.Web.Bijlagen;
using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Jobs;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Onderhoud;
using Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;
using Wijchen.Gezinsveiligheid.Web.Pages.Meldingen;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Termijnen;
using Wijchen.Gezinsveiligheid.Web.Toegang;

var builder = WebApplication.CreateBuilder(args);
// The demo listens on 127.0.0.1:5080 unless told otherwise (ASPNETCORE_URLS, --urls or "Urls" in configuration).
if (builder.Environment.IsDevelopment() && string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

var dataDirectory = DatabaseRegistration.DataDirectory(builder.Configuration, builder.Environment.ContentRootPath);

// Technical logs carry no personal data: framework request lines (which include query strings) and EF's SQL stay
// below the threshold; our own messages name dossiers by id only.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .MinimumLevel.Information()
    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
    .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
    .Enrich.FromLogContext()
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {TraceId}{NewLine}{Exception}", formatProvider: CultureInfo.InvariantCulture)
    .WriteTo.File(new CompactJsonFormatter(), Path.Combine(dataDirectory, "logs", "gezinsveiligheid-.log"),
        rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31),
    // Each host logs through its own logger, never through the process-wide static one (which another host may replace).
    preserveStaticLogger: true);

builder.Services.AddGezinsveiligheidDatabase(builder.Configuration, builder.Environment.ContentRootPath);
// The key ring lives in the database, so instances that share it accept each other's cookies and antiforgery tokens.
var sleutelring = builder.Services.AddDataProtection().SetApplicationName("Wijchen.Gezinsveiligheid").PersistKeysToDbContext<AppDbContext>();
Hostnamen.Vereis(builder.Configuration, builder.Environment);
if (Sleutelbescherming.Certificaat(builder.Configuration, builder.Environment) is { } sleutelcertificaat)
{
    sleutelring.ProtectKeysWithCertificate(sleutelcertificaat);
}

builder.Services.AddIdentity<ApplicationUser, IdentityRole>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.Password.RequiredLength = Wachtwoordbeleid.MinimaleLengte;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        // Identity's own lockout rule (a fixed lock after a few failures) is not used: see Aanmeldremming and ADR 0013.
        options.Lockout.MaxFailedAccessAttempts = Aanmeldremming.Blokkeren;
        options.Lockout.DefaultLockoutTimeSpan = Aanmeldremming.LangsteWachttijd;
        options.Lockout.AllowedForNewUsers = true;
        options.Tokens.AuthenticatorTokenProvider = EenmaligeTotpProvider.Naam;
        options.Stores.SchemaVersion = IdentitySchema.Versie;
    })
    .AddEntityFrameworkStores<AppDbContext>()
    .AddClaimsPrincipalFactory<MedewerkerClaimsFactory>()
    .AddSignInManager<AanmeldManager>()
    .AddPasswordValidator<Wachtwoordbeleid>()
    .AddErrorDescriber<NederlandseIdentityFouten>()
    // Only the providers in use: one-time authenticator codes, and data-protected tokens for links. No e-mail or SMS codes.
    .AddTokenProvider<EenmaligeTotpProvider>(EenmaligeTotpProvider.Naam)
    .AddTokenProvider<DataProtectorTokenProvider<ApplicationUser>>(TokenOptions.DefaultProvider);

// A passkey must have been made on this site's own origin. Identity's default compares it with the request's Origin
// header, which browsers send as "null" under our Referrer-Policy no-referrer; this compares it with the site itself.
builder.Services.Configure<IdentityPasskeyOptions>(options => options.ValidateOrigin = context =>
    ValueTask.FromResult(!context.CrossOrigin && context.Origin == $"{context.HttpContext.Request.Scheme}://{context.HttpContext.Request.Host}"));

// Identity hashes with PBKDF2-HMAC-SHA512; OWASP asks at least 210,000 iterations for it (the default is 100,000).
builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

// Cookies are __Host- and Secure everywhere except local development over http on 127.0.0.1 (no certificate there).
var lokaleHttp = builder.Environment.IsDevelopment();
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
builder.Services.AddHsts(options =>
{
    options.MaxAge = TimeSpan.FromDays(365);
    options.IncludeSubDomains = true;
    options.ExcludedHosts.Clear();
});

builder.Services.AddOptions<SessieInstellingen>()
    .Bind(builder.Configuration.GetSection(SessieInstellingen.Sectie))
    .Validate(instellingen => !instellingen.Valideer().Any(), "De sessie-instellingen in de configuratie zijn ongeldig.")
    .ValidateOnStart();
var sessie = builder.Configuration.GetSection(SessieInstellingen.Sectie).Get<SessieInstellingen>() ?? new SessieInstellingen();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.Cookie.Name = lokaleHttp ? "Gezinsveiligheid.Sessie" : "__Host-Gezinsveiligheid.Sessie";
    options.Cookie.SecurePolicy = lokaleHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    options.Cookie.Path = "/";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/GeenToegang";
    options.ExpireTimeSpan = TimeSpan.FromMinutes(sessie.InactiefMinuten);
    options.SlidingExpiration = true;
    options.Events.OnValidatePrincipal = Sessie.ControleerAsync;
});

// Between password and code: long enough to scan a QR code, then the password must be given again.
builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
{
    options.Cookie.Name = lokaleHttp ? "Gezinsveiligheid.TweedeStap" : "__Host-Gezinsveiligheid.TweedeStap";
    options.Cookie.SecurePolicy = lokaleHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    options.Cookie.Path = "/";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
    options.SlidingExpiration = false;
});

builder.Services.AddAuthorizationBuilder()
    // Every page needs a signed-in user unless it says otherwise. Under /api each endpoint names its own scope policy
    // (a test holds every one to that); what routing answers there by itself (405, 415) is a problem, not a sign-in page.
    .SetFallbackPolicy(new AuthorizationPolicyBuilder()
        .RequireAssertion(context => context.User.Identities.Any(i => i.IsAuthenticated) || (context.Resource is HttpContext http && ApiRegistratie.IsApi(http)))
        .Build())
    // Beheer changes who may see what: a beheerder must have signed in with a passkey, which cannot be phished.
    .AddPolicy(Beleid.Beheer, beleid => beleid.RequireRole(Rollen.Beheerder).RequireClaim("amr", AanmeldManager.MetPasskey));

builder.Services.AddRazorPages(options =>
    {
        options.Conventions.AllowAnonymousToFolder("/Account");
        options.Conventions.AllowAnonymousToPage("/Fout");
    })
    .AddMvcOptions(options =>
    {
        options.Filters.Add<AlleenOphalenFilter>();
        options.Filters.Add<ToegangslogFilter>();
        options.Filters.Add<VerlopenFormulier>();
        options.ModelMetadataDetailsProviders.Add(new LegeTekstBlijftLeeg());
        options.ModelBinderProviders.Insert(0, new DatumBereikBinderProvider([.. options.ModelBinderProviders]));
        // FluentValidation owns the rules and their Dutch messages; MVC only reports input it cannot read, in Dutch.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        var berichten = options.ModelBindingMessageProvider;
        berichten.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
        berichten.SetAttemptedValueIsInvalidAccessor((waarde, _) => $"'{waarde}' is hier geen geldige waarde.");
        berichten.SetValueIsInvalidAccessor(waarde => $"'{waarde}' is hier geen geldige waarde.");
        berichten.SetValueMustBeANumberAccessor(_ => "Vul een getal in.");
        berichten.SetMissingBindRequiredValueAccessor(_ => "Vul dit veld in.");
        berichten.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        berichten.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier was leeg.");
        berichten.SetNonPropertyAttemptedValueIsInvalidAccessor(waarde => $"'{waarde}' is geen geldige waarde.");
        berichten.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De ingevulde waarde is ongeldig.");
        berichten.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        berichten.SetUnknownValueIsInvalidAccessor(_ => "De ingevulde waarde is ongeldig.");
    });
// Dutch text (ë, —, •) is written as characters; <, >, &, quotes are still encoded.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
builder.Services.AddSingleton<GezinslidValidator>();
builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = lokaleHttp ? "Gezinsveiligheid.Antiforgery" : "__Host-Gezinsveiligheid.Antiforgery";
    options.Cookie.SecurePolicy = lokaleHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    options.Cookie.Path = "/";
});

builder.Services.AddSnelheidsbegrenzing(builder.Configuration);
builder.Services.AddOverdrachtenApi(builder.Configuration);
builder.Services.AddNotificaties(builder.Configuration, dataDirectory);
builder.Services.AddBijlagen(builder.Configuration, dataDirectory);
builder.Services.AddScoped<Wijchen.Gezinsveiligheid.Web.Avg.Inzageexport>();
builder.Services.AddGemeenteaccount(builder.Configuration, lokaleHttp);
builder.Services.AddProxyvertrouwen(builder.Configuration);
// Every request checks the security stamp, so signing out, disabling an account or changing a role takes effect at once.
builder.Services.Configure<SecurityStampValidatorOptions>(options =>
{
    options.ValidationInterval = TimeSpan.Zero;
    options.OnRefreshingPrincipal = Sessie.BehoudAanmeldmethode;
});
builder.Services.AddHealthChecks().AddCheck<Schrijfbaarheid>("database", tags: ["ready"], timeout: TimeSpan.FromSeconds(SqliteWachtrij.OpgevenNaSeconden + 1));

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddOptions<TermijnInstellingen>()
    .Bind(builder.Configuration.GetSection(TermijnInstellingen.Sectie))
    // The binder overwrites the default list item by item; a configured list replaces it as a whole instead.
    .PostConfigure<IConfiguration>((instellingen, configuratie) =>
    {
        if (configuratie.GetSection($"{TermijnInstellingen.Sectie}:{nameof(TermijnInstellingen.MonitoringMaanden)}").Get<int[]>() is { Length: > 0 } maanden)
        {
            instellingen.MonitoringMaanden = maanden;
        }
    })
    .Validate(instellingen => !instellingen.Valideer().Any(), "De termijnen in de configuratie (sectie Termijnen) zijn ongeldig.")
    .ValidateOnStart();
builder.Services.AddSingleton<WerkdagKalender>();
builder.Services.AddSingleton(services => new Termijnberekening(
    services.GetRequiredService<IOptions<TermijnInstellingen>>().Value, services.GetRequiredService<WerkdagKalender>(), Termijnberekening.Nederland));
builder.Services.AddSingleton<Weergave>();
builder.Services.AddSingleton<Handelingen>();
builder.Services.AddSingleton<IAuthorizationHandler, DossierActieHandler>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Toegangslog>();
builder.Services.AddScoped<Toegangsregistratie>();
builder.Services.AddSingleton<Toegangslogbundel>();
builder.Services.AddSingleton<Ketencontroleur>();
builder.Services.AddScoped<Dossierinzage>();
builder.Services.AddScoped<Noodtoegangen>();
builder.Services.AddOptions<NoodtoegangInstellingen>()
    .Bind(builder.Configuration.GetSection(NoodtoegangInstellingen.Sectie))
    .Validate(instellingen => !instellingen.Valideer().Any(), "De instellingen voor noodtoegang (sectie Noodtoegang) zijn ongeldig.")
    .ValidateOnStart();
builder.Services.AddScoped<DossierActieDiensten>();
builder.Services.AddScoped<Gebruikersbeheer>();
builder.Services.AddSingleton<VertrouwdApparaat>();
builder.Services.AddScoped<Termijnafspraken>();
builder.Services.AddHostedService<TermijnafsprakenVerversen>();
builder.Services.AddSingleton<Instantie>();
builder.Services.AddScoped<Taakleases>();
builder.Services.AddScoped<Bewaartermijnen>();
builder.Services.AddHostedService<BewaartermijnBewaking>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddScoped<Regiogenerator>();
builder.Services.AddScoped<Regiecijfers>();
builder.Services.AddScoped<Integriteitscontrole>();

var app = builder.Build();

if (Beheeropdrachten.IsOpdracht(args))
{
    Environment.ExitCode = await Beheeropdrachten.VoerUitAsync(app.Services, args, Console.Out);
    return;
}

await using (var scope = app.Services.CreateAsyncScope())
{
    // Each start-up step says what it does: the first start (migrations, demo data) takes a while and should not look stuck.
    var opstart = scope.ServiceProvider.GetRequiredService<ILogger<Program>>();
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    opstart.LogInformation("Database bijwerken ({Provider}, gegevens in {Map})", db.Database.ProviderName, dataDirectory);
    await DatabaseRegistration.MigrateAsync(db);
    if (await OpgeslagenDoorlooptijden.VulAanAsync(db, scope.ServiceProvider.GetRequiredService<Termijnberekening>()) is > 0 and var aangevuld)
    {
        opstart.LogInformation("Doorlooptijden van {Aantal} eerder vastgelegde stappen in werkdagen opgeslagen", aangevuld);
    }

    await Rollen.ZorgDatzeBestaanAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    await scope.ServiceProvider.GetRequiredService<Termijnafspraken>().LaadAsync();
    if (app.Environment.IsDevelopment())
    {
        opstart.LogInformation("Demogegevens en demo-accounts controleren");
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    if (args.Contains(Regiogenerator.Opdracht))
    {
        // An operator command for load tests: fill this (Development) database with a region, print what it made, stop.
        if (!app.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("Een regio genereren kan alleen in Development: de demo-accounts hebben bekende wachtwoorden.");
        }

        var grootte = Regiogrootte.Uit(app.Configuration);
        var verslag = await scope.ServiceProvider.GetRequiredService<Regiogenerator>().GenereerAsync(grootte, Console.WriteLine);
        var bestand = db.Database.GetDbConnection().DataSource;
        var omvang = File.Exists(bestand) ? new FileInfo(bestand).Length + (File.Exists(bestand + "-wal") ? new FileInfo(bestand + "-wal").Length : 0) : 0;
        Console.WriteLine(FormattableString.Invariant(
            $"Klaar: {verslag.Dossiers:N0} dossiers ({verslag.Open:N0} open), {verslag.Medewerkers:N0} medewerkers, {verslag.Toegangsregels:N0} toegangsregels in {verslag.Duur.TotalSeconds:N0} s; database {omvang / 1024.0 / 1024:N0} MB ({bestand})"));
        return;
    }

    opstart.LogInformation("Klaar om te starten; het adres volgt hieronder (Now listening on)");
}

app.UseForwardedHeaders();
app.UseBeveiligingsheaders();
if (!lokaleHttp)
{
    app.UseHsts();
    // A browser is sent on to HTTPS; an API client that used plain HTTP is refused, not redirected (ApiRegistratie).
    app.UseWhen(context => !ApiRegistratie.IsApi(context), paginas => paginas.UseHttpsRedirection());
}

// Never the developer exception page: it would show dossier data. Every error gets the Dutch page with a correlation id;
// under /api it is a problem+json answer instead.
app.UseWhen(ApiRegistratie.IsApi, api => api.UseApiFoutafhandeling(alleenHttps: !lokaleHttp));
app.UseWhen(context => !ApiRegistratie.IsApi(context), paginas =>
{
    paginas.UseExceptionHandler("/Fout");
    paginas.UseStatusCodePagesWithReExecute("/Fout");
});
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
app.UseStaticFiles(new StaticFileOptions
{
    // Style sheets carry a version in their URL (asp-append-version), so a day of caching is safe; pages are never cached.
    OnPrepareResponse = bestand => bestand.Context.Response.Headers.CacheControl = "public, max-age=86400",
});
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapRazorPages();
app.MapApi();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
