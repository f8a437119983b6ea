using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data.Configurations;

internal sealed class BijlageConfiguration : IEntityTypeConfiguration<Bijlage>
{
    public void Configure(EntityTypeBuilder<Bijlage> builder)
    {
        builder.ToTable("Bijlagen");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        // Destroying a dossier takes its attachments' rows with it; retention removes the files first.
        builder.HasOne<Dossier>().WithMany().HasForeignKey(b => b.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.DossierId);
        builder.Property(b => b.Beschrijving).HasMaxLength(Lengte.Kort);
        builder.Property(b => b.Onderdeel).HasMaxLength(Lengte.Naam);
        builder.Property(b => b.ToegevoegdDoorId).HasMaxLength(Lengte.Id);
        builder.Property(b => b.ToegevoegdDoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(b => b.VerwijderdDoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(b => b.VerwijderReden).HasMaxLength(Lengte.Tekst);
        builder.Ignore(b => b.Huidige);
        builder.HasMany(b => b.Versies).WithOne().HasForeignKey(v => v.BijlageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BijlageversieConfiguration : IEntityTypeConfiguration<Bijlageversie>
{
    public void Configure(EntityTypeBuilder<Bijlageversie> builder)
    {
        builder.ToTable("Bijlageversies");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.BijlageId, v.Nummer }).IsUnique();
        builder.Property(v => v.Bestandsnaam).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.Opslagnaam).HasMaxLength(64);
        builder.Property(v => v.Sleutel).HasMaxLength(Lengte.Tekst);
        builder.Property(v => v.DoorNaam).HasMaxLength(Lengte.Naam);
    }
}

internal sealed class BewaarplichtConfiguration : IEntityTypeConfiguration<Bewaarplicht>
{
    public void Configure(EntityTypeBuilder<Bewaarplicht> builder)
    {
        builder.ToTable("Bewaarplichten");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        // Retention skips a held dossier; once every hold is lifted and the dossier destroyed, its history of holds goes with it.
        builder.HasOne<Dossier>().WithMany().HasForeignKey(b => b.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.DossierId, b.OpgehevenOp });
        builder.Property(b => b.Reden).HasMaxLength(Lengte.Tekst);
        builder.Property(b => b.OpheffingReden).HasMaxLength(Lengte.Tekst);
        builder.Property(b => b.GeplaatstDoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(b => b.OpgehevenDoorNaam).HasMaxLength(Lengte.Naam);
    }
}

internal sealed class VernietigingConfiguration : IEntityTypeConfiguration<Vernietiging>
{
    public void Configure(EntityTypeBuilder<Vernietiging> builder)
    {
        builder.ToTable("Vernietigingen");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Kenmerk).HasMaxLength(12);
        builder.HasIndex(v => v.Kenmerk);
        builder.HasIndex(v => v.VernietigdOp);
        builder.Property(v => v.Grond).HasMaxLength(Lengte.Kort);
    }
}

internal sealed class StatistiekoverdrachtConfiguration : IEntityTypeConfiguration<Statistiekoverdracht>
{
    public void Configure(EntityTypeBuilder<Statistiekoverdracht> builder)
    {
        builder.ToTable("Statistiekoverdrachten");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        // The same indexes as the live handovers (DossierConfiguration), so that the dashboard's UNION reads both halves
        // from an index alone, per team or for all.
        builder.HasIndex(s => new { s.TeamId, s.Status, s.BesluitOp, s.Dossiersleutel, s.WerkdagenTotAcceptatie });
        builder.HasIndex(s => new { s.TeamId, s.AangebodenOp, s.Dossiersleutel, s.WerkdagenSindsBeoordeling });
        builder.HasIndex(s => new { s.AangebodenOp, s.Dossiersleutel, s.WerkdagenSindsBeoordeling });
        builder.HasIndex(s => new { s.GehoudenOp, s.WerkdagenTotGesprek, s.Dossiersleutel });
        builder.HasIndex(s => new { s.Status, s.BesluitOp, s.Dossiersleutel, s.WerkdagenTotAcceptatie });
        builder.HasIndex(s => new { s.Dossiersleutel, s.TeamId });
    }
}

internal sealed class StatistiekgebeurtenisConfiguration : IEntityTypeConfiguration<Statistiekgebeurtenis>
{
    public void Configure(EntityTypeBuilder<Statistiekgebeurtenis> builder)
    {
        builder.ToTable("Statistiekgebeurtenissen");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.Reeks, s.Op, s.Dossiersleutel });
    }
}

internal sealed class StatistiekbeoordelingConfiguration : IEntityTypeConfiguration<Statistiekbeoordeling>
{
    public void Configure(EntityTypeBuilder<Statistiekbeoordeling> builder)
    {
        builder.ToTable("Statistiekbeoordelingen");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.Datum, s.WerkdagenSindsMelding, s.Dossiersleutel });
    }
}

internal sealed class AvgverzoekConfiguration : IEntityTypeConfiguration<Avgverzoek>
{
    public void Configure(EntityTypeBuilder<Avgverzoek> builder)
    {
        builder.ToTable("Avgverzoeken");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // The officer's deadlines (open ones by deadline) and the latest handled.
        builder.HasIndex(v => new { v.Status, v.Uiterlijk });
        builder.HasIndex(v => new { v.Status, v.AfgehandeldOp });
        // A refused correction is the person's statement on the dossier; the dossier's destruction takes it along.
        builder.HasOne<Dossier>().WithMany().HasForeignKey(v => v.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => v.DossierId);
        builder.Property(v => v.Bsn).HasMaxLength(9);
        builder.Property(v => v.Naam).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.VerlengingReden).HasMaxLength(Lengte.Tekst);
        builder.Property(v => v.BehandelaarId).HasMaxLength(Lengte.Id);
        builder.Property(v => v.BehandelaarNaam).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.OudeWaarde).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.GevraagdeWaarde).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.Toelichting).HasMaxLength(Lengte.Tekst);
        builder.Property(v => v.BesluitReden).HasMaxLength(Lengte.Tekst);
        builder.HasMany(v => v.Achterhoudingen).WithOne().HasForeignKey(a => a.VerzoekId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AchterhoudingConfiguration : IEntityTypeConfiguration<Achterhouding>
{
    public void Configure(EntityTypeBuilder<Achterhouding> builder)
    {
        builder.ToTable("Achterhoudingen");
        builder.HasKey(a => new { a.VerzoekId, a.Onderdeel });
        builder.Property(a => a.Onderdeel).HasMaxLength(Lengte.Naam);
        builder.Property(a => a.Reden).HasMaxLength(Lengte.Tekst);
    }
}
