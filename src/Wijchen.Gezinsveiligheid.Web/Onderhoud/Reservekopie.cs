using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Onderhoud;

/// <summary>What a backup or a restore produced, for the operator's log.</summary>
public sealed record Reservekopieverslag(string Bestand, long Bytes, TimeSpan Duur, int Dossiers, long Logregels);

/// <summary>
/// Backup and restore of the embedded SQLite database (docs/operations.md; SQL Server uses its own BACKUP DATABASE).
/// A backup is <c>VACUUM INTO</c> a new file: one read transaction, so it is consistent while the app keeps writing
/// (WAL), and compact. It is checked (integrity_check) before it gets its final name, and a <c>.sha256</c> file next to
/// it lets <c>sha256sum -c</c> and the restore prove it arrived whole.
/// </summary>
public static class Reservekopie
{
    public const string Checksumextensie = ".sha256";

    public static async Task<Reservekopieverslag> MaakAsync(AppDbContext db, string map, DateTimeOffset nu, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            throw new OnderhoudException("Deze back-up is voor SQLite. Maak van SQL Server een back-up met BACKUP DATABASE (zie docs/operations.md).");
        }

        var tijd = Stopwatch.StartNew();
        Directory.CreateDirectory(map);
        var doel = Path.GetFullPath(Path.Combine(map, $"gezinsveiligheid-{nu.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}Z.db"));
        if (File.Exists(doel))
        {
            throw new OnderhoudException($"{doel} bestaat al; er is deze seconde al een back-up gemaakt.");
        }

        var bezig = doel + ".bezig";
        File.Delete(bezig);
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [bezig], cancellationToken);
        var (dossiers, logregels) = await ControleerBestandAsync(bezig, cancellationToken);
        File.Move(bezig, doel);
        await File.WriteAllTextAsync(doel + Checksumextensie, $"{await Sha256Async(doel, cancellationToken)}  {Path.GetFileName(doel)}\n", cancellationToken);
        return new Reservekopieverslag(doel, new FileInfo(doel).Length, tijd.Elapsed, dossiers, logregels);
    }

    /// <summary>
    /// Puts a backup in place as the database file <paramref name="doel"/>. An existing database is only replaced when
    /// asked, and then kept next to it (with its WAL files) under a name that says when it was set aside.
    /// </summary>
    public static async Task<Reservekopieverslag> HerstelAsync(string bron, string doel, bool vervang, DateTimeOffset nu, CancellationToken cancellationToken = default)
    {
        var tijd = Stopwatch.StartNew();
        bron = Path.GetFullPath(bron);
        if (!File.Exists(bron))
        {
            throw new OnderhoudException($"De back-up {bron} bestaat niet.");
        }

        if (File.Exists(bron + Checksumextensie))
        {
            var verwacht = (await File.ReadAllTextAsync(bron + Checksumextensie, cancellationToken)).Split(' ', 2)[0].Trim();
            if (!string.Equals(verwacht, await Sha256Async(bron, cancellationToken), StringComparison.OrdinalIgnoreCase))
            {
                throw new OnderhoudException($"De back-up {bron} is beschadigd: de SHA-256 klopt niet met {Path.GetFileName(bron)}{Checksumextensie}.");
            }
        }

        var (dossiers, logregels) = await ControleerBestandAsync(bron, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
        string[] bijbehorend = [doel, doel + "-wal", doel + "-shm"];
        if (bijbehorend.Any(File.Exists))
        {
            if (!vervang)
            {
                throw new OnderhoudException($"Er staat al een database in {doel}. Stop de app en herstel met --vervang; de huidige database blijft dan bewaard.");
            }

            var opzij = "." + nu.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "Z.voor-herstel";
            foreach (var bestand in bijbehorend.Where(File.Exists))
            {
                File.Move(bestand, bestand + opzij);
            }
        }

        File.Copy(bron, doel + ".bezig", overwrite: true);
        File.Move(doel + ".bezig", doel);
        return new Reservekopieverslag(doel, new FileInfo(doel).Length, tijd.Elapsed, dossiers, logregels);
    }

    /// <summary>Opens a database file read-only: SQLite's integrity check, and what it holds.</summary>
    private static async Task<(int Dossiers, long Logregels)> ControleerBestandAsync(string bestand, CancellationToken cancellationToken)
    {
        var verbinding = new SqliteConnectionStringBuilder { DataSource = bestand, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connectie = new SqliteConnection(verbinding);
        await connectie.OpenAsync(cancellationToken);
        await using var opdracht = connectie.CreateCommand();
        opdracht.CommandText = "PRAGMA integrity_check";
        var uitkomst = (string?)await opdracht.ExecuteScalarAsync(cancellationToken);
        if (uitkomst != "ok")
        {
            throw new OnderhoudException($"{bestand} is geen gave SQLite-database: {uitkomst}");
        }

        opdracht.CommandText = "SELECT (SELECT COUNT(*) FROM Dossiers), (SELECT COUNT(*) FROM Toegangslog)";
        await using var lezer = await opdracht.ExecuteReaderAsync(cancellationToken);
        await lezer.ReadAsync(cancellationToken);
        return (lezer.GetInt32(0), lezer.GetInt64(1));
    }

    private static async Task<string> Sha256Async(string bestand, CancellationToken cancellationToken)
    {
        await using var stroom = File.OpenRead(bestand);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stroom, cancellationToken));
    }
}

/// <summary>An operator command that cannot do what was asked; its message says why and what to do.</summary>
public sealed class OnderhoudException(string bericht) : Exception(bericht);
