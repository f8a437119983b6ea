using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data.Configurations;

internal sealed class NotificatieConfiguration : IEntityTypeConfiguration<Notificatie>
{
    public void Configure(EntityTypeBuilder<Notificatie> builder)
    {
        builder.ToTable("Notificaties");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        // Destroying a dossier (retention) takes its notifications with it.
        builder.HasOne<Dossier>().WithMany().HasForeignKey(n => n.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.OntvangerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.OntvangerId).HasMaxLength(Lengte.Id);
        builder.Property(n => n.Tekst).HasMaxLength(Lengte.Kort);
        builder.Property(n => n.Sleutel).HasMaxLength(Lengte.Naam);
        // The same event reaches a user once, also when two writers race.
        builder.HasIndex(n => new { n.OntvangerId, n.Sleutel }).IsUnique();
        // The bell counts the unread, the page lists the newest.
        builder.HasIndex(n => new { n.OntvangerId, n.GelezenOp });
        builder.HasIndex(n => new { n.OntvangerId, n.Op });
        // The digest asks for what waits for it.
        builder.HasIndex(n => new { n.Mail, n.MailberichtId });
        builder.HasIndex(n => n.DossierId);
    }
}

internal sealed class NotificatievoorkeurConfiguration : IEntityTypeConfiguration<Notificatievoorkeur>
{
    public void Configure(EntityTypeBuilder<Notificatievoorkeur> builder)
    {
        builder.ToTable("Notificatievoorkeuren");
        builder.HasKey(v => new { v.GebruikerId, v.Soort });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(v => v.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.GebruikerId).HasMaxLength(Lengte.Id);
    }
}

internal sealed class MailberichtConfiguration : IEntityTypeConfiguration<Mailbericht>
{
    public void Configure(EntityTypeBuilder<Mailbericht> builder)
    {
        builder.ToTable("Mailberichten");
        Uitgaandbericht.Configureer(builder);
        builder.Property(m => m.OntvangerId).HasMaxLength(Lengte.Id);
        builder.Property(m => m.Adres).HasMaxLength(Lengte.Kort);
        builder.Property(m => m.Onderwerp).HasMaxLength(Lengte.Kort);
    }
}
