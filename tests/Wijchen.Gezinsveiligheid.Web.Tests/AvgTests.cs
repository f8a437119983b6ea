using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The privacy officer handles inzage and correctie requests through the pages. A family is registered with a melder and
/// a second member whose names are also written into the melding's text; the released export must not contain them.
/// </summary>
public class AvgTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Kind = "Daan Inzagevrager";
    private const string KindBsn = "111222333";
    private const string Moeder = "Petra Geheimhouden";
    private const string MoederBsn = "123456782";
    private const string Melder = "Annabel Meldster";
    private const string MelderTelefoon = "06-98765432";

    [Fact]
    public async Task Een_inzage_wordt_pas_na_beoordeling_vrijgegeven_en_bevat_geen_melder_andere_gezinsleden_of_werkaantekeningen()
    {
        var dossier = await GezinAsync("Gezin Inzagevrager");
        var privacy = await app.LogInAsync("privacy@demo.example");

        var id = await NieuwVerzoekAsync(privacy, "Inzage", KindBsn);
        var pagina = await privacy.GetHtmlAsync($"/Privacy/Verzoeken/{id}");
        var tekst = pagina.Body!.TextContent;
        Assert.Contains(Kind, tekst, StringComparison.Ordinal);
        Assert.Contains($"Dossier {Presentation.Weergave.Kenmerk(dossier)}", tekst, StringComparison.Ordinal);
        foreach (var geheim in new[] { Melder, MelderTelefoon, Moeder, MoederBsn })
        {
            Assert.DoesNotContain(geheim, tekst, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("[melder]", tekst, StringComparison.Ordinal);
        Assert.Contains("[ander gezinslid]", tekst, StringComparison.Ordinal);

        // Releasing before the review is refused, and nothing is released.
        var tevroeg = await (await privacy.PostFormAsync($"/Privacy/Verzoeken/{id}", $"/Privacy/Verzoeken/{id}?handler=Vrijgeven", [])).HtmlAsync();
        Assert.Contains("Beoordeel eerst elk onderdeel", tevroeg.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.MetDbAsync(db => db.Avgverzoeken.Where(v => v.Id == id).Select(v => v.Vrijgegeven).SingleAsync()));

        // Withholding a part needs a reason, next to that part.
        var onderdelen = pagina.QuerySelectorAll("input[name$='.Onderdeel']").Select(i => i.GetAttribute("value")!).ToList();
        var melding = onderdelen.FindIndex(o => o.EndsWith("/melding", StringComparison.Ordinal));
        var velden = new Dictionary<string, string>();
        for (var i = 0; i < onderdelen.Count; i++)
        {
            velden[$"Beoordelingen[{i}].Onderdeel"] = onderdelen[i];
        }

        velden[$"Beoordelingen[{melding}].Achterhouden"] = "true";
        var zonderReden = await (await privacy.PostFormAsync($"/Privacy/Verzoeken/{id}", $"/Privacy/Verzoeken/{id}?handler=Beoordelen", new(velden))).HtmlAsync();
        Assert.StartsWith("Geef bij wat u achterhoudt de reden", zonderReden.Foutbij($"Beoordelingen_{melding}__Reden"), StringComparison.Ordinal);

        // A reason without the box ticked is not taken as "release": the form comes back with what was typed.
        var andere = melding == 0 ? 1 : 0;
        velden[$"Beoordelingen[{andere}].Reden"] = "Twijfel over dit onderdeel";
        var halfBesloten = await (await privacy.PostFormAsync($"/Privacy/Verzoeken/{id}", $"/Privacy/Verzoeken/{id}?handler=Beoordelen", new(velden))).HtmlAsync();
        Assert.StartsWith("U gaf een reden, maar vinkte", halfBesloten.Foutbij($"Beoordelingen_{andere}__Reden"), StringComparison.Ordinal);
        Assert.Equal("Twijfel over dit onderdeel", ((AngleSharp.Html.Dom.IHtmlInputElement)halfBesloten.QuerySelector($"#Beoordelingen_{andere}__Reden")!).Value);
        velden.Remove($"Beoordelingen[{andere}].Reden");

        velden[$"Beoordelingen[{melding}].Reden"] = "AVG art. 15 lid 4: de melding zou de melder herkenbaar maken";
        Assert.Equal(HttpStatusCode.Redirect, (await privacy.PostFormAsync($"/Privacy/Verzoeken/{id}", $"/Privacy/Verzoeken/{id}?handler=Beoordelen", new(velden))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await privacy.PostFormAsync($"/Privacy/Verzoeken/{id}", $"/Privacy/Verzoeken/{id}?handler=Vrijgeven", [])).StatusCode);

        var json = await privacy.GetStringAsync(new Uri($"/Privacy/Verzoeken/{id}?handler=Json", UriKind.Relative));
        var afdruk = (await privacy.GetHtmlAsync($"/Privacy/Verzoeken/{id}/Afdruk")).Body!.TextContent;
        foreach (var vrijgegeven in new[] { json, afdruk })
        {
            Assert.Contains(Kind, vrijgegeven, StringComparison.Ordinal);
            foreach (var geheim in new[] { Melder, MelderTelefoon, Moeder, MoederBsn, "Interne notitie" })
            {
                Assert.DoesNotContain(geheim, vrijgegeven, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("schopt", vrijgegeven, StringComparison.Ordinal);
            Assert.Contains("AVG art. 15 lid 4: de melding zou de melder herkenbaar maken", vrijgegeven, StringComparison.Ordinal);
        }

        using var document = JsonDocument.Parse(json);
        Assert.Equal(onderdelen.Count - 1, document.RootElement.GetProperty("onderdelen").GetArrayLength());
        Assert.DoesNotContain(document.RootElement.GetProperty("onderdelen").EnumerateArray(), o => o.GetProperty("sleutel").GetString()!.EndsWith("/melding", StringComparison.Ordinal));

        var log = await app.MetDbAsync(db => db.Toegangslog.Where(r => r.Onderdeel.StartsWith($"AVG-verzoek {id}")).Select(r => r.Onderdeel + " " + r.Uitkomst).ToListAsync());
        foreach (var stap in new[] { "vastgelegd", "bekeken Toegestaan", "vrijgegeven NietUitgevoerd", "beoordeeld NietUitgevoerd", "beoordeeld Toegestaan", "vrijgegeven Toegestaan", "JSON gedownload Toegestaan", "inzage afgedrukt Toegestaan" })
        {
            Assert.Contains(log, r => r.Contains(stap, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Een_correctie_verandert_via_het_domein_of_komt_als_eigen_verklaring_bij_het_dossier()
    {
        var dossier = await GezinAsync("Gezin Correctievrager", kind: "Saar Correctievrager", kindBsn: "100000009", moederBsn: null);
        var privacy = await app.LogInAsync("privacy@demo.example");
        var lid = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Gezinsleden).Where(g => g.Naam == "Saar Correctievrager").Select(g => g.Id).SingleAsync());

        var toewijzen = await NieuwVerzoekAsync(privacy, "Correctie", "100000009");
        var leeg = await (await privacy.PostFormAsync($"/Privacy/Verzoeken/{toewijzen}", $"/Privacy/Verzoeken/{toewijzen}?handler=Vastleggen", [])).HtmlAsync();
        Assert.Equal("Kies over welk gezinslid in welk dossier het verzoek gaat.", leeg.Foutbij("Correctie_Gezinslid"));
        Assert.Equal("Kies welk gegeven volgens de persoon niet klopt.", leeg.Foutbij("Correctie_Veld"));
        Assert.Equal("Vul in wat het volgens de persoon moet zijn.", leeg.Foutbij("Correctie_GevraagdeWaarde"));

        Assert.Equal(HttpStatusCode.Redirect, (await privacy.PostFormAsync($"/Privacy/Verzoeken/{toewijzen}", $"/Privacy/Verzoeken/{toewijzen}?handler=Vastleggen",
            new() { ["Correctie.Gezinslid"] = lid.ToString(), ["Correctie.Veld"] = "Naam", ["Correctie.GevraagdeWaarde"] = "Sara Correctievrager", ["Correctie.Toelichting"] = "Ik heet Sara, niet Saar." })).StatusCode);
        var zonderBesluit = await (await privacy.PostFormAsync($"/Privacy/Verzoeken/{toewijzen}", $"/Privacy/Verzoeken/{toewijzen}?handler=Besluiten", [])).HtmlAsync();
        Assert.Equal("Kies of u het verzoek toewijst of afwijst.", zonderBesluit.Foutbij("Besluit_Besluit"));
        Assert.Equal(HttpStatusCode.Redirect, (await privacy.PostFormAsync($"/Privacy/Verzoeken/{toewijzen}", $"/Privacy/Verzoeken/{toewijzen}?handler=Besluiten",
            new() { ["Besluit.Besluit"] = "Toegewezen", ["Besluit.Reden"] = "Uittreksel BRP bevestigt de naam Sara." })).StatusCode);

        var na = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == dossier));
        Assert.Equal("Sara Correctievrager", na.Gezinsleden.Single(g => g.Id == lid).Naam);
        Assert.Equal("Gegevens van een gezinslid (Kind) gecorrigeerd op verzoek van de betrokkene (AVG art. 16)", na.Chronologie[^1].Omschrijving);
        Assert.Equal(("Saar Correctievrager", "Sara Correctievrager", Correctiebesluit.Toegewezen),
            await app.MetDbAsync(db => db.Avgverzoeken.Where(v => v.Id == toewijzen).Select(v => ValueTuple.Create(v.OudeWaarde!, v.GevraagdeWaarde!, v.Besluit!.Value)).SingleAsync()));

        var afwijzen = await NieuwVerzoekAsync(privacy, "Correctie", "100000009");
        Assert.Equal(HttpStatusCode.Redirect, (await privacy.PostFormAsync($"/Privacy/Verzoeken/{afwijzen}", $"/Privacy/Verzoeken/{afwijzen}?handler=Vastleggen",
            new() { ["Correctie.Gezinslid"] = lid.ToString(), ["Correctie.Veld"] = "Geboortedatum", ["Correctie.GevraagdeWaarde"] = "4-3-2016", ["Correctie.Toelichting"] = "Ik ben een jaar ouder." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await privacy.PostFormAsync($"/Privacy/Verzoeken/{afwijzen}", $"/Privacy/Verzoeken/{afwijzen}?handler=Besluiten",
            new() { ["Besluit.Besluit"] = "Afgewezen", ["Besluit.Reden"] = "De BRP vermeldt 4 maart 2017." })).StatusCode);
        var verklaring = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Chronologie).OrderBy(c => c.Volgnummer).Select(c => c.Omschrijving).ToListAsync());
        Assert.Equal("Eigen verklaring van een betrokkene (AVG art. 16, correctie afgewezen): geboortedatum is volgens de betrokkene '4-3-2016' in plaats van '4-3-2017'. Toelichting: Ik ben een jaar ouder.", verklaring[^1]);
        Assert.Equal(new DateOnly(2017, 3, 4), await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Gezinsleden).Where(g => g.Id == lid).Select(g => g.Geboortedatum).SingleAsync()));
    }

    [Fact]
    public async Task De_termijn_staat_op_de_startpagina_van_de_privacyfunctionaris_en_kan_een_keer_verlengd_worden()
    {
        var privacy = await app.LogInAsync("privacy@demo.example");
        var leeg = await (await privacy.PostFormAsync("/Privacy/Verzoeken", "/Privacy/Verzoeken", new() { ["Input.OntvangenOp"] = "" })).HtmlAsync();
        Assert.Equal("Kies wat de persoon vraagt: inzage of correctie.", leeg.Foutbij("Input_Recht"));
        Assert.Equal("Vul het BSN in, of anders de volledige naam met de geboortedatum.", leeg.Foutbij("Input_Naam"));
        Assert.StartsWith("Vul in wanneer het verzoek binnenkwam", leeg.Foutbij("Input_OntvangenOp"), StringComparison.Ordinal);
        var fout = await (await privacy.PostFormAsync("/Privacy/Verzoeken", "/Privacy/Verzoeken", new() { ["Input.Recht"] = "Inzage", ["Input.Bsn"] = "123456789", ["Input.OntvangenOp"] = "2026-11-02" })).HtmlAsync();
        Assert.StartsWith("Dit is geen geldig BSN", fout.Foutbij("Input_Bsn"), StringComparison.Ordinal);

        var antwoord = await privacy.PostFormAsync("/Privacy/Verzoeken", "/Privacy/Verzoeken",
            new() { ["Input.Recht"] = "Inzage", ["Input.Naam"] = "Termijn Testpersoon", ["Input.Geboortedatum"] = "1990-05-06", ["Input.OntvangenOp"] = "2026-11-02" });
        var id = Guid.Parse(antwoord.Headers.Location!.OriginalString.Split('/')[^1]);
        var start = (await privacy.GetHtmlAsync("/Privacy")).QuerySelector("#kop-verzoeken")!.ParentElement!.TextContent;
        Assert.Contains("2 december 2026", start, StringComparison.Ordinal);
        Assert.Contains("Termijn Testpersoon, geboren 6 mei 1990", start, StringComparison.Ordinal);

        var kort = await (await privacy.PostFormAsync($"/Privacy/Verzoeken/{id}", $"/Privacy/Verzoeken/{id}?handler=Verlengen", new() { ["Verlengingsreden"] = "kort" })).HtmlAsync();
        Assert.StartsWith("Schrijf op waarom meer tijd nodig is", kort.Foutbij("Verlengingsreden"), StringComparison.Ordinal);
        await privacy.PostFormAsync($"/Privacy/Verzoeken/{id}", $"/Privacy/Verzoeken/{id}?handler=Verlengen", new() { ["Verlengingsreden"] = "Het dossier is omvangrijk en bevat gegevens van derden." });
        Assert.Equal(new DateOnly(2027, 2, 2), await app.MetDbAsync(db => db.Avgverzoeken.Where(v => v.Id == id).Select(v => v.Uiterlijk).SingleAsync()));
        Assert.Contains("2 februari 2027", (await privacy.GetHtmlAsync("/Privacy")).QuerySelector("#kop-verzoeken")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<Guid> NieuwVerzoekAsync(HttpClient privacy, string recht, string bsn)
    {
        var antwoord = await privacy.PostFormAsync("/Privacy/Verzoeken", "/Privacy/Verzoeken", new() { ["Input.Recht"] = recht, ["Input.Bsn"] = bsn, ["Input.OntvangenOp"] = "2026-11-16" });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return Guid.Parse(antwoord.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>A family registered by VT: the child, and (optionally) a mother whose name and the melder's are also in the text.</summary>
    private async Task<Guid> GezinAsync(string gezin, string kind = Kind, string kindBsn = KindBsn, string? moederBsn = MoederBsn)
    {
        var vt = await app.LogInAsync("vt@demo.example");
        var formulier = MeldingTests.Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), gezin, kind)
            .Vul("Input.MelderNaam", Melder).Vul("Input.MelderContact", MelderTelefoon)
            .Vul("Input.Omschrijving", $"{Melder} ({MelderTelefoon}) belde: moeder {Moeder} schopt het kind.")
            .Vul("Input.Gezinsleden[0].Bsn", kindBsn);
        if (moederBsn is not null)
        {
            formulier.Vul("Input.Gezinsleden[1].Naam", Moeder).Vul("Input.Gezinsleden[1].Geboortedatum", "1985-01-02").Vul("Input.Gezinsleden[1].Rol", "OuderVerzorger")
                .Vul("Input.Gezinsleden[1].Bsn", moederBsn);
        }

        return await MeldingTests.DossierAsync(await formulier.VerstuurAsync());
    }
}
