using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Xunit.Abstractions;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>The form robot as every role, on the demo data; and the form flows that were broken in a real browser.</summary>
[Trait("Snelheid", "Traag")]
public class FormulierRobotTests(BrowserApp app, ITestOutputHelper uitvoer) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task Elk_formulier_doorstaat_de_robot_als_elke_rol_die_het_gebruikt() => Artefacten.ScenarioAsync(nameof(FormulierRobotTests), async paginas =>
    {
        var formulierPaginas = await FormulierRobot.PaginasMetPostAsync(app.Services);
        var dorpen = await MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamDorpen).OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());
        var joris = await MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync());
        var rondes = new List<FormulierRobot>();

        async Task RobotAsync(string rol, IPage pagina, params string[] start)
        {
            var robot = new FormulierRobot(app, pagina, rol);
            await robot.DoorloopAsync(formulierPaginas, start);
            rondes.Add(robot);
            uitvoer.WriteLine(robot.Verslag());
        }

        var anoniem = await app.NieuweSessieAsync();
        paginas.Add(anoniem);
        await RobotAsync("anoniem", anoniem, "/Account/Login");
        await RobotAsync("vt", await app.IngelogdAsync(paginas, "vt@demo.example"), "/", "/Meldingen/Nieuw", "/Dossiers", "/Overdrachten", "/Profiel/Passkeys");
        var teamleider = await app.IngelogdAsync(paginas, "teamleider@demo.example");
        // A break-the-glass of Joris beyond his daily limit, for his teamleider to decide on.
        await MetDbAsync(async db =>
        {
            db.Noodtoegangen.Add(Noodtoegang.TerGoedkeuring(new Noodtoegang
            {
                Id = Guid.CreateVersion7(), GebruikerId = joris, GebruikerNaam = "Joris Hendriks", AanvragerTeamId = DemoSeeder.WijkteamCentrum, DossierId = dorpen,
                TeamId = DemoSeeder.WijkteamDorpen, Grond = Noodtoegangsgrond.NieuweMelding, Reden = "Een nieuwe melding over dit gezin komt nu binnen bij de crisisdienst", Op = app.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
            }));
            return await db.SaveChangesAsync();
        });
        // Two unread notifications: the crawl opens one of them (which marks it read), the other keeps the Notificaties page's forms.
        var marieke = await MetDbAsync(db => db.Users.Where(u => u.Email == "teamleider@demo.example").Select(u => u.Id).SingleAsync());
        var centrum = await MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());
        await MetDbAsync(db =>
        {
            foreach (var nummer in new[] { 1, 2 })
            {
                db.Notificaties.Add(new Notificatie
                {
                    Id = Guid.CreateVersion7(), OntvangerId = marieke, Soort = Notificatiesoort.TermijnNadert, DossierId = centrum,
                    Tekst = $"Geplante notificatie {nummer} voor de robot", Sleutel = $"robot-{nummer}", Op = app.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
                });
            }

            return db.SaveChangesAsync();
        });
        await RobotAsync("teamleider", teamleider,
            "/", "/Dossiers", "/Overdrachten", "/Dashboard", $"/Dashboard/Herverdelen?van={joris}", $"/Dossiers/{dorpen}/Noodtoegang", "/Goedkeuringen", "/Notificaties", "/Profiel/Notificaties");

        // A break-the-glass for the privacy officer to review.
        await teamleider.GotoAsync($"/Dossiers/{dorpen}/Noodtoegang");
        await teamleider.GetByLabel("Grond voor noodtoegang").SelectOptionAsync(new SelectOptionValue { Label = "Acuut gevaar voor een gezinslid" });
        await teamleider.GetByLabel("Waarom moet u dit dossier nu inzien?").FillAsync("Crisisdienst: moeder belt nu, casusregisseur is niet bereikbaar.");
        await teamleider.KlikAsync(AriaRole.Button, "Dossier inzien met noodtoegang");
        await Assertions.Expect(teamleider.GetByRole(AriaRole.Status).First).ToContainTextAsync("noodtoegang");
        // An attachment on one of Joris's dossiers: its page offers a new version and deleting it.
        await MetDbAsync(async db =>
        {
            var vanJoris = await db.Dossiers.Where(d => d.RegiehouderId == joris && d.Fase == Domain.DossierFase.Casusregie).OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync();
            var id = Guid.CreateVersion7();
            db.Bijlagen.Add(new Bijlage
            {
                Id = id, DossierId = vanJoris, Categorie = Bijlagecategorie.Brief, Beschrijving = "Brief van de school", ToegevoegdOp = app.Klok.Nu, ToegevoegdDoorNaam = "Robot",
                Versies = [new Bijlageversie { Id = Guid.CreateVersion7(), BijlageId = id, Nummer = 1, Bestandsnaam = "brief.pdf", Soort = Bestandssoort.Pdf, Sha256 = "", Op = app.Klok.Nu }],
            });
            return await db.SaveChangesAsync();
        });
        await RobotAsync("wijkteam", await app.IngelogdAsync(paginas, "wijkteam@demo.example"), "/", "/Dossiers", "/Overdrachten");
        await RobotAsync("manager", await app.IngelogdAsync(paginas, "manager@demo.example"), "/", "/Dashboard");
        // An open inzage request (on the officer's start page) and a legal hold (with its page to lift it).
        await MetDbAsync(async db =>
        {
            var bsn = await db.Dossiers.SelectMany(d => d.Gezinsleden).Where(g => g.Bsn != null).Select(g => g.Bsn!).FirstAsync();
            db.Avgverzoeken.Add(new Avgverzoek
            {
                Id = Guid.CreateVersion7(), Recht = Avgrecht.Inzage, Bsn = bsn.Waarde, OntvangenOp = new DateOnly(2026, 11, 2), Uiterlijk = new DateOnly(2026, 12, 2), Status = Verzoekstatus.InBehandeling,
            });
            db.Avgverzoeken.Add(new Avgverzoek
            {
                Id = Guid.CreateVersion7(), Recht = Avgrecht.Correctie, Bsn = bsn.Waarde, OntvangenOp = new DateOnly(2026, 11, 9), Uiterlijk = new DateOnly(2026, 12, 9), Status = Verzoekstatus.InBehandeling,
            });
            db.Bewaarplichten.Add(new Bewaarplicht { Id = Guid.CreateVersion7(), DossierId = dorpen, Grond = Bewaargrond.Inspectie, Reden = "Onderzoek van de inspectie", GeplaatstOp = app.Klok.Nu });
            return await db.SaveChangesAsync();
        });
        await RobotAsync("privacy", await app.IngelogdAsync(paginas, "privacy@demo.example"), "/", "/Privacy", "/Privacy/Noodtoegang", "/Privacy/Keten", "/Privacy/Verzoeken", "/Privacy/Bewaarplicht");
        // An account blocked after a hundred failures: the beheerder's robot starts on its page, where it offers to lift it.
        var esra = await MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam2@demo.example").Select(u => u.Id).SingleAsync());
        await MetDbAsync(db => db.Users.Where(u => u.Id == esra).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, Web.Identity.Aanmeldremming.Blokkade)));
        // And a webhook to Veilig Thuis that failed for a day: the Webhooks page offers to send it again.
        var mislukt = await app.MislukteWebhookAsync(dorpen, Webhookgebeurtenissen.Afgewezen);
        // And an e-mail the mail server refused for a day: the E-mail page offers the same.
        var mislukteMail = await app.MislukteMailAsync("teamleider@demo.example", "Nieuw aanbod voor uw team — dossier 000000000000");
        await RobotAsync("beheerder", await app.MetPasskeyAsync(paginas, "beheerder@demo.example"), $"/Beheer/Accounts/{esra}", "/Beheer", "/Beheer/Webhooks", "/Beheer/Mail", "/Profiel/Passkeys");
        Assert.True(await MetDbAsync(db => db.Toegangslog.AnyAsync(r => r.Onderdeel == "Beheer: blokkade opgeheven: wijkteam2@demo.example")), "de robot hief de blokkade niet op");
        Assert.True(await MetDbAsync(db => db.Toegangslog.AnyAsync(r => r.Onderdeel == $"Beheer: webhook {mislukt} opnieuw in de wachtrij")), "de robot verstuurde de mislukte webhook niet opnieuw");
        Assert.True(await MetDbAsync(db => db.Toegangslog.AnyAsync(r => r.Onderdeel == $"Beheer: e-mail {mislukteMail} opnieuw in de wachtrij")), "de robot verstuurde de mislukte e-mail niet opnieuw");

        var bereikt = rondes.SelectMany(r => r.Bereikt).ToHashSet();
        var nietBereikt = formulierPaginas.Select(p => "/" + p.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !bereikt.Contains(p) && !FormulierRobot.BuitenBereik.Contains(p)).Order().ToList();
        var verslag = string.Join(Environment.NewLine, rondes.Select(r => r.Verslag()))
            + $"{Environment.NewLine}samen: {bereikt.Count} pagina's met een formulier, {rondes.Sum(r => r.Geoefend.Count)} formulieren, {rondes.Sum(r => r.Knoppen)} knoppen, {rondes.Sum(r => r.Verzendingen)} verzendingen";
        await File.WriteAllTextAsync(Path.Combine(Artefacten.Map, "formulierrobot.txt"), verslag);
        uitvoer.WriteLine(verslag);

        var problemen = rondes.SelectMany(r => r.Problemen).ToList();
        Assert.True(problemen.Count == 0, $"{problemen.Count} problemen:{Environment.NewLine}{string.Join(Environment.NewLine, problemen)}");
        Assert.True(nietBereikt.Count == 0, $"De robot bereikte deze pagina's met een formulier niet: {string.Join(", ", nietBereikt)}");
    });

    [Fact]
    public Task Een_gezin_van_vijf_wordt_na_Meer_gezinsleden_in_een_keer_geregistreerd_en_een_tweede_melding_komt_in_hetzelfde_dossier() =>
        Artefacten.ScenarioAsync(nameof(FormulierRobotTests), async paginas =>
        {
            var vt = await app.IngelogdAsync(paginas, "vt@demo.example");
            await NieuweMeldingAsync(vt, "Gezin Vijfhuizen", "De school ziet blauwe plekken bij twee kinderen.");
            await vt.VulGezinslidAsync(1, "Ria Vijfhuizen", "1988-02-03", "Ouder/verzorger");

            await vt.KlikAsync(AriaRole.Button, "Meer gezinsleden");
            await Assertions.Expect(vt.GetByRole(AriaRole.Group, new() { Name = "Gezinslid 6" })).ToBeVisibleAsync();
            await Assertions.Expect(vt.GetByRole(AriaRole.Group, new() { Name = "Gezinslid 1" }).GetByLabel("Naam")).ToHaveValueAsync("Ria Vijfhuizen");
            await vt.VulGezinslidAsync(2, "Bas Vijfhuizen", "1986-07-08", "Ouder/verzorger");
            await vt.VulGezinslidAsync(3, "Ties Vijfhuizen", "2014-05-06", "Kind");
            await vt.VulGezinslidAsync(4, "Noa Vijfhuizen", "2016-09-10", "Kind");
            await vt.VulGezinslidAsync(5, "Jet Vijfhuizen", "2020-11-12", "Kind");
            var voor = await MetDbAsync(db => db.Dossiers.CountAsync());
            await vt.KlikAsync(AriaRole.Button, "Melding registreren");

            await Assertions.Expect(vt.Kop("Gezin Vijfhuizen")).ToBeVisibleAsync();
            await Assertions.Expect(vt.Locator(".bevestiging[role=status]")).ToHaveTextAsync("Melding geregistreerd; regie bij Fatima el Amrani (Veilig Thuis).");
            await Toegankelijkheid.ControleerAsync(vt, "bevestiging");
            var dossier = vt.DossierId();
            Assert.Equal(5, await MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Gezinsleden).CountAsync()));

            // The worker enters the same family again (went back, or a second phone call): the open dossier is shown, no second one is made.
            await NieuweMeldingAsync(vt, "Gezin Vijfhuizen", "Tweede melding van de school.");
            await vt.VulGezinslidAsync(1, "Ties Vijfhuizen", "2014-05-06", "Kind");
            await vt.KlikAsync(AriaRole.Button, "Melding registreren");
            await Assertions.Expect(vt.GetByRole(AriaRole.Link, new() { Name = "Gezin Vijfhuizen" })).ToHaveAttributeAsync("href", $"/Dossiers/{dossier}");
            await Assertions.Expect(vt.GetByLabel("Korte omschrijving")).ToHaveValueAsync("Tweede melding van de school.");
            await Toegankelijkheid.ControleerAsync(vt, "melding-lopend-dossier");
            Assert.Equal(voor + 1, await MetDbAsync(db => db.Dossiers.CountAsync()));

            // Without a choice nothing happens; the question says why, next to the choice, and the input stays.
            await vt.KlikAsync(AriaRole.Button, "Melding registreren");
            await Assertions.Expect(vt.Locator("#Input_Bestemming-fout")).ToContainTextAsync("Kies of de melding bij dat dossier hoort");
            await Assertions.Expect(vt.GetByLabel("Korte omschrijving")).ToHaveValueAsync("Tweede melding van de school.");
            await vt.GetByLabel("Toevoegen aan Gezin Vijfhuizen", new() { Exact = false }).CheckAsync();
            await vt.KlikAsync(AriaRole.Button, "Melding registreren");

            await Assertions.Expect(vt.Kop("Gezin Vijfhuizen")).ToBeVisibleAsync();
            await Assertions.Expect(vt.Locator(".bevestiging[role=status]"))
                .ToHaveTextAsync("Melding toegevoegd aan het dossier Gezin Vijfhuizen; regie blijft bij Fatima el Amrani (Veilig Thuis).");
            await Assertions.Expect(vt.GetByRole(AriaRole.Heading, new() { Name = "Meldingen (2)", Level = 2 })).ToBeVisibleAsync();
            await Assertions.Expect(vt.GetByText("Tweede melding van de school.")).ToBeVisibleAsync();
            await Toegankelijkheid.ControleerAsync(vt, "melding-toegevoegd");
            Assert.Equal(voor + 1, await MetDbAsync(db => db.Dossiers.CountAsync()));
            Assert.Equal((1, 5), await MetDbAsync(async db => (
                await db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.LatereMeldingen).CountAsync(),
                await db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Gezinsleden).CountAsync())));
        });

    [Fact]
    public Task Een_verlopen_formulier_verliest_de_invoer_niet() => Artefacten.ScenarioAsync(nameof(FormulierRobotTests), async paginas =>
    {
        var vt = await app.IngelogdAsync(paginas, "vt@demo.example");
        await NieuweMeldingAsync(vt, "Gezin Verlopen", "Een lang telefoongesprek met de melder; intussen verliep het formulier.");
        await vt.GetByLabel("De melder blijft anoniem naar het gezin").CheckAsync();
        await vt.VulGezinslidAsync(1, "Mo Verlopen", "2015-01-02", "Kind");

        // The token no longer matches (as after signing in again in another tab, or a new key ring).
        await vt.Context.ClearCookiesAsync(new() { Name = "Gezinsveiligheid.Antiforgery" });
        await vt.KlikAsync(AriaRole.Button, "Melding registreren");

        await Assertions.Expect(vt.Kop("Formulier verlopen")).ToBeVisibleAsync();
        await Toegankelijkheid.ControleerAsync(vt, "formulier-verlopen");
        await vt.KlikAsync(AriaRole.Button, "Terug naar het formulier, met uw invoer");
        await Assertions.Expect(vt.Kop("Melding registreren")).ToBeVisibleAsync();
        await Assertions.Expect(vt.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw invoer is teruggezet");
        await Assertions.Expect(vt.GetByLabel("Korte omschrijving")).ToHaveValueAsync("Een lang telefoongesprek met de melder; intussen verliep het formulier.");
        await Assertions.Expect(vt.GetByLabel("De melder blijft anoniem naar het gezin")).ToBeCheckedAsync();
        await Assertions.Expect(vt.GetByRole(AriaRole.Group, new() { Name = "Gezinslid 1" }).GetByLabel("Rol")).ToHaveValueAsync("Kind");

        await vt.KlikAsync(AriaRole.Button, "Melding registreren");
        await Assertions.Expect(vt.Kop("Gezin Verlopen")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Een_te_lange_tekst_wordt_niet_stil_afgekapt_maar_geteld_en_geweigerd_met_behoud() => Artefacten.ScenarioAsync(nameof(FormulierRobotTests), async paginas =>
    {
        var vt = await app.IngelogdAsync(paginas, "vt@demo.example");
        await vt.GotoAsync("/Meldingen/Nieuw");
        var omschrijving = vt.GetByLabel("Korte omschrijving");

        await omschrijving.FillAsync(new string('a', 3_950));
        await Assertions.Expect(vt.Locator("#Input_Omschrijving-teller")).ToHaveTextAsync("Nog 50 tekens");
        await omschrijving.FillAsync(new string('a', 4_010));
        await Assertions.Expect(vt.Locator("#Input_Omschrijving-teller")).ToHaveTextAsync("10 tekens te veel (hoogstens 4000)");
        await Assertions.Expect(omschrijving).ToHaveValueAsync(new string('a', 4_010));

        await vt.KlikAsync(AriaRole.Button, "Melding registreren");
        await Assertions.Expect(vt.Locator("#Input_Omschrijving-fout")).ToHaveTextAsync("Houd de omschrijving korter dan 4000 tekens.");
        await Assertions.Expect(vt.GetByLabel("Korte omschrijving")).ToHaveValueAsync(new string('a', 4_010));
        await Toegankelijkheid.ControleerAsync(vt, "te-lange-tekst");
    });

    [Fact]
    public async Task Een_formulier_boven_de_limiet_van_Kestrel_krijgt_413_met_de_Nederlandse_foutpagina()
    {
        // Kestrel refuses a body over 30 MB as soon as the form is read, from its Content-Length; the in-memory test
        // server has no such limit. The request announces 31 MB and the answer is read before any of it is sent.
        var adres = new Uri(app.Adres);
        var koekjes = new System.Net.CookieContainer();
        using (var browser = new HttpClient(new HttpClientHandler { CookieContainer = koekjes }) { BaseAddress = adres })
        {
            // The antiforgery cookie, so that the check reads the form (without it the request is refused before that).
            (await browser.GetAsync(new Uri("/Account/Login", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        using var verbinding = new System.Net.Sockets.TcpClient();
        await verbinding.ConnectAsync(adres.Host, adres.Port);
        var stroom = verbinding.GetStream();
        var kop = $"POST /Account/Login HTTP/1.1\r\nHost: {adres.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
            $"Cookie: {koekjes.GetCookieHeader(adres)}\r\nContent-Length: {31 * 1024 * 1024}\r\nConnection: close\r\n\r\n";
        await stroom.WriteAsync(System.Text.Encoding.ASCII.GetBytes(kop));

        using var lezer = new StreamReader(stroom, System.Text.Encoding.UTF8);
        var antwoord = await lezer.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 413", antwoord, StringComparison.Ordinal);
        Assert.Contains("Te veel gegevens", antwoord, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vt@demo.example")]
    [InlineData("teamleider@demo.example")]
    public Task De_kop_past_op_een_regel_bij_1280_pixels(string email) => Artefacten.ScenarioAsync(nameof(FormulierRobotTests), async paginas =>
    {
        var pagina = await app.IngelogdAsync(paginas, email);
        var naam = await pagina.Locator(".kop__naam").BoundingBoxAsync();
        var uitloggen = await pagina.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).BoundingBoxAsync();

        // On one row: the sign-out button sits level with the site name, not on a second row below it.
        Assert.True(uitloggen!.Y < naam!.Y + naam.Height, $"Uitloggen staat op y={uitloggen.Y}, onder de naam (y={naam.Y}, hoogte {naam.Height})");
    });

    /// <summary>Opens the melding form and fills everything but the household: the family name, the description and a melder.</summary>
    private static async Task NieuweMeldingAsync(IPage vt, string gezin, string omschrijving)
    {
        await vt.GotoAsync("/Meldingen/Nieuw");
        await vt.GetByLabel("Naam van het dossier").FillAsync(gezin);
        await vt.GetByLabel("Soort zorg").SelectOptionAsync(new SelectOptionValue { Label = "Kindermishandeling" });
        await vt.GetByLabel("Korte omschrijving").FillAsync(omschrijving);
        await vt.GetByLabel("Naam melder", new() { Exact = true }).FillAsync("Meester Jan");
        await vt.GetByLabel("Rol melder").FillAsync("Leerkracht");
        await vt.GetByLabel("Contactgegevens melder").FillAsync("024-123 45 67");
    }

    private async Task<T> MetDbAsync<T>(Func<AppDbContext, Task<T>> actie)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await actie(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
