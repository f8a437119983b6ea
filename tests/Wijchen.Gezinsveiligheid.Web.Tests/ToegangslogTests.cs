using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>NEN 7513: every access to dossier data leaves one row, refusals too, and the rows form a chain that shows tampering.</summary>
[Trait("Snelheid", "Traag")]
public class ToegangslogTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Een_dossier_lezen_schrijft_wie_namens_wie_wat_wanneer_en_met_welk_doel()
    {
        var dossier = await Zoek(d => d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie);
        var teamleider = await app.LogInAsync("teamleider@demo.example");

        await teamleider.GetHtmlAsync($"/Dossiers/{dossier.Id}");

        var regel = await LaatsteRegelAsync();
        Assert.Equal((Toegangssoort.Lezen, Toegangsuitkomst.Toegestaan, Toegangsdoel.Normaal), (regel.Soort, regel.Uitkomst, regel.Doel));
        Assert.Equal((dossier.Id, "Dossier"), (regel.DossierId, regel.Onderdeel));
        Assert.Equal(("Marieke van den Broek", "Teamleider wijkteam", "Sociaal Wijkteam Wijchen-Centrum"), (regel.GebruikerNaam, regel.Rol, regel.Namens));
        Assert.Equal(await IdVan("teamleider@demo.example"), regel.GebruikerId);
        Assert.Equal(app.Klok.Nu, regel.Tijdstip);
    }

    [Fact]
    public async Task Een_wijziging_een_afdruk_een_export_en_een_zoekopdracht_hebben_elk_hun_eigen_regel()
    {
        var aanbod = await Zoek(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum);
        var teamleider = await app.LogInAsync("teamleider@demo.example");

        var formulier = await Formulier.OpenAsync(teamleider, $"/Dossiers/{aanbod.Id}/Besluit/OverdrachtAfwijzen");
        Assert.Equal((Toegangssoort.Lezen, "Overdracht afwijzen"), Kort(await LaatsteRegelAsync()));
        await (await formulier.Vul("Input.Reden", "Gezin woont in Beuningen").VerstuurAsync()).DoorgestuurdAsync();
        var wijziging = await LaatsteRegelAsync();
        Assert.Equal((Toegangssoort.Wijzigen, Toegangsuitkomst.Toegestaan, aanbod.Id), (wijziging.Soort, wijziging.Uitkomst, wijziging.DossierId));

        Assert.Equal(HttpStatusCode.OK, (await teamleider.GetAsync(new Uri("/Dashboard/Rapport", UriKind.Relative))).StatusCode);
        Assert.Equal((Toegangssoort.Afdrukken, "Inspectierapport"), Kort(await LaatsteRegelAsync()));
        Assert.Equal(HttpStatusCode.OK, (await teamleider.GetAsync(new Uri("/Dashboard/Rapport?handler=Csv", UriKind.Relative))).StatusCode);
        Assert.Equal((Toegangssoort.Exporteren, "Inspectierapport (CSV)"), Kort(await LaatsteRegelAsync()));

        var gezinslid = aanbod.Gezinsleden[0].Naam;
        await teamleider.PostFormAsync("/Dossiers", "/Dossiers", new() { ["Filter.Zoekterm"] = gezinslid });
        var zoeken = await LaatsteRegelAsync();
        Assert.Equal((Toegangssoort.Zoeken, "Dossierlijst"), Kort(zoeken));
        Assert.DoesNotContain(gezinslid, string.Join("|", zoeken.Onderdeel, zoeken.GebruikerNaam, zoeken.Rol, zoeken.Namens), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_afgewezen_formulier_wordt_gelogd_als_niet_uitgevoerd()
    {
        var aanbod = await Zoek(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum);
        var teamleider = await app.LogInAsync("teamleider@demo.example");

        var leeg = await Formulier.OpenAsync(teamleider, $"/Dossiers/{aanbod.Id}/Besluit/OverdrachtAfwijzen");
        await leeg.VerstuurAsync();

        var regel = await LaatsteRegelAsync();
        Assert.Equal((Toegangssoort.Wijzigen, Toegangsuitkomst.NietUitgevoerd, aanbod.Id), (regel.Soort, regel.Uitkomst, regel.DossierId));
    }

    [Fact]
    public async Task Een_geweigerde_toegang_antwoordt_als_niet_gevonden_en_het_log_onderscheidt_weigering_van_onbestaand()
    {
        var vanCentrum = await Zoek(d => d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie);
        var onbestaand = Guid.NewGuid();
        var anderTeam = await app.LogInAsync("teamleider2@demo.example");

        foreach (var pad in new[] { "", "/Chronologie", "/Veiligheidsplan", "/Evaluatie" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anderTeam.GetAsync(new Uri($"/Dossiers/{vanCentrum.Id}{pad}", UriKind.Relative))).StatusCode);
            var regel = await LaatsteRegelAsync();
            Assert.Equal((Toegangsuitkomst.Geweigerd, vanCentrum.Id, await IdVan("teamleider2@demo.example")), (regel.Uitkomst, regel.DossierId, regel.GebruikerId));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anderTeam.GetAsync(new Uri($"/Dossiers/{onbestaand}", UriKind.Relative))).StatusCode);
        var onbekend = await LaatsteRegelAsync();
        Assert.Equal((Toegangsuitkomst.NietGevonden, onbestaand), (onbekend.Uitkomst, onbekend.DossierId));

        var medewerker = await app.LogInAsync("wijkteam@demo.example");
        var aanbod = await Zoek(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum);
        Assert.Equal(HttpStatusCode.Forbidden, (await medewerker.GetAsync(new Uri($"/Dossiers/{aanbod.Id}/Besluit/OverdrachtAfwijzen", UriKind.Relative))).StatusCode);
        var actie = await LaatsteRegelAsync();
        Assert.Equal((Toegangsuitkomst.Geweigerd, "Overdracht afwijzen"), (actie.Uitkomst, actie.Onderdeel));
    }

    [Fact]
    public async Task De_keten_ontdekt_een_gewijzigde_regel_en_een_verwijderde_laatste_regel()
    {
        await using var eigen = new AppFactory();
        var vt = await eigen.LogInAsync("vt@demo.example");
        for (var i = 0; i < 4; i++)
        {
            await vt.GetHtmlAsync("/");
        }

        Assert.True((await ControleerAsync(eigen)).Intact);

        // The database itself refuses: the triggers make the table append-only.
        var weigering = await Assert.ThrowsAsync<SqliteException>(() => VoerUitAsync(eigen, "UPDATE Toegangslog SET Onderdeel = 'iets anders' WHERE Volgnummer = 2"));
        Assert.Contains("alleen worden aangevuld", weigering.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SqliteException>(() => VoerUitAsync(eigen, "DELETE FROM Toegangslog WHERE Volgnummer = 2"));

        // Someone with full access to the file removes the triggers: the chain still shows what they did.
        await VoerUitAsync(eigen, "DROP TRIGGER Toegangslog_GeenWijziging");
        await VoerUitAsync(eigen, "DROP TRIGGER Toegangslog_GeenVerwijdering");
        await VoerUitAsync(eigen, "UPDATE Toegangslog SET Onderdeel = 'iets anders' WHERE Volgnummer = 2");
        var gewijzigd = await ControleerAsync(eigen);
        Assert.Equal((false, 1L, 2L), (gewijzigd.Intact, gewijzigd.GoedeRegels, gewijzigd.EersteFout));
        Assert.Equal("de inhoud van de regel is veranderd", gewijzigd.Fout);

        await VoerUitAsync(eigen, "UPDATE Toegangslog SET Onderdeel = 'Mijn werk' WHERE Volgnummer = 2");
        Assert.True((await ControleerAsync(eigen)).Intact);

        await VoerUitAsync(eigen, "DELETE FROM Toegangslog WHERE Volgnummer = 3");
        var verwijderd = await ControleerAsync(eigen);
        Assert.Equal((false, 3L), (verwijderd.Intact, verwijderd.EersteFout!.Value));

        var laatste = await eigen.MetDbAsync(db => db.Toegangslog.MaxAsync(r => r.Volgnummer));
        await VoerUitAsync(eigen, $"DELETE FROM Toegangslog WHERE Volgnummer >= 3");
        var ingekort = await ControleerAsync(eigen);
        Assert.False(ingekort.Intact);
        Assert.Contains($"de laatste geschreven regel is {laatste}", ingekort.Fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gelijktijdige_lezers_krijgen_elk_hun_eigen_regel_in_een_gedeelde_transactie_en_de_keten_blijft_heel()
    {
        await using var eigen = new AppFactory();
        var dossier = await eigen.MetDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie).OrderBy(d => d.Naam).FirstAsync());
        var lezers = await Task.WhenAll(new[] { "teamleider@demo.example", "wijkteam@demo.example" }.Select(eigen.LogInAsync));
        var bundel = eigen.Services.GetRequiredService<Toegangslogbundel>();
        var ervoor = bundel.Geschreven;
        var regelsErvoor = await eigen.MetDbAsync(db => db.Toegangslog.CountAsync(r => r.DossierId == dossier.Id && r.Onderdeel == "Dossier"));

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => lezers[i % 2].GetAsync(new Uri($"/Dossiers/{dossier.Id}", UriKind.Relative))));

        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var regelsNa = await eigen.MetDbAsync(db => db.Toegangslog.CountAsync(r => r.DossierId == dossier.Id && r.Onderdeel == "Dossier"));
        Assert.Equal(24, regelsNa - regelsErvoor);
        var (transacties, regels) = (bundel.Geschreven.Transacties - ervoor.Transacties, bundel.Geschreven.Regels - ervoor.Regels);
        Assert.Equal(24, regels);
        // Twenty-four requests at once cannot each have had the lock to themselves: at least one group held several rows.
        Assert.True(transacties < regels, $"{regels} regels in {transacties} transacties");
        Assert.True((await ControleerAsync(eigen)).Intact);
    }

    /// <summary>The read pages under /Dossiers/{id} and the part of the dossier each one logs; every action page logs its action's name.</summary>
    private static readonly Dictionary<string, string> Leespaginas = new()
    {
        ["/Dossiers/Detail"] = "Dossier",
        ["/Dossiers/Chronologie"] = "Chronologie",
        ["/Dossiers/Plan"] = "Veiligheidsplan",
        ["/Dossiers/PlanAfdrukken"] = "Veiligheidsplan (afdruk)",
    };

    /// <summary>The attachment pages: what their reading logs, and what each of their forms logs.</summary>
    private static readonly Dictionary<string, HashSet<string>> Bijlagepaginas = new()
    {
        ["/Dossiers/Bijlagen"] = ["Bijlagen", "Bijlage toevoegen"],
        ["/Dossiers/Bijlage"] = ["Bijlage", "Bijlage vervangen", "Bijlage verwijderd"],
    };

    [Fact]
    public async Task Elke_dossierpagina_en_elke_handler_schrijft_precies_een_regel_met_de_juiste_soort_en_het_juiste_onderdeel()
    {
        var (dossier, mdoActie, joris) = await app.MetDbAsync(async db =>
        {
            var jorisId = await db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync();
            var gekozen = await db.Dossiers.AsNoTracking()
                .Where(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.RegiehouderId == jorisId
                    && d.Veiligheidsplannen.Any() && d.Mdos.Any(m => m.Acties.Any()))
                .Select(d => new { d.Id, Actie = d.Mdos.SelectMany(m => m.Acties).Select(a => a.Id).First() })
                .FirstAsync();
            return (gekozen.Id, gekozen.Actie, jorisId);
        });
        // The attachment pages are about one attachment: the sweep's "MDO action" id names one on this dossier.
        await app.MetDbAsync(db =>
        {
            db.Bijlagen.Add(new Bijlage
            {
                Id = mdoActie, DossierId = dossier, Categorie = Bijlagecategorie.Brief, Beschrijving = "Brief", ToegevoegdOp = app.Klok.Nu, ToegevoegdDoorNaam = "Test",
                Versies = [new Bijlageversie { Id = Guid.CreateVersion7(), BijlageId = mdoActie, Nummer = 1, Bestandsnaam = "brief.pdf", Soort = Bestandssoort.Pdf, Sha256 = "", Op = app.Klok.Nu }],
            });
            return db.SaveChangesAsync();
        });
        List<(string Wie, HttpClient Client)> gebruikers =
        [
            ("wijkteam", await app.LogInAsync("wijkteam@demo.example")),
            ("teamleider", await app.LogInAsync("teamleider@demo.example")),
            ("vt", await app.LogInAsync("vt@demo.example")),
        ];
        var laden = app.Services.GetRequiredService<PageLoader>();
        var fouten = new List<string>();
        var bezocht = 0;
        foreach (var eindpunt in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (eindpunt.Metadata.GetMetadata<PageActionDescriptor>() is not { } pagina || eindpunt.RoutePattern.RawText is not { } route
                || !route.StartsWith("Dossiers/{id:guid}", StringComparison.Ordinal) || pagina.ViewEnginePath == "/Dossiers/Noodtoegang")
            {
                continue;
            }

            var onderdelen = Leespaginas.TryGetValue(pagina.ViewEnginePath, out var lezen) ? [lezen]
                : Bijlagepaginas.TryGetValue(pagina.ViewEnginePath, out var bijlage) ? bijlage
                : DossierActies.Alle.Where(a => a.Pagina == pagina.ViewEnginePath).Select(a => a.Naam).ToHashSet();
            Assert.True(onderdelen.Count > 0, $"{pagina.ViewEnginePath} is geen leespagina en geen pagina van een actie uit de catalogus");
            var url = Paginaroutes.Invullen("/" + route, dossier, mdoActie, joris);

            // An allowed user: the first of the three to whom the page answers 200.
            HttpClient? client = null;
            foreach (var (wie, kandidaat) in gebruikers)
            {
                var voor = await AantalRegelsAsync();
                var antwoord = await kandidaat.GetAsync(new Uri(url, UriKind.Relative));
                bezocht++;
                fouten.AddRange(Controleer($"{wie} GET {url}", await NieuweRegelsAsync(voor), dossier, Toegangssoort.Lezen, onderdelen, pagina.ViewEnginePath == "/Dossiers/PlanAfdrukken"));
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    client = kandidaat;
                    break;
                }
            }

            Assert.True(client is not null, $"niemand mag {url} openen");
            var handlers = (await laden.LoadAsync(pagina, eindpunt.Metadata)).HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => h.Name).Distinct();
            foreach (var handler in handlers)
            {
                var adres = handler is null ? url : $"{url}?handler={handler}";
                var token = (await client.GetHtmlAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
                var voor = await AantalRegelsAsync();
                using var inhoud = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                await client.PostAsync(new Uri(adres, UriKind.Relative), inhoud);
                bezocht++;
                // "Meer regels" only shows the form again with more rows; every other handler changes the dossier (or says why not).
                fouten.AddRange(Controleer($"POST {adres}", await NieuweRegelsAsync(voor), dossier, handler == "MeerRegels" ? Toegangssoort.Lezen : Toegangssoort.Wijzigen, onderdelen, false));
            }
        }

        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten));
        Assert.True(bezocht > 40, $"maar {bezocht} verzoeken");
    }

    private static IEnumerable<string> Controleer(string verzoek, List<Toegangsregel> regels, Guid dossier, Toegangssoort soort, HashSet<string> onderdelen, bool afdruk)
    {
        if (regels.Count != 1)
        {
            yield return $"{verzoek}: {regels.Count} regels in plaats van één";
            yield break;
        }

        var regel = regels[0];
        var verwacht = afdruk && soort == Toegangssoort.Lezen ? Toegangssoort.Afdrukken : soort;
        if (regel.DossierId != dossier || regel.Soort != verwacht || !onderdelen.Contains(regel.Onderdeel))
        {
            yield return $"{verzoek}: {regel.Soort} '{regel.Onderdeel}' op {regel.DossierId}, verwacht {verwacht} '{string.Join("' of '", onderdelen)}' op {dossier}";
        }
    }

    private async Task<long> AantalRegelsAsync() => await app.MetDbAsync(db => db.Toegangslog.MaxAsync(r => (long?)r.Volgnummer)) ?? 0;

    private Task<List<Toegangsregel>> NieuweRegelsAsync(long na) =>
        app.MetDbAsync(db => db.Toegangslog.AsNoTracking().Where(r => r.Volgnummer > na).OrderBy(r => r.Volgnummer).ToListAsync());

    [Fact]
    public async Task Als_de_regel_niet_kan_worden_geschreven_toont_de_pagina_niets_en_blijft_de_wijziging_uit()
    {
        await using var eigen = new MetKapotLog();
        var aanbod = await eigen.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat()
            .Where(d => d.Fase == DossierFase.OverdrachtAangeboden && d.WijkteamId == DemoSeeder.WijkteamCentrum).OrderBy(d => d.Naam).FirstAsync());
        var teamleider = await eigen.LogInAsync("teamleider@demo.example");
        var formulier = await Formulier.OpenAsync(teamleider, $"/Dossiers/{aanbod.Id}/Besluit/OverdrachtAfwijzen");

        await VoerUitAsync(eigen, "CREATE TRIGGER LogVol BEFORE INSERT ON Toegangslog BEGIN SELECT RAISE(ABORT, 'schijf vol'); END;");

        var lezen = await teamleider.GetAsync(new Uri($"/Dossiers/{aanbod.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, lezen.StatusCode);
        var tekst = await lezen.Content.ReadAsStringAsync();
        Assert.DoesNotContain(aanbod.Naam, tekst, StringComparison.Ordinal);
        Assert.All(aanbod.Gezinsleden, lid => Assert.DoesNotContain(lid.Naam, tekst, StringComparison.Ordinal));

        var wijzigen = await formulier.Vul("Input.Reden", "Gezin woont in Beuningen").VerstuurAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, wijzigen.StatusCode);
        var na = await eigen.MetDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == aanbod.Id));
        Assert.Equal((aanbod.Versie, DossierFase.OverdrachtAangeboden), (na.Versie, na.Fase));
    }

    /// <summary>An app whose access log cannot be written: the 500s it answers are the point of the test.</summary>
    private sealed class MetKapotLog : AppFactory
    {
        protected override bool ServerfoutenVerwacht => true;
    }

    private static (Toegangssoort, string) Kort(Toegangsregel regel) => (regel.Soort, regel.Onderdeel);

    private static async Task<Ketencontrole> ControleerAsync(AppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Toegangslog>().ControleerAsync();
    }

    private static Task<int> VoerUitAsync(AppFactory factory, string sql) => factory.MetDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    private Task<Toegangsregel> LaatsteRegelAsync() => app.MetDbAsync(db => db.Toegangslog.AsNoTracking().OrderByDescending(r => r.Volgnummer).FirstAsync());

    private Task<string> IdVan(string email) => app.MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<Dossier> Zoek(System.Linq.Expressions.Expression<Func<Dossier, bool>> filter) =>
        app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(filter).OrderBy(d => d.Naam).MetAggregaat().FirstAsync());
}
