using System.Text.RegularExpressions;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>What a person does in the browser, by accessible role and label as they see the page.</summary>
public static partial class Personen
{
    /// <summary>A new browser context, signed in with password and the code from the account's app.</summary>
    public static async Task<IPage> IngelogdAsync(this BrowserApp app, List<IPage> paginas, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(paginas);
        var pagina = await app.NieuweSessieAsync();
        paginas.Add(pagina);
        await pagina.GotoAsync("/");
        await pagina.GetByLabel("E-mailadres").FillAsync(email);
        await pagina.GetByLabel("Wachtwoord").FillAsync(BrowserApp.Wachtwoord);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await pagina.GetByLabel("Code", new() { Exact = true }).FillAsync(await app.VerseCodeAsync(email));
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
        return pagina;
    }

    /// <summary>Signed in with a passkey (added first with password and code), as beheer requires.</summary>
    public static async Task<IPage> MetPasskeyAsync(this BrowserApp app, List<IPage> paginas, string email)
    {
        var pagina = await app.IngelogdAsync(paginas, email);
        await pagina.VirtueleAuthenticatorAsync();
        await pagina.GotoAsync("/Profiel/Passkeys");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Passkey toevoegen" }).ClickAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw passkey is toegevoegd");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await pagina.GotoAsync("/Account/Login");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen met een passkey" }).ClickAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
        return pagina;
    }

    /// <summary>A platform authenticator with user verification, answering at once, as a laptop with a fingerprint reader would.</summary>
    public static async Task VirtueleAuthenticatorAsync(this IPage pagina)
    {
        ArgumentNullException.ThrowIfNull(pagina);
        var cdp = await pagina.Context.NewCDPSessionAsync(pagina);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
    }

    /// <summary>Fills row <paramref name="nummer"/> of the household on the melding form.</summary>
    public static async Task VulGezinslidAsync(this IPage pagina, int nummer, string naam, string geboortedatum, string rol)
    {
        ArgumentNullException.ThrowIfNull(pagina);
        var lid = pagina.GetByRole(AriaRole.Group, new() { Name = $"Gezinslid {nummer}" });
        await lid.GetByLabel("Naam").FillAsync(naam);
        await lid.GetByLabel("Geboortedatum").FillAsync(geboortedatum);
        await lid.GetByLabel("Rol").SelectOptionAsync(new SelectOptionValue { Label = rol });
    }

    public static ILocator Kop(this IPage pagina, string tekst) => pagina.GetByRole(AriaRole.Heading, new() { Name = tekst, Level = 1 });

    public static Task KlikAsync(this IPage pagina, AriaRole rol, string naam) => pagina.GetByRole(rol, new() { Name = naam, Exact = true }).ClickAsync();

    /// <summary>The dossier id from the address of a dossier page.</summary>
    public static Guid DossierId(this IPage pagina)
    {
        ArgumentNullException.ThrowIfNull(pagina);
        return Guid.Parse(DossierAdres().Match(pagina.Url).Groups[1].Value);
    }

    [GeneratedRegex("/Dossiers/([0-9a-f-]{36})")]
    private static partial Regex DossierAdres();
}
