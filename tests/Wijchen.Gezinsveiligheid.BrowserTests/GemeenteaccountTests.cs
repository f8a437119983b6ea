using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Tests;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>The app with the municipality's identity provider (<see cref="Gemeenteprovider"/>), started before it.</summary>
public sealed class GemeenteBrowserApp : BrowserApp
{
    private Gemeenteprovider? provider;

    public Gemeenteprovider Provider => provider ?? throw new InvalidOperationException("De identiteitsprovider is niet gestart.");

    protected override IReadOnlyDictionary<string, string> ExtraInstellingen => Provider.AppInstellingen();

    public override async Task InitializeAsync()
    {
        // The provider signs with the real time and the browser keeps the handler's cookies by it: the app runs on it too.
        Klok.Nu = DateTimeOffset.UtcNow;
        provider = await Gemeenteprovider.StartAsync();
        await base.InitializeAsync();
        // The app reads the provider's metadata and keys at the first sign-in; that first time is slow on a busy machine,
        // so the fixture makes it here (and checks the wiring): the start sends the browser on to the provider.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Adres) };
        using var start = await http.GetAsync(new Uri("/Account/Gemeente?handler=Start", UriKind.Relative));
        var naar = start.Headers.Location?.OriginalString ?? "";
        if (start.StatusCode != System.Net.HttpStatusCode.Redirect || !naar.StartsWith(Provider.Adres, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"De app stuurt niet door naar de identiteitsprovider: {(int)start.StatusCode} {naar}");
        }

        using var aanmeldpagina = await http.GetAsync(new Uri(naar));
        aanmeldpagina.EnsureSuccessStatusCode();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>
/// In Chromium: sign-in with the municipality's account through a real OpenID Connect provider (authorization code
/// with PKCE), next to the local accounts — with a second factor at the provider, without one (the app asks its own
/// code), a token for another application, someone in no mapped group, an unverified address and a disabled account.
/// </summary>
[Trait("Snelheid", "Traag")]
public class GemeenteaccountTests(GemeenteBrowserApp app) : IClassFixture<GemeenteBrowserApp>
{
    private const string Knop = "Inloggen met uw account van de gemeente Wijchen";

    [Fact]
    public Task Met_een_tweede_factor_bij_de_gemeente_is_de_teamleider_meteen_binnen_en_uitloggen_gaat_ook_bij_de_gemeente() =>
        Artefacten.ScenarioAsync(nameof(GemeenteaccountTests), async paginas =>
        {
            app.Provider.Voeg(new("marieke.broek", "oid-marieke", "teamleider@demo.example", true, [Gemeenteprovider.TeamleidersCentrum], ["pwd", "mfa"]));
            var marieke = await BijDeGemeenteAsync(paginas, "marieke.broek");
            await Assertions.Expect(marieke.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
            await Assertions.Expect(marieke.Kop("Mijn werk")).ToBeVisibleAsync();
            await Assertions.Expect(marieke.GetByText("Marieke van den Broek")).ToBeVisibleAsync();
            Assert.Equal("oid-marieke", await MetDbAsync(db => db.UserLogins.Where(l => l.LoginProvider == GemeenteInstellingen.Schema && l.UserId == db.Users.Single(u => u.Email == "teamleider@demo.example").Id)
                .Select(l => l.ProviderKey).SingleAsync()));

            var voor = app.Provider.Uitgelogd;
            await marieke.KlikAsync(AriaRole.Button, "Uitloggen");
            await Assertions.Expect(marieke).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Logout$"));
            Assert.Equal(voor + 1, app.Provider.Uitgelogd);
            await marieke.GotoAsync("/");
            await Assertions.Expect(marieke.Kop("Inloggen")).ToBeVisibleAsync();
        });

    [Fact]
    public Task Zonder_tweede_factor_bij_de_gemeente_vraagt_de_app_haar_eigen_code_en_de_groep_bepaalt_rol_en_team() =>
        Artefacten.ScenarioAsync(nameof(GemeenteaccountTests), async paginas =>
        {
            // Esra works in Dorpen here; the municipality moved her to Centrum's group.
            app.Provider.Voeg(new("esra.yilmaz", "oid-esra", "wijkteam2@demo.example", true, [Gemeenteprovider.WijkteamCentrum], ["pwd"]));
            var esra = await BijDeGemeenteAsync(paginas, "esra.yilmaz");
            await Assertions.Expect(esra.GetByLabel("Code", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(esra.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).Not.ToBeVisibleAsync();
            await esra.GetByLabel("Code", new() { Exact = true }).FillAsync(await app.VerseCodeAsync("wijkteam2@demo.example"));
            await esra.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
            await Assertions.Expect(esra.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
            Assert.Equal(DemoSeeder.WijkteamCentrum, await MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam2@demo.example").Select(u => u.TeamId).SingleAsync()));
            Assert.True(await MetDbAsync(db => db.Toegangslog.AnyAsync(r => r.Onderdeel.StartsWith("Beheer: rol en team van wijkteam2@demo.example uit groep"))));

            // Signed in through the municipality, the session also ends there.
            var voor = app.Provider.Uitgelogd;
            await esra.KlikAsync(AriaRole.Button, "Uitloggen");
            await Assertions.Expect(esra).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Logout$"));
            Assert.Equal(voor + 1, app.Provider.Uitgelogd);
        });

    [Fact]
    public Task Een_token_voor_een_andere_applicatie_opent_niets() => Artefacten.ScenarioAsync(nameof(GemeenteaccountTests), async paginas =>
    {
        app.Provider.Voeg(new("annelies.verbeek", "oid-annelies", "manager@demo.example", true, [Gemeenteprovider.TeamleidersCentrum], ["mfa"], AnderPubliek: "andere-applicatie"));
        var pagina = await BijDeGemeenteAsync(paginas, "annelies.verbeek");
        await Assertions.Expect(pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync("Aanmelden bij de gemeente is niet gelukt");
        await Assertions.Expect(pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).Not.ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(pagina, "gemeenteaccount-geweigerd");
        Assert.False(await MetDbAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == "oid-annelies")));
        await pagina.GotoAsync("/");
        await Assertions.Expect(pagina.Kop("Inloggen")).ToBeVisibleAsync();
    });

    [Theory]
    [InlineData("nieuw.medewerker", "nieuw@wijchen.example", true, "sg-andere-afdeling", "U hebt nog geen rol in deze applicatie")]
    [InlineData("sofie.ruiter", "privacy@demo.example", false, Gemeenteprovider.TeamleidersCentrum, "Er is in deze applicatie geen account voor u")]
    [InlineData("oud.account", "uitgeschakeld@demo.example", true, Gemeenteprovider.TeamleidersCentrum, "Uw account in deze applicatie is uitgeschakeld")]
    public Task Zonder_groep_zonder_geverifieerd_adres_of_uitgeschakeld_komt_niemand_binnen(string naam, string email, bool geverifieerd, string groep, string melding) =>
        Artefacten.ScenarioAsync(nameof(GemeenteaccountTests), async paginas =>
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
                if (email == "uitgeschakeld@demo.example" && await users.FindByEmailAsync(email) is null)
                {
                    var account = new ApplicationUser { UserName = email, Email = email, DisplayName = "Oud Account", TeamId = DemoSeeder.WijkteamCentrum };
                    Assert.True((await users.CreateAsync(account)).Succeeded);
                    Assert.True((await users.AddToRoleAsync(account, Rollen.WijkteamMedewerker)).Succeeded);
                    await users.SetLockoutEnabledAsync(account, true);
                    await users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue);
                }
            }

            var rollenVoor = await RollenAsync(email);
            app.Provider.Voeg(new(naam, $"oid-{naam}", email, geverifieerd, [groep], ["mfa"]));
            var pagina = await BijDeGemeenteAsync(paginas, naam);
            await Assertions.Expect(pagina.Kop("Aanmelden niet gelukt")).ToBeVisibleAsync();
            await Assertions.Expect(pagina.GetByRole(AriaRole.Alert)).ToContainTextAsync(melding);
            await Toegankelijkheid.ControleerAsync(pagina, $"gemeenteaccount-{naam}");
            await pagina.GotoAsync("/");
            await Assertions.Expect(pagina.Kop("Inloggen")).ToBeVisibleAsync();
            // Nothing about access changed: the new account (made, as configured) has no role, the others keep theirs.
            Assert.Equal(rollenVoor, await RollenAsync(email));
        });

    [Fact]
    public Task De_inlogpagina_biedt_het_gemeenteaccount_naast_wachtwoord_en_passkey() => Artefacten.ScenarioAsync(nameof(GemeenteaccountTests), async paginas =>
    {
        var pagina = await app.NieuweSessieAsync();
        paginas.Add(pagina);
        await pagina.GotoAsync("/Account/Login");
        await Assertions.Expect(pagina.GetByRole(AriaRole.Link, new() { Name = Knop })).ToBeVisibleAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen met een passkey" })).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(pagina, "inloggen-met-gemeenteaccount");
    });

    /// <summary>From the login page to the provider and back, as the person types their name there.</summary>
    private async Task<IPage> BijDeGemeenteAsync(List<IPage> paginas, string gebruikersnaam)
    {
        var pagina = await app.NieuweSessieAsync();
        paginas.Add(pagina);
        await pagina.GotoAsync("/");
        await pagina.GetByRole(AriaRole.Link, new() { Name = Knop }).ClickAsync();
        await Assertions.Expect(pagina.Kop("Inloggen bij de gemeente Wijchen")).ToBeVisibleAsync();
        await pagina.GetByLabel("Gebruikersnaam").FillAsync(gebruikersnaam);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen bij de gemeente" }).ClickAsync();
        await pagina.WaitForURLAsync(adres => adres.StartsWith(app.Adres, StringComparison.Ordinal) && !adres.Contains("/Account/Gemeente", StringComparison.Ordinal) || adres.Contains("/Account/Gemeente", StringComparison.Ordinal) && !adres.Contains("signin", StringComparison.Ordinal));
        await pagina.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return pagina;
    }

    private Task<List<string>> RollenAsync(string email) => MetDbAsync(db => (
        from u in db.Users where u.Email == email
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        select r.Name!).ToListAsync());

    private async Task<T> MetDbAsync<T>(Func<AppDbContext, Task<T>> vraag)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await vraag(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
