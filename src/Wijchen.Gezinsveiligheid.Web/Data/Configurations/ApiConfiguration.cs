using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data.Configurations;

internal sealed class ApiOverdrachtConfiguration : IEntityTypeConfiguration<ApiOverdracht>
{
    public void Configure(EntityTypeBuilder<ApiOverdracht> builder)
    {
        builder.ToTable("ApiOverdrachten");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        // Destroying a dossier (retention) takes its API registration with it.
        builder.HasOne<Dossier>().WithMany().HasForeignKey(a => a.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Kenmerk).HasMaxLength(12);
        builder.Property(a => a.ClientId).HasMaxLength(Lengte.Naam);
        builder.Property(a => a.VtOrganisatie).HasMaxLength(Lengte.Naam);
        builder.Property(a => a.IdempotentieSleutel).HasMaxLength(Lengte.Naam);
        builder.Property(a => a.VerzoekHash).HasMaxLength(64);
        builder.HasIndex(a => a.Kenmerk);
        builder.HasIndex(a => a.DossierId);
        // One result per key and client; calls without a key do not meet each other here.
        builder.HasIndex(a => new { a.ClientId, a.IdempotentieSleutel }).IsUnique().HasFilter("IdempotentieSleutel IS NOT NULL");
    }
}

internal sealed class WebhookberichtConfiguration : IEntityTypeConfiguration<Webhookbericht>
{
    public void Configure(EntityTypeBuilder<Webhookbericht> builder)
    {
        builder.ToTable("Webhookberichten");
        Uitgaandbericht.Configureer(builder);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(w => w.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(w => w.ClientId).HasMaxLength(Lengte.Naam);
        builder.Property(w => w.Soort).HasMaxLength(Lengte.Enum);
        builder.Property(w => w.Inhoud).HasMaxLength(Lengte.Tekst);
        builder.HasIndex(w => w.DossierId);
    }
}
