using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// A database that someone else holds (a backup tool, a stuck process): ready says so, a signed-in user gets the Dutch
/// "try again in a minute" page within seconds instead of a hang and a 500, and everything recovers by itself.
/// </summary>
[Trait("Snelheid", "Traag")]
public class BeschikbaarheidTests
{
    /// <summary>Well above the four seconds the app waits for the lock, well below the thirty it used to hang.</summary>
    private static readonly TimeSpan BinnenEnkeleSeconden = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Een_vergrendelde_database_geeft_binnen_seconden_de_pagina_tijdelijk_niet_beschikbaar_en_herstelt_vanzelf()
    {
        await using var app = new MetVerwachteStoring();
        var dossier = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Fase != DossierFase.Afgesloten).OrderBy(d => d.Naam)
            .Select(d => new { d.Id, d.Naam }).FirstAsync());
        var vt = await app.LogInAsync("vt@demo.example");
        var anoniem = app.NieuweClient();
        Assert.Equal(HttpStatusCode.OK, (await vt.GetAsync(new Uri($"/Dossiers/{dossier.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anoniem.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        await using (var houder = new SqliteConnection($"Data Source={Path.Combine(app.DataMap, "gezinsveiligheid.db")}"))
        {
            await houder.OpenAsync();
            await using (var slot = houder.CreateCommand())
            {
                slot.CommandText = "BEGIN IMMEDIATE;";
                await slot.ExecuteNonQueryAsync();
            }

            var klok = Stopwatch.StartNew();
            var pagina = await vt.GetAsync(new Uri($"/Dossiers/{dossier.Id}", UriKind.Relative));
            var duur = klok.Elapsed;
            var tekst = await pagina.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, pagina.StatusCode);
            Assert.True(duur < BinnenEnkeleSeconden, $"de pagina antwoordde na {duur.TotalSeconds:0.0} s");
            Assert.Contains("Tijdelijk niet beschikbaar", tekst, StringComparison.Ordinal);
            Assert.Contains("probeer het over een minuut opnieuw", tekst, StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromSeconds(60), pagina.Headers.RetryAfter?.Delta);
            // What could not be logged is not shown.
            Assert.DoesNotContain(dossier.Naam, tekst, StringComparison.Ordinal);

            klok.Restart();
            var gereed = await anoniem.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, gereed.StatusCode);
            Assert.True(klok.Elapsed < BinnenEnkeleSeconden, $"ready antwoordde na {klok.Elapsed.TotalSeconds:0.0} s");
            // The process itself is fine: restarting it would not help, so live stays green.
            Assert.Equal(HttpStatusCode.OK, (await anoniem.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);

            await using var vrij = houder.CreateCommand();
            vrij.CommandText = "ROLLBACK;";
            await vrij.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await anoniem.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        var hersteld = await vt.GetAsync(new Uri($"/Dossiers/{dossier.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, hersteld.StatusCode);
        Assert.Contains(dossier.Naam, await hersteld.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>An app whose database is held on purpose: the 503s it answers are the point of the test.</summary>
    private sealed class MetVerwachteStoring : AppFactory
    {
        protected override bool ServerfoutenVerwacht => true;
    }
}
