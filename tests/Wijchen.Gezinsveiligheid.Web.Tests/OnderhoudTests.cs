using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Xunit.Abstractions;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The operator's commands as the operator runs them, as processes of their own: <c>verify</c> says what is wrong and
/// exits non-zero; <c>backup</c> takes a consistent copy while the app serves; <c>restore</c> puts it in an empty folder
/// where the app starts and finds everything whole.
/// </summary>
[Trait("Snelheid", "Traag")]
public class OnderhoudTests(AppFactory app, ITestOutputHelper uitvoer) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Verify_is_stil_bij_een_gave_database_en_noemt_elke_soort_schade_met_een_exitcode_die_niet_nul_is()
    {
        // Mijn werk writes the first row of the access log.
        Assert.Equal(HttpStatusCode.OK, (await (await app.LogInAsync("vt@demo.example")).GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        var kopie = await KopieAsync();
        try
        {
            var gaaf = await Beheerproces.VoerUitAsync(kopie, "verify");
            uitvoer.WriteLine(gaaf.Uitvoer);
            Assert.Equal(0, gaaf.Code);
            Assert.Contains("in orde", gaaf.Uitvoer, StringComparison.Ordinal);

            var (open, afgesloten) = await Beheerproces.InDatabaseAsync(kopie, async db => (
                await db.Dossiers.Where(d => d.Fase == DossierFase.Casusregie).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(),
                await db.Dossiers.Where(d => d.Fase == DossierFase.Afgesloten).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync()));
            var ander = await Beheerproces.InDatabaseAsync(kopie, db => db.Dossiers.Where(d => d.Fase == DossierFase.Casusregie && d.Id != open).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
            await SqlAsync(kopie,
                $"UPDATE Dossiers SET RegiehouderId = NULL WHERE Id = '{open.ToString().ToUpperInvariant()}'",
                $"UPDATE Dossiers SET Versie = Versie + 1 WHERE Id = '{afgesloten.ToString().ToUpperInvariant()}'",
                $"UPDATE Dossiers SET AantalKinderenZonderOordeel = AantalKinderenZonderOordeel + 3 WHERE Id = '{ander.ToString().ToUpperInvariant()}'",
                // Someone with the database file in hand can drop the append-only trigger; the chain still tells.
                "DROP TRIGGER Toegangslog_GeenWijziging",
                "UPDATE Toegangslog SET Onderdeel = 'Iets anders' WHERE Volgnummer = 1");

            var beschadigd = await Beheerproces.VoerUitAsync(kopie, "verify");
            uitvoer.WriteLine(beschadigd.Uitvoer);
            Assert.Equal(1, beschadigd.Code);
            Assert.Contains($"Dossier {Presentation.Weergave.Kenmerk(open)} ({open}): de regie is leeg", beschadigd.Uitvoer, StringComparison.Ordinal);
            Assert.Contains("Het dashboard telt 1 dossier(s) bij 'Dossiers zonder regiehouder'", beschadigd.Uitvoer, StringComparison.Ordinal);
            Assert.Contains($"({afgesloten}): versie", beschadigd.Uitvoer, StringComparison.Ordinal);
            Assert.Contains($"({ander}): opgeslagen", beschadigd.Uitvoer, StringComparison.Ordinal);
            Assert.Contains("De hashketen van het toegangslog is gebroken bij regel 1: de inhoud van de regel is veranderd.", beschadigd.Uitvoer, StringComparison.Ordinal);
            Assert.Contains("5 bevinding(en)", beschadigd.Uitvoer, StringComparison.Ordinal);

            await SqlAsync(kopie, "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)");
            var oudSchema = await Beheerproces.VoerUitAsync(kopie, "verify");
            Assert.Equal(1, oudSchema.Code);
            Assert.Contains("Het schema mist 1 migratie(s)", oudSchema.Uitvoer, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(kopie, recursive: true);
        }
    }

    [Fact]
    public async Task Een_back_up_onder_belasting_teruggezet_in_een_lege_map_start_en_is_heel()
    {
        // Each person works in dossiers of their own, so that neither meets the other's newer version.
        var jorisId = await app.MetDbAsync(db => db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync());
        var vanJoris = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == jorisId)
            .OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync());
        var vanTeam = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamDorpen)
            .OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync());
        Assert.True(vanJoris.Count > 0 && vanTeam.Count > 0);
        var joris = await app.LogInAsync("wijkteam@demo.example");
        var teamleider = await app.LogInAsync("teamleider2@demo.example");
        var gezinsledenVoor = await app.MetDbAsync(db => db.Set<Gezinslid>().CountAsync());
        var back_ups = Path.Combine(app.DataMap, "..", Guid.NewGuid().ToString("N") + "-back-ups");
        var hersteld = Path.Combine(app.DataMap, "..", Guid.NewGuid().ToString("N") + "-hersteld");

        // Two people keep working (reading writes a log row, adding a household member a new version) while the backup runs.
        using var stop = new CancellationTokenSource();
        var toegevoegd = 0;
        async Task WerkAsync(HttpClient client, List<Guid> dossiers)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var dossier = dossiers[i % dossiers.Count];
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/Dossiers/{dossier}", UriKind.Relative))).StatusCode);
                var antwoord = await (await Formulier.OpenAsync(client, $"/Dossiers/{dossier}/Gezinslid"))
                    .Vul("Input.Naam", $"Belasting {i}").Vul("Input.Geboortedatum", "2015-03-01").Vul("Input.Rol", nameof(GezinslidRol.Kind)).VerstuurAsync();
                Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
                Interlocked.Increment(ref toegevoegd);
            }
        }

        var werk = new[] { WerkAsync(joris, vanJoris), WerkAsync(teamleider, vanTeam) };
        while (Volatile.Read(ref toegevoegd) < 4)
        {
            await Task.Delay(50);
        }

        var backup = await Beheerproces.VoerUitAsync(app.DataMap, "backup", back_ups);
        var tijdensBackup = Volatile.Read(ref toegevoegd);
        while (Volatile.Read(ref toegevoegd) < tijdensBackup + 4)
        {
            await Task.Delay(50);
        }

        await stop.CancelAsync();
        await Task.WhenAll(werk);
        uitvoer.WriteLine(backup.Uitvoer);
        Assert.Equal(0, backup.Code);
        var bestand = Assert.Single(Directory.GetFiles(back_ups, "*.db"));
        Assert.True(File.Exists(bestand + ".sha256"));

        try
        {
            var herstel = await Beheerproces.VoerUitAsync(hersteld, "restore", bestand);
            uitvoer.WriteLine(herstel.Uitvoer);
            Assert.Equal(0, herstel.Code);
            Assert.Contains("in orde", herstel.Uitvoer, StringComparison.Ordinal);

            await using var opHersteld = new OpMap(hersteld);
            var gezinsleden = await opHersteld.MetDbAsync(db => db.Set<Gezinslid>().CountAsync());
            var nu = await app.MetDbAsync(db => db.Set<Gezinslid>().CountAsync());
            Assert.InRange(gezinsleden, gezinsledenVoor + 4, nu - 4);
            Assert.Equal(await app.MetDbAsync(db => db.Dossiers.CountAsync()), await opHersteld.MetDbAsync(db => db.Dossiers.CountAsync()));
            var client = await opHersteld.LogInAsync("wijkteam@demo.example");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/Dossiers/{vanJoris[0]}", UriKind.Relative))).StatusCode);

            var nogmaals = await Beheerproces.VoerUitAsync(hersteld, "restore", bestand);
            Assert.Equal(2, nogmaals.Code);
            Assert.Contains("Er staat al een database", nogmaals.Uitvoer, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(back_ups, recursive: true);
        }
    }

    [Fact]
    public async Task Een_beschadigde_back_up_wordt_niet_teruggezet()
    {
        var back_ups = Path.Combine(app.DataMap, "..", Guid.NewGuid().ToString("N") + "-back-ups");
        var leeg = Path.Combine(app.DataMap, "..", Guid.NewGuid().ToString("N") + "-leeg");
        try
        {
            Assert.Equal(0, (await Beheerproces.VoerUitAsync(app.DataMap, "backup", back_ups)).Code);
            var bestand = Assert.Single(Directory.GetFiles(back_ups, "*.db"));
            await using (var stroom = new FileStream(bestand, FileMode.Open, FileAccess.Write))
            {
                stroom.Seek(stroom.Length / 2, SeekOrigin.Begin);
                stroom.Write([0xFF, 0xFF, 0xFF, 0xFF]);
            }

            var herstel = await Beheerproces.VoerUitAsync(leeg, "restore", bestand);
            Assert.Equal(2, herstel.Code);
            Assert.Contains("is beschadigd: de SHA-256 klopt niet", herstel.Uitvoer, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(leeg, "gezinsveiligheid.db")));
        }
        finally
        {
            Directory.Delete(back_ups, recursive: true);
            if (Directory.Exists(leeg))
            {
                Directory.Delete(leeg, recursive: true);
            }
        }
    }

    /// <summary>A copy of the app's database in a folder of its own, made with SQLite's backup API while the app runs.</summary>
    private async Task<string> KopieAsync()
    {
        var map = Path.Combine(app.DataMap, "..", Guid.NewGuid().ToString("N") + "-kopie");
        Directory.CreateDirectory(map);
        await using var bron = new SqliteConnection($"Data Source={Path.Combine(app.DataMap, "gezinsveiligheid.db")};Mode=ReadOnly;Pooling=False");
        await using var doel = new SqliteConnection($"Data Source={Path.Combine(map, "gezinsveiligheid.db")};Pooling=False");
        await bron.OpenAsync();
        await doel.OpenAsync();
        bron.BackupDatabase(doel);
        return map;
    }

    private static async Task SqlAsync(string map, params string[] opdrachten)
    {
        await using var verbinding = new SqliteConnection($"Data Source={Path.Combine(map, "gezinsveiligheid.db")};Pooling=False");
        await verbinding.OpenAsync();
        foreach (var tekst in opdrachten)
        {
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = tekst;
            var rijen = await opdracht.ExecuteNonQueryAsync();
            Assert.True(rijen == 1 || tekst.StartsWith("DROP", StringComparison.Ordinal), $"{tekst}: {rijen} rijen");
        }
    }

    private sealed class OpMap(string dataMap) : AppFactory(dataMap);
}
