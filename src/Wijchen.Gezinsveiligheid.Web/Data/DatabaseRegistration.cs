using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wijchen.Gezinsveiligheid.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> (Sqlite, the default, or SqlServer) and the
/// connection string <c>ConnectionStrings:Gezinsveiligheid</c>, which for SQLite defaults to a file in the data folder.
/// </summary>
public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Gezinsveiligheid";

    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var waarde = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(waarde, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{waarde}' is onbekend. Kies 'Sqlite' of 'SqlServer'.");
    }

    /// <summary>Where the SQLite database, the logs and other local files live: <c>DataDirectory</c>, else App_Data.</summary>
    public static string DataDirectory(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration["DataDirectory"] is { Length: > 0 } map ? map : Path.Combine(contentRoot, "App_Data"));

    /// <summary>
    /// Other parts of the application that must write in the same transaction as a change (the notifications) register
    /// an <see cref="ISaveChangesInterceptor"/>; Data does not need to know them.
    /// </summary>
    public static IServiceCollection AddGezinsveiligheidDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        switch (Provider(configuration))
        {
            case DatabaseProvider.Sqlite:
                var gegeven = string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={Path.Combine(DataDirectory(configuration, contentRoot), "gezinsveiligheid.db")}"
                    : connectionString;
                var sqlite = new SqliteConnectionStringBuilder(gegeven);
                // A timeout the operator wrote in the connection string wins; the builder knows every keyword, so ask the text.
                var woorden = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = gegeven };
                if (!woorden.ContainsKey("Default Timeout") && !woorden.ContainsKey("Command Timeout"))
                {
                    sqlite.DefaultTimeout = SqliteWachtrij.OpgevenNaSeconden;
                }

                services.AddDbContext<AppDbContext, SqliteAppDbContext>((diensten, o) => o
                    .UseSqlite(sqlite.ToString())
                    .AddInterceptors(new SqliteWachtrij(), new Webhookgebeurtenissen())
                    .AddInterceptors(diensten.GetServices<ISaveChangesInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException($"Database:Provider is SqlServer, maar ConnectionStrings:{ConnectionStringName} ontbreekt.");
                }

                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((diensten, o) => o
                    .UseSqlServer(connectionString)
                    .AddInterceptors(new Webhookgebeurtenissen())
                    .AddInterceptors(diensten.GetServices<ISaveChangesInterceptor>()));
                break;
            default:
                throw new InvalidOperationException("Onbekende databaseprovider.");
        }

        return services;
    }

    /// <summary>Applies the provider's migrations (the schema only ever comes from them) and, for SQLite, turns on write-ahead logging.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite() && db.Database.GetDbConnection().DataSource is { Length: > 0 } bestand && Path.GetDirectoryName(bestand) is { Length: > 0 } map)
        {
            Directory.CreateDirectory(map);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers continue while a transition commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await WerkStatistiekenBijAsync(db, volledig: false, cancellationToken);
    }

    /// <summary>
    /// Keeps SQLite's query planner informed. Without statistics it guesses, and at the size of a region it guessed a
    /// scan of every dossier for the teamleider's dashboard. <c>PRAGMA optimize</c> analyses only the tables whose size
    /// changed much since the last time (cheap, run at start-up and every few hours); <paramref name="volledig"/>
    /// analyses everything (after a bulk load). SQL Server keeps its statistics itself.
    /// </summary>
    public static async Task WerkStatistiekenBijAsync(AppDbContext db, bool volledig, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            // 0x10002: also tables never analysed before, with a row limit per index so that it stays quick on a large file.
            await db.Database.ExecuteSqlRawAsync(volledig ? "ANALYZE;" : "PRAGMA optimize=0x10002;", cancellationToken);
        }
    }
}

/// <summary>
/// The Identity schema the app uses (version 3 has passkeys). Identity reads it from the app's services; a context made
/// without them (dotnet-ef, a tool, a test) gets these, so every context builds the model the migrations describe.
/// </summary>
public static class IdentitySchema
{
    public static readonly Version Versie = IdentitySchemaVersions.Version3;

    internal static IServiceProvider ZonderApp { get; } =
        new ServiceCollection().Configure<IdentityOptions>(options => options.Stores.SchemaVersion = Versie).BuildServiceProvider();
}

/// <summary>Used by dotnet-ef only: generates the SQLite migrations without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=ontwerp.db").Options);
}

/// <summary>Used by dotnet-ef only: generates the SQL Server migrations; no server is contacted.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=localhost;Database=Gezinsveiligheid;Integrated Security=true;TrustServerCertificate=true").Options);
}
