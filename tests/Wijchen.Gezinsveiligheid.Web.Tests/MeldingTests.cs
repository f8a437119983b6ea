using Microsoft.EntityFrameworkCore;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Registering a melding: a family that already has an open dossier is shown, never duplicated silently; a melder may stay anonymous to Veilig Thuis too.</summary>
public class MeldingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Een_gezin_met_een_lopend_dossier_krijgt_dat_te_zien_en_pas_na_bevestiging_een_tweede()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var eerste = await DossierAsync(await Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Dubbel", "Sam Dubbel").VerstuurAsync());
        var aantal = await app.MetDbAsync(db => db.Dossiers.CountAsync());

        // The same child, typed in capitals in another family name: same name and birth date.
        var tweede = Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Dubbel-Opnieuw", "SAM DUBBEL");
        var pagina = await (await tweede.VerstuurAsync()).HtmlAsync();

        Assert.StartsWith("Er loopt al een dossier voor iemand uit dit gezin", pagina.QuerySelector("#Input_NieuwDossierBevestigd-fout")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(pagina.QuerySelector($"main [role=alert] a[href='/Dossiers/{eerste}']"));
        Assert.Equal("Gezin Dubbel-Opnieuw", pagina.QuerySelector("#Input_Naam")!.GetAttribute("value"));
        Assert.Equal(aantal, await app.MetDbAsync(db => db.Dossiers.CountAsync()));

        // The page that showed the open dossier, with everything still typed in: the worker ticks the box and sends it again.
        var metVinkje = await Formulier.VanAsync(vt, await Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Dubbel-Opnieuw", "SAM DUBBEL").VerstuurAsync());
        metVinkje.Kies("Input.NieuwDossierBevestigd", "true");
        var nieuw = await DossierAsync(await metVinkje.VerstuurAsync());

        Assert.NotEqual(eerste, nieuw);
        Assert.Equal(aantal + 1, await app.MetDbAsync(db => db.Dossiers.CountAsync()));
    }

    [Fact]
    public async Task Een_melder_die_ook_voor_Veilig_Thuis_anoniem_blijft_wordt_zonder_naam_vastgelegd()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var melding = Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Anoniem", "Lot Anoniem")
            .Vul("Input.MelderNaam", "Naam die niet bewaard mag worden").Vul("Input.MelderContact", "").Kies("Input.MelderAnoniemVoorVeiligThuis", "true");

        var id = await DossierAsync(await melding.VerstuurAsync());

        var dossier = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal(("", "", true, true), (dossier.Melding.MelderNaam, dossier.Melding.MelderContact, dossier.Melding.MelderAnoniemVoorVeiligThuis, dossier.Melding.MelderAnoniemNaarGezin));
        var tekst = (await vt.GetHtmlAsync($"/Dossiers/{id}")).Tekst();
        Assert.Contains("Anoniem, ook voor Veilig Thuis (Buurvrouw)", tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Naam die niet bewaard mag worden", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_vinkje_blijft_de_naam_van_de_melder_verplicht()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var melding = Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Bekend", "Ivo Bekend").Vul("Input.MelderNaam", "");

        var pagina = await (await melding.VerstuurAsync()).HtmlAsync();

        Assert.StartsWith("Vul de naam van de melder in", pagina.QuerySelector("#Input_MelderNaam-fout")!.TextContent, StringComparison.Ordinal);
    }

    private static Formulier Melding(Formulier formulier, string gezin, string kind) => formulier
        .Vul("Input.Naam", gezin).Vul("Input.SoortZorg", "Kindermishandeling").Vul("Input.Omschrijving", "School maakt zich zorgen")
        .Vul("Input.MelderNaam", "Juf Anna").Vul("Input.MelderRol", "Buurvrouw").Vul("Input.MelderContact", "06-12345678")
        .Vul("Input.Gezinsleden[0].Naam", kind).Vul("Input.Gezinsleden[0].Geboortedatum", "2017-03-04").Vul("Input.Gezinsleden[0].Rol", "Kind");

    private static async Task<Guid> DossierAsync(HttpResponseMessage antwoord) =>
        Guid.Parse((await antwoord.DoorgestuurdAsync()).Split('/')[^1]);
}
