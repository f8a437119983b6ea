using System.Net;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Mijn werk shows every piece of work that waits for the user, and roles without dossier work start on their own page.</summary>
public class MijnWerkTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Een_niet_nageleefde_voorwaarde_is_een_taak_tot_de_terugmelding_en_de_MDO_actie_van_VT_blijft_daarna_staan()
    {
        var dossier = (await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie)
            .MetAggregaat().ToListAsync())).Single(d => d.NietNageleefdeVoorwaarden.Count > 0);
        var vtActie = dossier.Mdos.SelectMany(m => m.Acties).Single(a => a.EigenaarId == dossier.VtBehandelaarId && a.AfgerondOp is null);
        var casusregisseur = await app.LogInAsync("wijkteam@demo.example");
        var vt = await app.LogInAsync("vt@demo.example");

        Assert.Contains(Taken(await casusregisseur.GetHtmlAsync("/"), dossier.Naam), t => t.Contains("Voorwaarde niet nageleefd: terugmelden aan Veilig Thuis", StringComparison.Ordinal));
        Assert.Contains(Taken(await vt.GetHtmlAsync("/"), dossier.Naam), t => t.Contains($"MDO-actie: {vtActie.Wat}", StringComparison.Ordinal));

        var terug = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier.Id}/Terugmelden");
        await (await terug.Vul("Input.Reden", "Vader houdt zich niet aan de afspraak").Vul("Input.Zorg", "Ruzie in huis").VerstuurAsync()).DoorgestuurdAsync();

        Assert.DoesNotContain(Taken(await casusregisseur.GetHtmlAsync("/"), dossier.Naam), t => t.Contains("Voorwaarde niet nageleefd", StringComparison.Ordinal));
        var vtTaken = Taken(await vt.GetHtmlAsync("/"), dossier.Naam);
        Assert.Contains(vtTaken, t => t.Contains($"MDO-actie: {vtActie.Wat}", StringComparison.Ordinal));
        Assert.Contains(vtTaken, t => t.Contains("Terugmelding: nieuwe veiligheidsbeoordeling doen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("manager@demo.example", "/Dashboard")]
    [InlineData("privacy@demo.example", "/Privacy")]
    public async Task Wie_geen_dossierwerk_heeft_begint_op_de_eigen_startpagina(string email, string start)
    {
        var client = await app.LogInAsync(email);

        var antwoord = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Redirect, start), (antwoord.StatusCode, antwoord.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(start, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task De_beheerder_begint_op_beheer_met_een_passkey_en_anders_op_de_passkeypagina()
    {
        var metCode = await app.LogInAsync("beheerder@demo.example");
        Assert.Equal("/Profiel/Passkeys", (await metCode.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location?.OriginalString);

        var metPasskey = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        Assert.Equal("/Beheer", (await metPasskey.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location?.OriginalString);
    }

    /// <summary>The texts of the user's tasks for one dossier.</summary>
    private static List<string> Taken(AngleSharp.Html.Dom.IHtmlDocument mijnWerk, string dossier) =>
        [.. mijnWerk.QuerySelectorAll("main li, main tr").Where(r => r.TextContent.Contains(dossier, StringComparison.Ordinal)).Select(r => r.TextContent)];
}
