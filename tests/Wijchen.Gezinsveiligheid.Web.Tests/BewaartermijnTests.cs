using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Jobs;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Closed dossiers are destroyed whole once their retention period has passed, and the access log says so.</summary>
public class BewaartermijnTests
{
    [Fact]
    public async Task Een_afgesloten_dossier_verdwijnt_helemaal_na_de_bewaartermijn_en_niet_eerder()
    {
        await using var app = new AppFactory();
        var afgesloten = await app.MetDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.Afgesloten && d.Gezinsleden.Any(g => g.Rol == GezinslidRol.Kind)).Select(d => new { d.Id, d.AfgeslotenOp }).FirstAsync());
        var open = await app.MetDbAsync(db => db.Dossiers.CountAsync(d => d.Fase != DossierFase.Afgesloten));

        app.Klok.Nu = afgesloten.AfgeslotenOp!.Value.AddYears(20).AddDays(-1);
        Assert.Equal(0, await VernietigAsync(app));
        Assert.True(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Id == afgesloten.Id)));

        app.Klok.Nu = afgesloten.AfgeslotenOp.Value.AddYears(20).AddDays(1);
        Assert.True(await VernietigAsync(app) >= 1);

        Assert.False(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Id == afgesloten.Id)));
        Assert.Equal(0, await RijenAsync<Gezinslid>(app, afgesloten.Id));
        Assert.Equal(0, await RijenAsync<ChronologieItem>(app, afgesloten.Id));
        Assert.Equal(0, await RijenAsync<Veiligheidsbeoordeling>(app, afgesloten.Id));
        Assert.Equal(0, await RijenAsync<Overdracht>(app, afgesloten.Id));
        Assert.Equal(0, await RijenAsync<RegieWissel>(app, afgesloten.Id));

        Assert.Equal(open, await app.MetDbAsync(db => db.Dossiers.CountAsync(d => d.Fase != DossierFase.Afgesloten)));
        var regel = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().SingleAsync(r => r.DossierId == afgesloten.Id && r.Soort == Toegangssoort.Wijzigen));
        Assert.Equal((Bewaartermijnen.Uitvoerder, "Systeem", "Bewaartermijn verstreken: dossier vernietigd"), (regel.GebruikerNaam, regel.Rol, regel.Onderdeel));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<Toegangslog>().ControleerAsync()).Intact);
    }

    [Fact]
    public async Task Een_kortere_bewaartermijn_voor_dossiers_zonder_kind_raakt_dossiers_met_een_kind_niet()
    {
        await using var app = new AppFactory();
        var metKind = await app.MetDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.Afgesloten && d.Gezinsleden.Any(g => g.Rol == GezinslidRol.Kind)).Select(d => new { d.Id, d.AfgeslotenOp }).FirstAsync());
        app.Services.GetRequiredService<Termijnberekening>().Vervang(new TermijnInstellingen { BewaarJarenOverig = 1 });

        app.Klok.Nu = metKind.AfgeslotenOp!.Value.AddYears(2);
        await VernietigAsync(app);

        Assert.True(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Id == metKind.Id)));
    }

    [Fact]
    public async Task Een_bewaarplicht_houdt_het_dossier_vast_tot_de_privacyfunctionaris_haar_opheft()
    {
        await using var app = new AppFactory();
        var afgesloten = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Fase == DossierFase.Afgesloten).Select(d => new { d.Id, d.AfgeslotenOp }).FirstAsync());
        var kenmerk = Presentation.Weergave.Kenmerk(afgesloten.Id);
        var privacy = await app.LogInAsync("privacy@demo.example");

        var leeg = await (await privacy.PostFormAsync("/Privacy/Bewaarplicht", "/Privacy/Bewaarplicht", [])).HtmlAsync();
        Assert.StartsWith("Vul het kenmerk van het dossier in", leeg.Foutbij("Input_Kenmerk"), StringComparison.Ordinal);
        Assert.Equal("Kies waarom de bewaartermijn wordt opgeschort.", leeg.Foutbij("Input_Grond"));
        Assert.StartsWith("Beschrijf de reden in minstens 10 tekens", leeg.Foutbij("Input_Reden"), StringComparison.Ordinal);
        var onbekend = await (await privacy.PostFormAsync("/Privacy/Bewaarplicht", "/Privacy/Bewaarplicht",
            new() { ["Input.Kenmerk"] = "ABCDEF123456", ["Input.Grond"] = "Klacht", ["Input.Reden"] = "Klacht 2026-014 van de moeder" })).HtmlAsync();
        Assert.StartsWith("Er is geen dossier met dit kenmerk", onbekend.Foutbij("Input_Kenmerk"), StringComparison.Ordinal);
        Assert.Equal("Klacht 2026-014 van de moeder", onbekend.QuerySelector("#Input_Reden")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await privacy.PostFormAsync("/Privacy/Bewaarplicht", "/Privacy/Bewaarplicht",
            new() { ["Input.Kenmerk"] = kenmerk.ToLowerInvariant(), ["Input.Grond"] = "Klacht", ["Input.Reden"] = "Klacht 2026-014 van de moeder" })).StatusCode);
        var lijst = (await privacy.GetHtmlAsync("/Privacy/Bewaarplicht")).Body!.TextContent;
        Assert.Contains(kenmerk, lijst, StringComparison.Ordinal);
        Assert.Contains("Klacht 2026-014 van de moeder", lijst, StringComparison.Ordinal);
        var dubbel = await (await privacy.PostFormAsync("/Privacy/Bewaarplicht", "/Privacy/Bewaarplicht",
            new() { ["Input.Kenmerk"] = kenmerk, ["Input.Grond"] = "Inspectie", ["Input.Reden"] = "Onderzoek van de inspectie" })).HtmlAsync();
        Assert.StartsWith("Voor dit dossier is de bewaartermijn al opgeschort", dubbel.Foutbij("Input_Kenmerk"), StringComparison.Ordinal);

        app.Klok.Nu = afgesloten.AfgeslotenOp!.Value.AddYears(21);
        Assert.True(await VernietigAsync(app) >= 1);
        Assert.True(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Id == afgesloten.Id)), "een dossier met een bewaarplicht werd vernietigd");
        Assert.False(await app.MetDbAsync(db => db.Vernietigingen.AnyAsync(v => v.Kenmerk == kenmerk)));

        privacy = await app.LogInAsync("privacy@demo.example");
        var bewaarplicht = await app.MetDbAsync(db => db.Bewaarplichten.Where(b => b.DossierId == afgesloten.Id).Select(b => b.Id).SingleAsync());
        var zonderReden = await (await privacy.PostFormAsync($"/Privacy/Bewaarplicht/{bewaarplicht}", $"/Privacy/Bewaarplicht/{bewaarplicht}", new() { ["Reden"] = "" })).HtmlAsync();
        Assert.StartsWith("Beschrijf in minstens 10 tekens waarom de opschorting eindigt", zonderReden.Foutbij("Reden"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await privacy.PostFormAsync($"/Privacy/Bewaarplicht/{bewaarplicht}", $"/Privacy/Bewaarplicht/{bewaarplicht}",
            new() { ["Reden"] = "Klacht afgehandeld en niet gegrond verklaard" })).StatusCode);

        Assert.Equal(1, await VernietigAsync(app));
        Assert.False(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Id == afgesloten.Id)));
        var verklaring = await app.MetDbAsync(db => db.Vernietigingen.AsNoTracking().SingleAsync(v => v.Kenmerk == kenmerk));
        Assert.Equal((app.Klok.Nu, DateOnly.FromDateTime(afgesloten.AfgeslotenOp.Value.UtcDateTime)), (verklaring.VernietigdOp, verklaring.AfgeslotenOp));
        Assert.StartsWith("Bewaartermijn verstreken: 20 jaar na afsluiting", verklaring.Grond, StringComparison.Ordinal);
        Assert.Contains(kenmerk, (await privacy.GetHtmlAsync("/Privacy/Bewaarplicht")).QuerySelector("#kop-vernietigd")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var log = await app.MetDbAsync(db => db.Toegangslog.Where(r => r.DossierId == afgesloten.Id).Select(r => r.Onderdeel).ToListAsync());
        Assert.Contains("Bewaarplicht opgeschort: Klacht", log);
        Assert.Contains("Bewaarplicht opgeheven", log);
    }

    [Fact]
    public async Task Het_rapport_over_vorige_jaren_is_na_vernietiging_hetzelfde_en_de_bijlagen_zijn_weg()
    {
        await using var app = new BijlageFactory();
        await app.InitializeAsync();
        var afgesloten = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Fase == DossierFase.Afgesloten).Select(d => new { d.Id, d.AfgeslotenOp }).ToListAsync());
        Assert.True(afgesloten.Count >= 2, "de demo heeft te weinig afgesloten dossiers om de vernietiging te toetsen");
        Assert.True(await app.MetDbAsync(db => db.Set<Overdracht>().CountAsync(o => afgesloten.Select(a => a.Id).Contains(EF.Property<Guid>(o, "DossierId")))) > 0,
            "de afgesloten dossiers hebben geen overdrachten: dan toetst het rapport niets");

        // A file on one of them, put there while it was still readable (directly: the dossier is closed for uploads).
        var metBijlage = afgesloten[0].Id;
        string opslagnaam;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var beheer = scope.ServiceProvider.GetRequiredService<Bijlagen.Bijlagebeheer>();
            var bijlage = new Bijlage { Id = Guid.NewGuid(), DossierId = metBijlage, Categorie = Bijlagecategorie.Verslag, Beschrijving = "Verslag", ToegevoegdOp = app.Klok.Nu, ToegevoegdDoorNaam = "Test" };
            var versie = await beheer.MaakVersieAsync(bijlage, new(null, Testbestanden.Pdf()), new(Bestandssoort.Pdf, "verslag.pdf", null), "Test");
            opslagnaam = versie.Opslagnaam!;
            db.Bijlagen.Add(bijlage);
            await db.SaveChangesAsync();
        }

        // The report over the dossiers' whole lifetime, computed on the same day before and after their destruction.
        app.Klok.Nu = afgesloten.Max(a => a.AfgeslotenOp!.Value).AddYears(21);
        var manager = await app.LogInAsync("manager@demo.example");
        var adres = new Uri("/Dashboard/Rapport?handler=Csv&van=2024-01-01&tot=2026-12-31", UriKind.Relative);
        var voor = await manager.GetStringAsync(adres);
        var perTeam = await manager.GetStringAsync(new Uri($"/Dashboard/Rapport?handler=Csv&van=2024-01-01&tot=2026-12-31&team={Demo.DemoSeeder.WijkteamCentrum}", UriKind.Relative));

        Assert.Equal(afgesloten.Count, await VernietigAsync(app));

        Assert.Equal(0, await app.MetDbAsync(db => db.Dossiers.CountAsync(d => d.Fase == DossierFase.Afgesloten)));
        Assert.True(await app.MetDbAsync(db => db.Statistiekoverdrachten.CountAsync()) > 0);
        Assert.Equal(voor, await manager.GetStringAsync(adres));
        Assert.Equal(perTeam, await manager.GetStringAsync(new Uri($"/Dashboard/Rapport?handler=Csv&van=2024-01-01&tot=2026-12-31&team={Demo.DemoSeeder.WijkteamCentrum}", UriKind.Relative)));
        Assert.Contains("Doorlooptijd", voor, StringComparison.Ordinal);

        Assert.False(File.Exists(Path.Combine(app.Bijlagemap, opslagnaam)));
        Assert.Equal(0, await app.MetDbAsync(db => db.Bijlagen.CountAsync(b => b.DossierId == metBijlage)));
        Assert.Equal(1, await app.MetDbAsync(db => db.Vernietigingen.Where(v => v.Kenmerk == Presentation.Weergave.Kenmerk(metBijlage)).Select(v => v.Bijlagen).SingleAsync()));
        // The statistics hold no link back: their keys are not the dossiers' ids.
        var sleutels = await app.MetDbAsync(db => db.Statistiekoverdrachten.Select(s => s.Dossiersleutel).Distinct().ToListAsync());
        Assert.Empty(sleutels.Intersect(afgesloten.Select(a => a.Id)));
    }

    /// <summary>Rows of one table of the aggregate that still point at the dossier.</summary>
    private static Task<int> RijenAsync<T>(AppFactory app, Guid dossier)
        where T : class => app.MetDbAsync(db => db.Set<T>().CountAsync(r => EF.Property<Guid>(r, "DossierId") == dossier));

    private static async Task<int> VernietigAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Bewaartermijnen>().VernietigVerlopenAsync();
    }
}
