using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Web.Bijlagen;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// Attachments through the pages, with a real clamd: what is stored (encrypted, hashed), who can download it and how,
/// and every refusal — each of which stores nothing.
/// </summary>
public class BijlageTests(BijlageFactory app) : IClassFixture<BijlageFactory>
{
    private static readonly Dictionary<string, string> Velden = new()
    {
        ["Input.Categorie"] = nameof(Bijlagecategorie.Rapportage), ["Input.Beschrijving"] = "Rapportage van de school over Noa, oktober", ["Input.Onderdeel"] = "",
    };

    [Fact]
    public async Task Een_schone_pdf_wordt_versleuteld_bewaard_en_alleen_de_eigen_teams_krijgen_hem_als_download()
    {
        var dossier = await app.CentrumDossierAsync();
        var joris = await app.LogInAsync("wijkteam@demo.example");
        var inhoud = Testbestanden.Pdf("Vertrouwelijk: verslag over Noa");

        var antwoord = await joris.UploadAsync($"/Dossiers/{dossier}/Bijlagen", $"/Dossiers/{dossier}/Bijlagen", new(Velden), "Input.Bestand", "..\\..\\Verslag school.exe.pdf", inhoud);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var bijlage = await app.MetDbAsync(db => db.Bijlagen.AsNoTracking().Include(b => b.Versies).SingleAsync(b => b.DossierId == dossier && b.Beschrijving == Velden["Input.Beschrijving"]));
        var versie = Assert.Single(bijlage.Versies);
        Assert.Equal(("Verslag school.exe.pdf", Bestandssoort.Pdf, inhoud.LongLength, Convert.ToHexStringLower(SHA256.HashData(inhoud))),
            (versie.Bestandsnaam, versie.Soort, versie.Grootte, versie.Sha256));
        // On disk under a random name, and not readable: the text of the document is not in the file.
        var opgeslagen = await File.ReadAllBytesAsync(Path.Combine(app.Bijlagemap, versie.Opslagnaam!));
        Assert.DoesNotContain("Vertrouwelijk", Encoding.ASCII.GetString(opgeslagen), StringComparison.Ordinal);
        Assert.NotEqual(inhoud.Length, opgeslagen.Length);
        Assert.DoesNotContain("Verslag", versie.Opslagnaam!, StringComparison.Ordinal);
        // Outside the web root: no static-file URL can reach the stored file.
        var webroot = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().WebRootPath;
        Assert.False(Path.GetFullPath(app.Bijlagemap).StartsWith(Path.GetFullPath(webroot), StringComparison.Ordinal), $"{app.Bijlagemap} ligt onder {webroot}");

        // The chronology and the dossier page list it.
        var pagina = await joris.GetHtmlAsync($"/Dossiers/{dossier}");
        Assert.Contains("Bijlage toegevoegd (Rapportage of onderzoek): Rapportage van de school over Noa, oktober", pagina.QuerySelector("#kop-chronologie")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var link = pagina.QuerySelector($"a[href*='handler=Download'][href*='{bijlage.Id}']")!.GetAttribute("href")!;

        var download = await joris.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(inhoud, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Verslag school.exe.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Contains("no-store", download.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(await app.MetDbAsync(db => db.Toegangslog.AnyAsync(r => r.DossierId == dossier && r.Onderdeel == $"Bijlage gedownload: {bijlage.Id} versie 1" && r.Uitkomst == Toegangsuitkomst.Toegestaan)));

        // Another team, a manager and a wrong dossier in the address: not found, and logged as refused.
        foreach (var ander in new[] { "wijkteam2@demo.example", "manager@demo.example" })
        {
            var client = await app.LogInAsync(ander);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/Dossiers/{dossier}/Bijlagen/{bijlage.Id}", UriKind.Relative))).StatusCode);
        }

        var anderDossier = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id != dossier && d.WijkteamId == Demo.DemoSeeder.WijkteamCentrum).Select(d => d.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await joris.GetAsync(new Uri(link.Replace(dossier.ToString(), anderDossier.ToString(), StringComparison.Ordinal), UriKind.Relative))).StatusCode);
        Assert.True(await app.MetDbAsync(db => db.Toegangslog.AnyAsync(r => r.DossierId == dossier && r.Onderdeel.StartsWith("Bijlage gedownload") && r.Uitkomst == Toegangsuitkomst.Geweigerd)));

        // A stored file that was tampered with is never served.
        opgeslagen[^1] ^= 0x01;
        await File.WriteAllBytesAsync(Path.Combine(app.Bijlagemap, versie.Opslagnaam!), opgeslagen);
        Assert.Equal(HttpStatusCode.Gone, (await joris.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Elke_weigering_staat_bij_het_bestandsveld_houdt_de_invoer_en_bewaart_niets()
    {
        var dossier = await app.CentrumDossierAsync();
        var vt = await app.LogInAsync("vt@demo.example");
        var pagina = $"/Dossiers/{dossier}/Bijlagen";
        var voor = await TelAsync(dossier);

        var gevallen = new (string Naam, byte[]? Inhoud, string Verwacht)[]
        {
            ("eicar.pdf", Testbestanden.PdfMetEicar(), "De virusscanner vond schadelijke inhoud"),
            ("programma.pdf", [0x4D, 0x5A, 0x90, 0x00, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode")], "Dit bestand is geen PDF, DOCX, XLSX, ODT, JPG of PNG"),
            ("macro.docx", Testbestanden.Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro")), "Dit bestand is geen PDF"),
            ("groot.pdf", [.. Testbestanden.Pdf(), .. new byte[25 * 1024 * 1024]], "de grens is 25 MB"),
            ("leeg.pdf", [], "Kies een bestand"),
            ("geen", null, "Kies een bestand"),
        };
        foreach (var (naam, inhoud, verwacht) in gevallen)
        {
            var antwoord = await vt.UploadAsync(pagina, pagina, new(Velden), "Input.Bestand", naam, inhoud);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            var terug = await antwoord.HtmlAsync();
            Assert.Contains(verwacht, terug.Foutbij("Input_Bestand"), StringComparison.Ordinal);
            Assert.Equal(Velden["Input.Beschrijving"], ((AngleSharp.Html.Dom.IHtmlInputElement)terug.QuerySelector("#Input_Beschrijving")!).Value);
            Assert.Equal("Rapportage", ((AngleSharp.Html.Dom.IHtmlSelectElement)terug.QuerySelector("#Input_Categorie")!).Value);
        }

        // Description and kind are required too, next to their own fields; the file is asked for again.
        var zonder = await (await vt.UploadAsync(pagina, pagina, new() { ["Input.Categorie"] = "", ["Input.Beschrijving"] = " " }, "Input.Bestand", "brief.pdf", Testbestanden.Pdf())).HtmlAsync();
        Assert.Equal("Kies wat voor document dit is.", zonder.Foutbij("Input_Categorie"));
        Assert.Equal("Beschrijf in een zin wat er in het document staat.", zonder.Foutbij("Input_Beschrijving"));
        Assert.Equal("Kies het bestand opnieuw: de browser stuurt het niet mee terug.", zonder.Foutbij("Input_Bestand"));

        Assert.Equal(voor, await TelAsync(dossier));
        Assert.True(await app.MetDbAsync(db => db.Toegangslog.AnyAsync(r => r.DossierId == dossier && r.Onderdeel == "Bijlage toevoegen" && r.Uitkomst == Toegangsuitkomst.NietUitgevoerd)));
    }

    [Fact]
    public async Task Een_nieuwe_versie_houdt_de_oude_en_verwijderen_vraagt_een_reden_en_vernietigt_de_bestanden()
    {
        var dossier = await app.CentrumDossierAsync();
        var marieke = await app.LogInAsync("teamleider@demo.example");
        var velden = new Dictionary<string, string>(Velden) { ["Input.Beschrijving"] = "Brief van de huisarts", ["Input.Categorie"] = nameof(Bijlagecategorie.Brief) };
        Assert.Equal(HttpStatusCode.Redirect, (await marieke.UploadAsync($"/Dossiers/{dossier}/Bijlagen", $"/Dossiers/{dossier}/Bijlagen", velden, "Input.Bestand", "brief.docx", Testbestanden.Docx())).StatusCode);
        var bijlage = await app.MetDbAsync(db => db.Bijlagen.Where(b => b.DossierId == dossier && b.Beschrijving == "Brief van de huisarts").Select(b => b.Id).SingleAsync());
        var pagina = $"/Dossiers/{dossier}/Bijlagen/{bijlage}";

        var tweede = Testbestanden.Pdf("Tweede versie");
        Assert.Equal(HttpStatusCode.Redirect, (await marieke.UploadAsync(pagina, pagina + "?handler=Vervangen", [], "Bestand", "brief-v2.pdf", tweede)).StatusCode);
        var versies = await app.MetDbAsync(db => db.Set<Bijlageversie>().AsNoTracking().Where(v => v.BijlageId == bijlage).OrderBy(v => v.Nummer).ToListAsync());
        Assert.Equal([(1, "brief.docx", Bestandssoort.Docx), (2, "brief-v2.pdf", Bestandssoort.Pdf)], versies.Select(v => (v.Nummer, v.Bestandsnaam, v.Soort)));
        Assert.Equal(Testbestanden.Docx().Length, (await marieke.GetByteArrayAsync(new Uri($"{pagina}?handler=Download&versie=1", UriKind.Relative))).Length);
        Assert.Equal(tweede, await marieke.GetByteArrayAsync(new Uri($"{pagina}?handler=Download&versie=2", UriKind.Relative)));

        var zonderReden = await marieke.PostFormAsync(pagina, pagina + "?handler=Verwijderen", new() { ["Reden"] = "" });
        Assert.Equal("Schrijf op waarom de bijlage weg moet (minstens 10 tekens), bijvoorbeeld: hoort bij een ander gezin.", (await zonderReden.HtmlAsync()).Foutbij("Reden"));
        Assert.All(versies, v => Assert.True(File.Exists(Path.Combine(app.Bijlagemap, v.Opslagnaam!))));

        Assert.Equal(HttpStatusCode.Redirect, (await marieke.PostFormAsync(pagina, pagina + "?handler=Verwijderen", new() { ["Reden"] = "Hoort bij een ander gezin, per ongeluk toegevoegd" })).StatusCode);
        Assert.All(versies, v => Assert.False(File.Exists(Path.Combine(app.Bijlagemap, v.Opslagnaam!))));
        var verwijderd = await app.MetDbAsync(db => db.Bijlagen.AsNoTracking().Include(b => b.Versies).SingleAsync(b => b.Id == bijlage));
        Assert.Equal(("Marieke van den Broek", "Hoort bij een ander gezin, per ongeluk toegevoegd"), (verwijderd.VerwijderdDoorNaam, verwijderd.VerwijderReden));
        Assert.All(verwijderd.Versies, v => Assert.Equal((null, null), (v.Opslagnaam, v.Sleutel)));
        Assert.Equal(HttpStatusCode.NotFound, (await marieke.GetAsync(new Uri($"{pagina}?handler=Download&versie=2", UriKind.Relative))).StatusCode);
        Assert.Contains("Bijlage verwijderd (Brief): Brief van de huisarts. Reden: Hoort bij een ander gezin", (await marieke.GetHtmlAsync($"/Dossiers/{dossier}/Chronologie")).Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.MetDbAsync(db => db.Toegangslog.AnyAsync(r => r.DossierId == dossier && r.Onderdeel == "Bijlage verwijderd" && r.Soort == Toegangssoort.Wijzigen)));
    }

    [Fact]
    public async Task Wie_het_dossier_alleen_mag_lezen_krijgt_geen_formulier_en_een_post_wordt_geweigerd()
    {
        var dossier = await app.CentrumDossierAsync();
        var privacy = await app.LogInAsync("privacy@demo.example");
        Assert.Equal(HttpStatusCode.NotFound, (await privacy.GetAsync(new Uri($"/Dossiers/{dossier}/Bijlagen", UriKind.Relative))).StatusCode);

        var afgesloten = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == Domain.DossierFase.Afgesloten).Select(d => d.Id).FirstAsync());
        var vt = await app.LogInAsync("vt@demo.example");
        var pagina = await vt.GetHtmlAsync($"/Dossiers/{afgesloten}/Bijlagen");
        Assert.Null(pagina.QuerySelector("input[type=file]"));
        Assert.Contains("Dit dossier is afgesloten", pagina.Body!.TextContent, StringComparison.Ordinal);
    }

    private Task<(int Rijen, int Bestanden)> TelAsync(Guid dossier) => app.MetDbAsync(async db =>
        (await db.Bijlagen.CountAsync(b => b.DossierId == dossier), Directory.Exists(app.Bijlagemap) ? Directory.GetFiles(app.Bijlagemap).Length : 0));
}

/// <summary>With the scanner down nothing is stored: the upload is refused with a message that says to try again.</summary>
public class BijlageScannerWegTests
{
    [Fact]
    public async Task Zonder_bereikbare_virusscanner_wordt_niets_bewaard()
    {
        await using var app = new BijlageFactory();
        await app.InitializeAsync();
        var dossier = await app.CentrumDossierAsync();
        var joris = await app.LogInAsync("wijkteam@demo.example");
        var pagina = $"/Dossiers/{dossier}/Bijlagen";
        var velden = new Dictionary<string, string> { ["Input.Categorie"] = "Brief", ["Input.Beschrijving"] = "Brief van de school" };
        Assert.Equal(HttpStatusCode.Redirect, (await joris.UploadAsync(pagina, pagina, new(velden), "Input.Bestand", "een.pdf", Testbestanden.Pdf())).StatusCode);

        await app.Clamd.StopAsync();
        var antwoord = await joris.UploadAsync(pagina, pagina, new(velden), "Input.Bestand", "twee.pdf", Testbestanden.Pdf("twee"));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.StartsWith("De virusscanner is nu niet bereikbaar", (await antwoord.HtmlAsync()).Foutbij("Input_Bestand"), StringComparison.Ordinal);
        Assert.Equal(1, await app.MetDbAsync(db => db.Bijlagen.CountAsync(b => b.DossierId == dossier)));
        Assert.Single(Directory.GetFiles(app.Bijlagemap));
    }
}

/// <summary>The type is decided by content; names are cleaned.</summary>
public class BestandssoortTests
{
    public static TheoryData<string, byte[], Bestandssoort?> Bestanden => new()
    {
        { "pdf", Testbestanden.Pdf(), Bestandssoort.Pdf },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], Bestandssoort.Png },
        { "jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16], Bestandssoort.Jpeg },
        { "docx", Testbestanden.Docx(), Bestandssoort.Docx },
        { "xlsx", Testbestanden.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), Bestandssoort.Xlsx },
        { "odt", Testbestanden.Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office/>")), Bestandssoort.Odt },
        { "ods is geen odt", Testbestanden.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")), null },
        { "docm", Testbestanden.Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "x")), null },
        { "zip", Testbestanden.Zip(("foto.exe", "MZ")), null },
        { "html", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), null },
        { "kapotte zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], null },
    };

    [Theory]
    [MemberData(nameof(Bestanden))]
    public void De_inhoud_bepaalt_de_soort(string omschrijving, byte[] inhoud, Bestandssoort? verwacht)
    {
        Assert.NotNull(omschrijving);
        Assert.Equal(verwacht, Bestandssoorten.Herken(inhoud));
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", Bestandssoort.Pdf, "passwd.pdf")]
    [InlineData("C:\\Users\\joris\\rapport.exe", Bestandssoort.Pdf, "rapport.pdf")]
    [InlineData("foto<script>.png", Bestandssoort.Jpeg, "foto_script_.jpg")]
    [InlineData("   ", Bestandssoort.Docx, "bijlage.docx")]
    [InlineData("verslag\u0000\u001b.pdf", Bestandssoort.Pdf, "verslag__.pdf")]
    public void Namen_worden_schoongemaakt_en_krijgen_de_extensie_van_hun_inhoud(string naam, Bestandssoort soort, string verwacht) =>
        Assert.Equal(verwacht, Bestandssoorten.SchoneNaam(naam, soort));
}
