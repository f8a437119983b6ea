using System.Globalization;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>The teamleider's part of the handover with the keyboard only: Tab, typing, Enter — no mouse, no clicks.</summary>
[Trait("Snelheid", "Traag")]
public class ToetsenbordTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task Een_overdracht_plannen_vastleggen_en_accepteren_kan_zonder_muis() => Artefacten.ScenarioAsync(nameof(ToetsenbordTests), async paginas =>
    {
        const string email = "teamleider@demo.example";
        var pagina = await app.NieuweSessieAsync();
        paginas.Add(pagina);
        await pagina.GotoAsync("/Account/Login");

        // The first Tab reaches the skip link, which becomes visible and jumps past the header.
        await pagina.Keyboard.PressAsync("Tab");
        var skiplink = pagina.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" });
        await Assertions.Expect(skiplink).ToBeFocusedAsync();
        await Assertions.Expect(skiplink).ToBeInViewportAsync();
        await pagina.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#inhoud", pagina.Url, StringComparison.Ordinal);

        await TabNaarAsync(pagina, pagina.GetByLabel("E-mailadres"));
        await pagina.Keyboard.TypeAsync(email);
        await TabNaarAsync(pagina, pagina.GetByLabel("Wachtwoord"));
        await pagina.Keyboard.TypeAsync(BrowserApp.Wachtwoord);
        await pagina.Keyboard.PressAsync("Enter");
        await Assertions.Expect(pagina.Kop("Code uit uw app")).ToBeVisibleAsync();
        await TabNaarAsync(pagina, pagina.GetByLabel("Code", new() { Exact = true }));
        await pagina.Keyboard.TypeAsync(await app.VerseCodeAsync(email));
        await pagina.Keyboard.PressAsync("Enter");
        await Assertions.Expect(pagina.Kop("Mijn werk")).ToBeVisibleAsync();

        // To the inbox and the first offer whose gesprek is still to be planned.
        await TabNaarAsync(pagina, pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Overdrachten" }));
        await pagina.Keyboard.PressAsync("Enter");
        var aanbod = pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "Gesprek nog plannen" }).First.GetByRole(AriaRole.Link);
        var gezin = (await aanbod.TextContentAsync())!;
        await TabNaarAsync(pagina, aanbod);
        await pagina.Keyboard.PressAsync("Enter");
        await Assertions.Expect(pagina.Kop(gezin)).ToBeVisibleAsync();

        // Plan the gesprek: date and time typed into the field's segments, the casusregisseur chosen by typing.
        await TabNaarAsync(pagina, pagina.GetByRole(AriaRole.Link, new() { Name = "Overdrachtsgesprek plannen" }));
        await pagina.Keyboard.PressAsync("Enter");
        var gesprekOp = app.Klok.Nu.AddMinutes(15).ToOffset(TimeSpan.FromHours(1));
        var datum = pagina.GetByLabel("Datum en tijd");
        await TabNaarAsync(pagina, datum);
        await TypDatumEnTijdAsync(pagina, gesprekOp);
        await Assertions.Expect(datum).ToHaveValueAsync(gesprekOp.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await TabNaarAsync(pagina, pagina.GetByLabel("Plaats"));
        await pagina.Keyboard.TypeAsync("Bij het gezin thuis");
        var beoogd = pagina.GetByLabel("Beoogd casusregisseur");
        await TabNaarAsync(pagina, beoogd);
        await pagina.Keyboard.TypeAsync("Joris");
        await Assertions.Expect(beoogd.Locator("option:checked")).ToHaveTextAsync("Joris Hendriks");
        await TabNaarAsync(pagina, pagina.GetByRole(AriaRole.Button, new() { Name = "Gesprek plannen" }));
        await pagina.Keyboard.PressAsync("Enter");
        await Assertions.Expect(pagina.GetByRole(AriaRole.Main)).ToContainTextAsync("Overdrachtsgesprek gepland");

        // Twenty minutes later: record the gesprek with the suggested attendees, then accept.
        app.Klok.Nu = app.Klok.Nu.AddMinutes(20);
        await TabNaarAsync(pagina, pagina.GetByRole(AriaRole.Link, new() { Name = "Overdrachtsgesprek vastleggen" }));
        await pagina.Keyboard.PressAsync("Enter");
        await TabNaarAsync(pagina, pagina.GetByRole(AriaRole.Button, new() { Name = "Gesprek vastleggen" }));
        await pagina.Keyboard.PressAsync("Enter");
        await TabNaarAsync(pagina, pagina.GetByRole(AriaRole.Link, new() { Name = "Overdracht accepteren" }));
        await pagina.Keyboard.PressAsync("Enter");
        var casusregisseur = pagina.GetByLabel("Casusregisseur");
        await TabNaarAsync(pagina, casusregisseur);
        await pagina.Keyboard.TypeAsync("Joris");
        await TabNaarAsync(pagina, pagina.GetByRole(AriaRole.Button, new() { Name = "Overdracht accepteren" }));
        await pagina.Keyboard.PressAsync("Enter");

        await Assertions.Expect(pagina.Kop(gezin)).ToBeVisibleAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Main)).ToContainTextAsync("Joris Hendriks");
        await Toegankelijkheid.ControleerAsync(pagina, "toetsenbord-geaccepteerd");
    });

    /// <summary>
    /// Types a moment into the focused date-and-time field segment by segment, in the order the browser shows them.
    /// The field follows the browser's own language, not the page's: Debian's chromium ships only the en-US language
    /// pack, so it shows mm/dd/yyyy, hh:mm AM/PM. A year may have more than four digits, so an arrow key moves on.
    /// </summary>
    private static async Task TypDatumEnTijdAsync(IPage pagina, DateTimeOffset moment)
    {
        await pagina.Keyboard.TypeAsync(moment.ToString("MMddyyyy", CultureInfo.InvariantCulture));
        await pagina.Keyboard.PressAsync("ArrowRight");
        await pagina.Keyboard.TypeAsync(moment.ToString("hhmm", CultureInfo.InvariantCulture) + (moment.Hour < 12 ? "A" : "P"));
    }

    /// <summary>
    /// Presses Tab until <paramref name="doel"/> has the focus, as a keyboard user would, and checks that the focus
    /// can be seen (an outline of at least 2 pixels). Fails when the element is not reachable in the tab order.
    /// </summary>
    private static async Task TabNaarAsync(IPage pagina, ILocator doel, int hoogstens = 150)
    {
        await doel.WaitForAsync();
        for (var i = 0; i < hoogstens; i++)
        {
            await pagina.Keyboard.PressAsync("Tab");
            if (await doel.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                var rand = await doel.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
                Assert.True(!rand.StartsWith("none", StringComparison.Ordinal) && float.Parse(rand.Split(' ')[1].Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 2,
                    $"De focus op {doel} is niet zichtbaar (outline: {rand}).");
                return;
            }
        }

        Assert.Fail($"{doel} is met {hoogstens} keer Tab niet bereikt.");
    }
}
