using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// Registering a melding: a family that already has an open dossier is shown, never duplicated silently; the melding
/// joins that dossier or opens a new one, as the worker chooses; a melder may stay anonymous to Veilig Thuis too.
/// </summary>
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

        Assert.StartsWith("Er loopt al een dossier voor iemand uit dit gezin", pagina.QuerySelector("#Input_Bestemming-fout")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(pagina.QuerySelector($"main [role=alert] a[href='/Dossiers/{eerste}']"));
        Assert.Equal([eerste.ToString(), "nieuw"], pagina.QuerySelectorAll("input[name='Input.Bestemming']").Select(i => i.GetAttribute("value")));
        Assert.Equal("Gezin Dubbel-Opnieuw", pagina.QuerySelector("#Input_Naam")!.GetAttribute("value"));
        Assert.Equal(aantal, await app.MetDbAsync(db => db.Dossiers.CountAsync()));

        // The page that showed the open dossier, with everything still typed in: the worker chooses a new dossier and sends it again.
        var metKeuze = await Formulier.VanAsync(vt, await Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Dubbel-Opnieuw", "SAM DUBBEL").VerstuurAsync());
        metKeuze.Kies("Input.Bestemming", "nieuw");
        var nieuw = await DossierAsync(await metKeuze.VerstuurAsync());

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

    [Fact]
    public async Task Een_latere_melding_komt_in_het_lopende_dossier_en_de_casusregisseur_ziet_hem_zonder_de_melder()
    {
        var joris = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync());
        var dossier = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Include(d => d.Gezinsleden)
            .Where(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == joris).OrderBy(d => d.Naam).FirstAsync());
        var kind = dossier.Gezinsleden.OrderBy(g => g.Geboortedatum).Last();
        var (aantal, versie) = (await app.MetDbAsync(db => db.Dossiers.CountAsync()), dossier.Versie);
        var vt = await app.LogInAsync("vt@demo.example");

        // The school reports the same child again, and a baby nobody recorded yet.
        var melding = Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin volgens de school", kind.Naam.ToUpperInvariant(), kind.Geboortedatum)
            .Vul("Input.MelderNaam", "Meester Geheim").Vul("Input.Omschrijving", "Weer blauwe plekken gezien")
            .Vul("Input.Gezinsleden[1].Naam", "Baby Nieuw").Vul("Input.Gezinsleden[1].Geboortedatum", "2026-10-01").Vul("Input.Gezinsleden[1].Rol", "Kind");
        var keuze = await Formulier.VanAsync(vt, await melding.VerstuurAsync());
        keuze.Kies("Input.Bestemming", dossier.Id.ToString());
        var naar = await (await keuze.VerstuurAsync()).DoorgestuurdAsync();

        Assert.StartsWith($"/Dossiers/{dossier.Id}#melding-", naar, StringComparison.Ordinal);
        Assert.StartsWith($"Melding toegevoegd aan het dossier {dossier.Naam}; regie blijft bij Joris Hendriks.",
            (await vt.GetHtmlAsync(naar)).QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        // The same form sent again (back button, double click): no second melding.
        Assert.Equal(naar, await (await keuze.VerstuurAsync()).DoorgestuurdAsync());
        var na = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == dossier.Id));
        Assert.Equal(aantal, await app.MetDbAsync(db => db.Dossiers.CountAsync()));
        Assert.Equal((DossierFase.Casusregie, joris, versie + 1), (na.Fase, na.RegiehouderId, na.Versie));
        Assert.Equal("Meester Geheim", Assert.Single(na.LatereMeldingen).Melding.MelderNaam);
        Assert.Equal(dossier.Gezinsleden.Count + 1, na.Gezinsleden.Count);
        Assert.Contains(na.Gezinsleden, g => g.Naam == "Baby Nieuw");

        // The casusregisseur sees it in Mijn werk and on the dossier page, without who reported it.
        var casusregisseur = await app.LogInAsync("wijkteam@demo.example");
        var mijnWerk = await casusregisseur.GetHtmlAsync("/");
        var nieuweMeldingen = string.Join(' ', mijnWerk.QuerySelector("#kop-nieuwe-meldingen")!.ParentElement!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{dossier.Naam}: nieuwe melding (Kindermishandeling) toegevoegd door Fatima el Amrani", nieuweMeldingen, StringComparison.Ordinal);
        var pagina = (await casusregisseur.GetHtmlAsync($"/Dossiers/{dossier.Id}")).Tekst();
        Assert.Contains("Weer blauwe plekken gezien", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("Meester Geheim", pagina, StringComparison.Ordinal);
        Assert.Contains("Meester Geheim", (await vt.GetHtmlAsync($"/Dossiers/{dossier.Id}")).Tekst(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_melding_voor_een_dossier_dat_niet_bij_het_gezin_hoort_wordt_geweigerd_en_niets_wordt_opgeslagen()
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var eerste = await DossierAsync(await Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Vreemd", "Kim Vreemd").VerstuurAsync());
        var ander = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id != eerste && d.Fase != DossierFase.Afgesloten).Select(d => d.Id).FirstAsync());
        var keuze = await Formulier.VanAsync(vt, await Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Vreemd", "Kim Vreemd").VerstuurAsync());

        // Another family's open dossier, put into the post by hand: the choice must be one of the dossiers found for this family.
        var pagina = await (await keuze.VerstuurMetExtraAsync(new() { ["Input.Bestemming"] = ander.ToString() })).HtmlAsync();

        Assert.StartsWith("Dit dossier loopt niet (meer) voor dit gezin", pagina.QuerySelector("#Input_Bestemming-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("School maakt zich zorgen", pagina.QuerySelector("#Input_Omschrijving")!.TextContent);
        Assert.Equal(0, await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == ander || d.Id == eerste).SelectMany(d => d.LatereMeldingen).CountAsync()));
    }

    internal static Formulier Melding(Formulier formulier, string gezin, string kind, DateOnly? geboren = null) => formulier
        .Vul("Input.Naam", gezin).Vul("Input.SoortZorg", "Kindermishandeling").Vul("Input.Omschrijving", "School maakt zich zorgen")
        .Vul("Input.MelderNaam", "Juf Anna").Vul("Input.MelderRol", "Buurvrouw").Vul("Input.MelderContact", "06-12345678")
        .Vul("Input.Gezinsleden[0].Naam", kind).Vul("Input.Gezinsleden[0].Geboortedatum", (geboren ?? new DateOnly(2017, 3, 4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        .Vul("Input.Gezinsleden[0].Rol", "Kind");

    internal static async Task<Guid> DossierAsync(HttpResponseMessage antwoord) =>
        Guid.Parse((await antwoord.DoorgestuurdAsync()).Split('/')[^1]);
}
