using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Xunit.Abstractions;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The app as a process that an operator or the machine stops: SIGTERM lets a running request finish and the process
/// end cleanly; SIGKILL at any moment of several people's work leaves a database that <c>verify</c> finds sound, with
/// every change that was confirmed to its user.
/// </summary>
[Trait("Snelheid", "Traag")]
public sealed class ProcesTests(ITestOutputHelper uitvoer) : IDisposable
{
    /// <summary>The issue asks at least twenty; each round is a start, a check, some work and a kill.</summary>
    private const int Rondes = 20;

    private readonly string map = Path.Combine(Path.GetTempPath(), "gezinsveiligheid-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task SIGTERM_tijdens_een_verzoek_laat_het_afmaken_en_de_app_netjes_stoppen()
    {
        await using var app = new Appproces(map);
        await app.StartAsync();
        var joris = await app.IngelogdAsync("wijkteam@demo.example");
        var dossier = await DossierVanAsync("wijkteam@demo.example");
        var versie = await Beheerproces.InDatabaseAsync(map, db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Versie).SingleAsync());
        var formulier = (await Formulier.OpenAsync(joris, $"/Dossiers/{dossier}/Gezinslid"))
            .Vul("Input.Naam", "Sem Afsluiter").Vul("Input.Geboortedatum", "2016-05-04").Vul("Input.Rol", nameof(GezinslidRol.Kind));

        // Someone else holds the write lock, so the request is still at work when the signal comes.
        Task<HttpResponseMessage> verzonden;
        await using (var slot = new SqliteConnection($"Data Source={Path.Combine(map, "gezinsveiligheid.db")};Pooling=False"))
        {
            await slot.OpenAsync();
            await using (var begin = slot.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }

            verzonden = formulier.VerstuurAsync();
            await Task.Delay(800);
            Assert.False(verzonden.IsCompleted, "het verzoek had op het schrijfslot moeten wachten");
            app.Termineer();
            await Task.Delay(800);
            Assert.False(verzonden.IsCompleted, "het verzoek moet afmaken, niet afgebroken worden");
        }

        var antwoord = await verzonden;
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        uitvoer.WriteLine(await app.WachtOpEindeAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, app.Exitcode);

        var na = await Beheerproces.InDatabaseAsync(map, db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == dossier));
        Assert.Contains(na.Gezinsleden, g => g.Naam == "Sem Afsluiter");
        Assert.Equal(versie + 1, na.Versie);
        Assert.Equal(na.Versie, na.Chronologie.Count);
        var controle = await Beheerproces.VoerUitAsync(map, "verify");
        Assert.True(controle.Code == 0, controle.Uitvoer);
    }

    [Fact]
    public async Task Twintig_keer_SIGKILL_midden_in_het_werk_van_drie_mensen_laat_een_gave_database_met_elke_bevestigde_wijziging()
    {
        var zaad = Environment.TickCount;
        var willekeur = new Random(zaad);
        uitvoer.WriteLine($"Zaad {zaad}");
        await using var app = new Appproces(map);
        await app.StartAsync();
        var vt = await app.IngelogdAsync("vt@demo.example");
        var joris = await app.IngelogdAsync("wijkteam@demo.example");
        var pieter = await app.IngelogdAsync("teamleider2@demo.example");
        var vanJoris = await DossierVanAsync("wijkteam@demo.example");
        var vanDorpen = await Beheerproces.InDatabaseAsync(map, db => db.Dossiers.Where(d => d.WijkteamId == Demo.DemoSeeder.WijkteamDorpen && d.Fase == DossierFase.Casusregie).Select(d => d.Id).FirstAsync());
        var bevestigd = new System.Collections.Concurrent.ConcurrentBag<string>();
        var antwoorden = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();

        for (var ronde = 1; ronde <= Rondes; ronde++)
        {
            if (ronde > 1)
            {
                await app.StartAsync();
            }

            var controle = await Beheerproces.VoerUitAsync(map, "verify");
            Assert.True(controle.Code == 0, $"ronde {ronde}: {controle.Uitvoer}");

            using var stop = new CancellationTokenSource();
            var werk = new[]
            {
                WerkAsync(() => MeldingAsync(vt, $"Gezin Crash {ronde}-{Guid.NewGuid():N}"), bevestigd, antwoorden, stop.Token),
                WerkAsync(() => GezinslidAsync(joris, vanJoris, $"Joris {ronde}-{Guid.NewGuid():N}"), bevestigd, antwoorden, stop.Token),
                WerkAsync(() => GezinslidAsync(pieter, vanDorpen, $"Pieter {ronde}-{Guid.NewGuid():N}"), bevestigd, antwoorden, stop.Token),
            };
            // Kill once the round has done some work (the first requests after a start are slow), at a random moment.
            var eerder = bevestigd.Count;
            for (var wacht = 0; bevestigd.Count == eerder && wacht < 600; wacht++)
            {
                await Task.Delay(50);
            }

            await Task.Delay(willekeur.Next(0, 1500));
            await app.DoodAsync();
            await stop.CancelAsync();
            await Task.WhenAll(werk);
        }

        await app.StartAsync();
        var laatste = await Beheerproces.VoerUitAsync(map, "verify");
        uitvoer.WriteLine(laatste.Uitvoer);
        Assert.True(laatste.Code == 0, laatste.Uitvoer);

        // Durability: every change the app confirmed (a redirect after the post) survived every kill after it.
        var namen = await Beheerproces.InDatabaseAsync(map, async db => (await db.Dossiers.Select(d => d.Naam).ToListAsync()).Concat(await db.Set<Gezinslid>().Select(g => g.Naam).ToListAsync()).ToHashSet());
        var kwijt = bevestigd.Where(n => !namen.Contains(n)).ToList();
        uitvoer.WriteLine($"{Rondes} keer SIGKILL overleefd; {bevestigd.Count} bevestigde wijzigingen, {kwijt.Count} kwijt");
        Assert.Empty(kwijt);
        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.Redirect, a));
        Assert.True(bevestigd.Count >= Rondes, $"te weinig werk gedaan: {bevestigd.Count}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(map))
        {
            Directory.Delete(map, recursive: true);
        }
    }

    /// <summary>One person working until the app dies: what the app confirmed is noted; a cut connection ends the work.</summary>
    private static async Task WerkAsync(
        Func<Task<(string Naam, HttpStatusCode Status)>> stap,
        System.Collections.Concurrent.ConcurrentBag<string> bevestigd,
        System.Collections.Concurrent.ConcurrentBag<HttpStatusCode> antwoorden,
        CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var (naam, status) = await stap();
                antwoorden.Add(status);
                if (status == HttpStatusCode.Redirect)
                {
                    bevestigd.Add(naam);
                }
            }
            catch (Exception fout) when (fout is HttpRequestException or IOException or TaskCanceledException || fout.InnerException is IOException)
            {
                return;
            }
        }
    }

    private static async Task<(string, HttpStatusCode)> MeldingAsync(HttpClient vt, string naam)
    {
        var melding = (await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"))
            .Vul("Input.Naam", naam).Vul("Input.SoortZorg", nameof(SoortZorg.Partnergeweld)).Vul("Input.Omschrijving", "Politie meldt huiselijk geweld; kinderen waren thuis.")
            .Vul("Input.MelderNaam", "Agent Bakker").Vul("Input.MelderRol", "Politie").Vul("Input.MelderContact", "0900-8844").Kies("Input.MelderAnoniemNaarGezin", "true")
            // A family of its own each time: the same people again would rightly ask whether it belongs to their open dossier.
            .Vul("Input.Gezinsleden[0].Naam", $"Eva {naam}").Vul("Input.Gezinsleden[0].Geboortedatum", "1991-04-12").Vul("Input.Gezinsleden[0].Rol", nameof(GezinslidRol.OuderVerzorger))
            .Vul("Input.Gezinsleden[1].Naam", $"Noor {naam}").Vul("Input.Gezinsleden[1].Geboortedatum", "2020-02-29").Vul("Input.Gezinsleden[1].Rol", nameof(GezinslidRol.Kind));
        return (naam, (await melding.VerstuurAsync()).StatusCode);
    }

    private static async Task<(string, HttpStatusCode)> GezinslidAsync(HttpClient client, Guid dossier, string naam)
    {
        var formulier = (await Formulier.OpenAsync(client, $"/Dossiers/{dossier}/Gezinslid"))
            .Vul("Input.Naam", naam).Vul("Input.Geboortedatum", "2018-07-01").Vul("Input.Rol", nameof(GezinslidRol.Kind));
        return (naam, (await formulier.VerstuurAsync()).StatusCode);
    }

    /// <summary>A dossier in casusregie that this person leads.</summary>
    private Task<Guid> DossierVanAsync(string email) => Beheerproces.InDatabaseAsync(map, db =>
        (from d in db.Dossiers
         join u in db.Users on d.RegiehouderId equals u.Id
         where u.Email == email && d.Fase == DossierFase.Casusregie
         select d.Id).FirstAsync());
}
