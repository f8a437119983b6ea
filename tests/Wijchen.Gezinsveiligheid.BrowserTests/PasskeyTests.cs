namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>Passkeys in a real browser, with Chromium's virtual authenticator standing in for a phone or laptop.</summary>
[Trait("Snelheid", "Traag")]
public class PasskeyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task De_beheerder_voegt_een_passkey_toe_en_komt_daarmee_in_beheer() => Artefacten.ScenarioAsync(nameof(PasskeyTests), async paginas =>
    {
        var beheerder = await app.IngelogdAsync(paginas, "beheerder@demo.example");
        await beheerder.VirtueleAuthenticatorAsync();

        // With password and code only, beheer explains what it needs.
        await beheerder.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Main)).ToContainTextAsync("Beheer vraagt aanmelden met een passkey");
        await beheerder.KlikAsync(AriaRole.Link, "Voeg een passkey toe");
        await Assertions.Expect(beheerder.Kop("Passkeys")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(beheerder, "passkeys");
        await beheerder.KlikAsync(AriaRole.Button, "Passkey toevoegen");
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw passkey is toegevoegd");
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);

        // Signed out, the passkey alone signs in: no password, no code.
        await beheerder.KlikAsync(AriaRole.Button, "Uitloggen");
        await beheerder.GotoAsync("/Account/Login");
        await beheerder.KlikAsync(AriaRole.Button, "Inloggen met een passkey");
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
        await beheerder.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await Assertions.Expect(beheerder.Kop("Accounts")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(beheerder, "beheer-met-passkey");
    });
}
