using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// The one context for dossiers and identity. Each database provider has a derived context that owns that
/// provider's migrations (see docs/adr/0002); pages and services depend on this type only.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Dossier> Dossiers => Set<Dossier>();

    /// <summary>The key ring for cookies and antiforgery tokens, shared by every instance that uses this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Team> Teams => Set<Team>();

    /// <summary>The NEN 7513 access log: append-only and hash-chained.</summary>
    public DbSet<Toegangsregel> Toegangslog => Set<Toegangsregel>();

    public DbSet<ToegangslogKop> ToegangslogKop => Set<ToegangslogKop>();

    public DbSet<Noodtoegang> Noodtoegangen => Set<Noodtoegang>();

    public DbSet<OpgeslagenTermijnen> OpgeslagenTermijnen => Set<OpgeslagenTermijnen>();

    /// <summary>One row per background task that only one instance may run at a time.</summary>
    public DbSet<Taaklease> Taakleases => Set<Taaklease>();

    /// <summary>The overdrachten offered through the API, with the client that offered them and its idempotency key.</summary>
    public DbSet<ApiOverdracht> ApiOverdrachten => Set<ApiOverdracht>();

    /// <summary>The webhook outbox.</summary>
    public DbSet<Webhookbericht> Webhookberichten => Set<Webhookbericht>();

    /// <summary>The notifications in the app, one per user and event.</summary>
    public DbSet<Notificatie> Notificaties => Set<Notificatie>();

    public DbSet<Notificatievoorkeur> Notificatievoorkeuren => Set<Notificatievoorkeur>();

    /// <summary>The e-mail outbox.</summary>
    public DbSet<Mailbericht> Mailberichten => Set<Mailbericht>();

    /// <summary>Documents on dossiers; their files are encrypted in the data directory (Bijlagen/Bijlagekluis).</summary>
    public DbSet<Bijlage> Bijlagen => Set<Bijlage>();

    /// <summary>Legal holds: retention skips a dossier with one that is not lifted.</summary>
    public DbSet<Bewaarplicht> Bewaarplichten => Set<Bewaarplicht>();

    /// <summary>The record of every dossier retention destroyed, without its content.</summary>
    public DbSet<Vernietiging> Vernietigingen => Set<Vernietiging>();

    /// <summary>The anonymous figures of destroyed dossiers that the dashboard's history counts with the live ones.</summary>
    public DbSet<Statistiekoverdracht> Statistiekoverdrachten => Set<Statistiekoverdracht>();

    public DbSet<Statistiekgebeurtenis> Statistiekgebeurtenissen => Set<Statistiekgebeurtenis>();

    public DbSet<Statistiekbeoordeling> Statistiekbeoordelingen => Set<Statistiekbeoordeling>();

    /// <summary>Requests under the AVG (inzage, correctie), handled by the privacy officer.</summary>
    public DbSet<Avgverzoek> Avgverzoeken => Set<Avgverzoek>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(IdentitySchema.ZonderApp);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Moments are stored as UTC date-times: both providers sort and compare those, and SQLite cannot compare offsets.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        // Every enum is stored by its name: readable in the database and in an export, and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(Configurations.Lengte.Enum);
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
        moment => moment.UtcDateTime,
        opgeslagen => new DateTimeOffset(DateTime.SpecifyKind(opgeslagen, DateTimeKind.Utc)));
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
