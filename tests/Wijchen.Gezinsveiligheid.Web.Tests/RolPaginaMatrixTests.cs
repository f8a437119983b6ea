using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// Every signed-in page against every kind of user, each cell asserted. The dossier pages use one dossier in casusregie
/// of wijkteam Centrum whose casusregisseur is Joris Hendriks: users who cannot see it get the 404 of a missing
/// dossier, users who see it but may not take the action get 403. A page missing from the matrix fails the test.
/// </summary>
[Trait("Snelheid", "Traag")]
public class RolPaginaMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Ok = "200";
    private const string Verboden = "403";
    private const string NietGevonden = "404";
    private const string GeenToegang = "geen toegang";
    private const string NaarDossier = "naar het dossier";

    /// <summary>The columns: VT, the casusregisseur, a wijkteam member of the other team, both teamleiders, manager, beheerder, privacy officer.</summary>
    private static readonly string[] Gebruikers =
    [
        "vt@demo.example", "wijkteam@demo.example", "wijkteam2@demo.example", "teamleider@demo.example", "teamleider2@demo.example",
        "manager@demo.example", "beheerder@demo.example", "privacy@demo.example",
    ];

    /// <summary>Pages that are reached before the session exists; the endpoint sweep in BeveiligingTests covers them.</summary>
    private static readonly HashSet<string> VoorDeSessie =
        ["/Account/Login", "/Account/Logout", "/Account/GeenToegang", "/Account/Activeren", "/Account/Inlogcode", "/Account/Herstelcode", "/Account/AppKoppelen", "/Account/Gemeente", "/Fout"];

    [Fact]
    public async Task Elke_pagina_geeft_elke_rol_precies_het_verwachte_antwoord()
    {
        var (dossier, actie, joris) = await app.MetDbAsync(async db =>
        {
            var jorisId = await db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync();
            var gekozen = await db.Dossiers.AsNoTracking()
                .Where(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.RegiehouderId == jorisId
                    && d.Veiligheidsplannen.Any() && d.Mdos.Any(m => m.Acties.Any()))
                .Select(d => new { d.Id, Actie = d.Mdos.SelectMany(m => m.Acties).Select(a => a.Id).First() })
                .FirstOrDefaultAsync() ?? throw new InvalidOperationException("De demogegevens hebben geen dossier in casusregie bij Joris met plan en MDO-actie.");
            return (gekozen.Id, gekozen.Actie, jorisId);
        });
        var notificatie = Guid.CreateVersion7();
        await app.MetDbAsync(db =>
        {
            db.Notificaties.Add(new Notificatie
            {
                Id = notificatie, OntvangerId = joris, Soort = Notificatiesoort.MdoActie, DossierId = dossier, Tekst = "MDO-actie voor u.", Sleutel = "matrix", Op = app.Klok.Nu,
            });
            return db.SaveChangesAsync();
        });

        // An attachment on the dossier (and one on another, asked for under this dossier's address), a legal hold and a
        // released AVG request: the pages about one of them exist only for an existing one.
        var (bijlage, andereBijlage, bewaarplicht, verzoek) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await app.MetDbAsync(async db =>
        {
            var ander = await db.Dossiers.Where(x => x.Id != dossier).Select(x => x.Id).FirstAsync();
            foreach (var (id, van) in new[] { (bijlage, dossier), (andereBijlage, ander) })
            {
                db.Bijlagen.Add(new Bijlage
                {
                    Id = id, DossierId = van, Categorie = Bijlagecategorie.Brief, Beschrijving = "Brief", ToegevoegdOp = app.Klok.Nu, ToegevoegdDoorNaam = "Matrix",
                    Versies = [new Bijlageversie { Id = Guid.CreateVersion7(), BijlageId = id, Nummer = 1, Bestandsnaam = "brief.pdf", Soort = Bestandssoort.Pdf, Sha256 = "", Op = app.Klok.Nu }],
                });
            }

            db.Bewaarplichten.Add(new Bewaarplicht { Id = bewaarplicht, DossierId = dossier, Grond = Bewaargrond.Klacht, Reden = "Klacht", GeplaatstOp = app.Klok.Nu });
            db.Avgverzoeken.Add(new Avgverzoek
            {
                Id = verzoek, Recht = Avgrecht.Inzage, Bsn = "111222333", OntvangenOp = new DateOnly(2026, 11, 2), Uiterlijk = new DateOnly(2026, 12, 2), Status = Verzoekstatus.Afgehandeld, AfgehandeldOp = app.Klok.Nu,
                Vrijgegeven = System.Text.Json.JsonSerializer.Serialize(
                    new Pages.Privacy.VerzoekModel.Vrijgave("Inzage (art. 15)", "BSN ••••••333", new DateOnly(2026, 11, 2), app.Klok.Nu, "Sofie", "", [], []), Avg.Inzageexport.Json),
            });
            return await db.SaveChangesAsync();
        });

        var matrix = Matrix(dossier, actie, joris, notificatie);
        string[] zien = ["vt", "wijkteam", "teamleider"];
        matrix.Add(("/Dossiers/{id:guid}/Bijlagen", $"/Dossiers/{dossier}/Bijlagen", email => zien.Contains(Wie(email)) ? Ok : NietGevonden));
        matrix.Add(("/Dossiers/{id:guid}/Bijlagen/{bijlageId:guid}", $"/Dossiers/{dossier}/Bijlagen/{bijlage}", email => zien.Contains(Wie(email)) ? Ok : NietGevonden));
        matrix.Add(("/Dossiers/{id:guid}/Bijlagen/{bijlageId:guid}", $"/Dossiers/{dossier}/Bijlagen/{andereBijlage}", _ => NietGevonden));
        matrix.Add(("/Dossiers/{id:guid}/Bijlagen/{bijlageId:guid}", $"/Dossiers/{dossier}/Bijlagen/{bijlage}?handler=Download&versie=1",
            _ => NietGevonden));
        foreach (var (route, url) in new[]
        {
            ("/Privacy/Verzoeken", "/Privacy/Verzoeken"), ("/Privacy/Verzoeken/{id:guid}", $"/Privacy/Verzoeken/{verzoek}"),
            ("/Privacy/Verzoeken/{id:guid}/Afdruk", $"/Privacy/Verzoeken/{verzoek}/Afdruk"), ("/Privacy/Bewaarplicht", "/Privacy/Bewaarplicht"),
            ("/Privacy/Bewaarplicht/{id:guid}", $"/Privacy/Bewaarplicht/{bewaarplicht}"),
        })
        {
            matrix.Add((route, url, email => Wie(email) == "privacy" ? Ok : GeenToegang));
        }

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Select(r => r == "/Index" ? "/" : r.EndsWith("/Index", StringComparison.Ordinal) ? r[..^"/Index".Length] : r).ToHashSet();
        Assert.Empty(routes.Except(VoorDeSessie).Except(matrix.Select(m => m.Route)).Order());

        var afwijkingen = new List<string>();
        foreach (var email in Gebruikers)
        {
            // Beheer asks a passkey; the others sign in with password and code.
            var client = email.StartsWith("beheerder", StringComparison.Ordinal) ? await app.LogInMetPasskeyAsync(email) : await app.LogInAsync(email);
            foreach (var (route, url, verwacht) in matrix)
            {
                var gekregen = await AntwoordAsync(client, url, dossier);
                if (gekregen != verwacht(email))
                {
                    afwijkingen.Add($"{email} op {url}: verwacht {verwacht(email)}, kreeg {gekregen}");
                }
            }
        }

        Assert.True(afwijkingen.Count == 0, string.Join(Environment.NewLine, afwijkingen));
        Assert.Equal(matrix.Count, matrix.Select(m => m.Url).Distinct().Count());
    }

    private static List<(string Route, string Url, Func<string, string> Verwacht)> Matrix(Guid dossier, Guid actie, string joris, Guid notificatieVanJoris)
    {
        var d = $"/Dossiers/{dossier}";
        var dossierroutes = new (string Route, string Url, string[] Mogen)[]
        {
            ("/Dossiers/{id:guid}", d, ["vt", "wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Chronologie", $"{d}/Chronologie", ["vt", "wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Veiligheidsplan/{versie:int?}", $"{d}/Veiligheidsplan", ["vt", "wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Veiligheidsplan/{versie:int}/Afdrukken", $"{d}/Veiligheidsplan/1/Afdrukken", ["vt", "wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Gezinslid/{lidId:guid?}", $"{d}/Gezinslid", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Veiligheidsbeoordeling", $"{d}/Veiligheidsbeoordeling", ["vt"]),
            ("/Dossiers/{id:guid}/Besluit/{soort}", $"{d}/Besluit/OnderzoekStarten", ["vt"]),
            ("/Dossiers/{id:guid}/Aanbieden", $"{d}/Aanbieden", ["vt"]),
            ("/Dossiers/{id:guid}/Plannen", $"{d}/Plannen", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Gesprek", $"{d}/Gesprek", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Accepteren", $"{d}/Accepteren", ["teamleider"]),
            ("/Dossiers/{id:guid}/Terugmelden", $"{d}/Terugmelden", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Wisselen", $"{d}/Wisselen", ["teamleider"]),
            ("/Dossiers/{id:guid}/Afsluiten", $"{d}/Afsluiten", ["wijkteam"]),
            ("/Dossiers/{id:guid}/Netwerkpartner/{partnerId:guid?}", $"{d}/Netwerkpartner", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Veiligheidsplan/Bewerken", $"{d}/Veiligheidsplan/Bewerken", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Veiligheidsplan/Vaststellen", $"{d}/Veiligheidsplan/Vaststellen", ["wijkteam"]),
            ("/Dossiers/{id:guid}/Veiligheidsplan/Verspreiden", $"{d}/Veiligheidsplan/Verspreiden", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Mdo/Plannen", $"{d}/Mdo/Plannen", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Mdo/Vastleggen", $"{d}/Mdo/Vastleggen", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Mdo/Actie/{actieId:guid}", $"{d}/Mdo/Actie/{actie}", ["vt", "wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Evaluatie", $"{d}/Evaluatie", ["wijkteam", "teamleider"]),
            ("/Dossiers/{id:guid}/Voorwaarden", $"{d}/Voorwaarden", ["vt", "wijkteam", "teamleider"]),
        };
        string[] zien = ["vt", "wijkteam", "teamleider"];
        var matrix = dossierroutes.Select(r => (r.Route, r.Url, (Func<string, string>)(email =>
            r.Mogen.Contains(Wie(email)) ? Ok : zien.Contains(Wie(email)) ? Verboden : NietGevonden))).ToList();

        matrix.Add(("/Dossiers/{id:guid}/Noodtoegang", $"{d}/Noodtoegang", email => Wie(email) switch
        {
            "wijkteam" or "teamleider" => NaarDossier,
            "wijkteam2" or "teamleider2" => Ok,
            _ => GeenToegang,
        }));

        void Voor(string route, string url, params string[] mogen) =>
            matrix.Add((route, url, email => mogen.Contains(Wie(email)) ? Ok : GeenToegang));

        string[] iedereen = [.. Gebruikers.Select(Wie)];
        string[] dossierwerk = ["vt", "wijkteam", "wijkteam2", "teamleider", "teamleider2"];
        matrix.Add(("/", "/", email => Wie(email) switch
        {
            "manager" => "doorverwezen naar /Dashboard",
            "privacy" => "doorverwezen naar /Privacy",
            "beheerder" => "doorverwezen naar /Beheer",
            _ => Ok,
        }));
        Voor("/Dossiers", "/Dossiers", dossierwerk);
        Voor("/Overdrachten", "/Overdrachten", dossierwerk);
        Voor("/Meldingen/Nieuw", "/Meldingen/Nieuw", "vt");
        Voor("/Dashboard", "/Dashboard", "teamleider", "teamleider2", "manager");
        Voor("/Dashboard/Rapport", "/Dashboard/Rapport", "teamleider", "teamleider2", "manager");
        Voor("/Dashboard/Dossiers", "/Dashboard/Dossiers?fase=Casusregie", "teamleider", "teamleider2", "manager");
        Voor("/Dashboard/Herverdelen", "/Dashboard/Herverdelen", "teamleider", "teamleider2");
        Voor("/Goedkeuringen", "/Goedkeuringen", "teamleider", "teamleider2");
        Voor("/Beheer", "/Beheer", "beheerder");
        Voor("/Beheer/Nieuw", "/Beheer/Nieuw", "beheerder");
        Voor("/Beheer/Teams", "/Beheer/Teams", "beheerder");
        Voor("/Beheer/Termijnen", "/Beheer/Termijnen", "beheerder");
        Voor("/Beheer/Webhooks", "/Beheer/Webhooks", "beheerder");
        Voor("/Beheer/Mail", "/Beheer/Mail", "beheerder");
        Voor("/Notificaties", "/Notificaties", iedereen);
        Voor("/Profiel/Notificaties", "/Profiel/Notificaties", iedereen);
        // Joris's own notification leads him to its dossier; for anyone else it does not exist.
        matrix.Add(("/Notificaties/{id:guid}", $"/Notificaties/{notificatieVanJoris}", email => Wie(email) == "wijkteam" ? NaarDossier : NietGevonden));
        Voor("/Beheer/Accounts/{id}", $"/Beheer/Accounts/{joris}", "beheerder");
        Voor("/Profiel/Passkeys", "/Profiel/Passkeys", iedereen);
        Voor("/Privacy", "/Privacy", "privacy");
        Voor("/Privacy/Noodtoegang", "/Privacy/Noodtoegang", "privacy");
        Voor("/Privacy/Inzage", "/Privacy/Inzage", "privacy");
        Voor("/Privacy/Keten", "/Privacy/Keten", "privacy");
        return matrix;
    }

    private static string Wie(string email) => email[..email.IndexOf('@', StringComparison.Ordinal)];

    private static async Task<string> AntwoordAsync(HttpClient client, string url, Guid dossier)
    {
        var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));
        var naar = antwoord.Headers.Location is { } doel ? new Uri(new Uri("http://localhost"), doel).PathAndQuery : "";
        return antwoord.StatusCode switch
        {
            HttpStatusCode.Redirect when naar.StartsWith("/Account/GeenToegang", StringComparison.Ordinal) => GeenToegang,
            HttpStatusCode.Redirect when naar == $"/Dossiers/{dossier}" => NaarDossier,
            HttpStatusCode.Redirect => $"doorverwezen naar {naar}",
            _ => ((int)antwoord.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
