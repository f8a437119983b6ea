using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// Tells a database that cannot serve right now (locked by someone else, unreachable, its file gone or full) from a
/// fault in the application. The first passes by itself, and the user is told to try again in a minute (503); the second
/// is a bug (500).
/// </summary>
public static class Databasestoring
{
    // SQLITE_BUSY and SQLITE_LOCKED (someone else holds the lock), SQLITE_IOERR, SQLITE_FULL and SQLITE_CANTOPEN (the
    // file or the disk): not the statement. Microsoft.Data.Sqlite does not mark these transient.
    private static readonly int[] SqliteCodes = [5, 6, 10, 13, 14];

    public static bool IsOnbeschikbaar(Exception fout)
    {
        for (Exception? e = fout; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException
                || e is DbException { IsTransient: true }
                || (e is SqliteException sqlite && SqliteCodes.Contains(sqlite.SqliteErrorCode)))
            {
                return true;
            }
        }

        return false;
    }
}
