using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock. Every page writes its access-log row, so writers meet all the time; left
/// to Microsoft.Data.Sqlite, a writer that finds the lock taken sleeps 150 ms before it tries again, which made every
/// page's p95 about 300 ms at four connections while the median was 10 ms. SQLite's own busy handler retries after
/// 1, 2, 5, 10 … ms, so a writer gets the lock moments after the one before it commits.
/// </summary>
public sealed class SqliteWachtrij : DbConnectionInterceptor
{
    /// <summary>
    /// Far longer than a write of a page takes (tens of milliseconds under load), short enough that a database held by
    /// someone else gives the user the "try again in a minute" page within seconds instead of a hang.
    /// </summary>
    public const int WachttijdMs = 3_000;

    /// <summary>Microsoft.Data.Sqlite's own retry stops here, counted from the start of the command.</summary>
    public const int OpgevenNaSeconden = 4;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var opdracht = Opdracht(connection);
        opdracht.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var opdracht = Opdracht(connection);
        await opdracht.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Opdracht(DbConnection connection)
    {
        var opdracht = connection.CreateCommand();
        opdracht.CommandText = $"PRAGMA busy_timeout = {WachttijdMs};";
        return opdracht;
    }
}
