using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data.Configurations;

internal static class Lengte
{
    public const int Id = 450;
    public const int Naam = 200;
    public const int Kort = 400;
    public const int Tekst = 4000;
    public const int Enum = 40;
}

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("Dossiers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Naam).HasMaxLength(Lengte.Naam);
        builder.Property(d => d.Fase).HasConversion<string>().HasMaxLength(Lengte.Enum);
        builder.Property(d => d.Versie).IsConcurrencyToken();
        builder.Property(d => d.VtBehandelaarId).HasMaxLength(Lengte.Id);
        builder.Property(d => d.VtBehandelaarNaam).HasMaxLength(Lengte.Naam);
        builder.Property(d => d.RegiehouderId).HasMaxLength(Lengte.Id);
        builder.Property(d => d.RegiehouderNaam).HasMaxLength(Lengte.Naam);
        builder.Property(d => d.RegiehouderOrganisatie).HasConversion<string>().HasMaxLength(Lengte.Enum);
        builder.Property(d => d.AfsluitReden).HasMaxLength(Lengte.Tekst);

        builder.HasIndex(d => new { d.Fase, d.Deadline });
        builder.HasIndex(d => d.Deadline);
        builder.HasIndex(d => d.RegiehouderId);
        builder.HasIndex(d => d.WijkteamId);
        builder.HasIndex(d => d.Naam);

        builder.OwnsOne(d => d.Melding, melding =>
        {
            melding.Property(m => m.MelderNaam).HasMaxLength(Lengte.Naam);
            melding.Property(m => m.MelderRol).HasMaxLength(Lengte.Naam);
            melding.Property(m => m.MelderContact).HasMaxLength(Lengte.Kort);
            melding.Property(m => m.SoortZorg).HasConversion<string>().HasMaxLength(Lengte.Enum);
            melding.Property(m => m.Omschrijving).HasMaxLength(Lengte.Tekst);
        });
        builder.Navigation(d => d.Melding).IsRequired();

        builder.OwnsOne(d => d.AfsluitVoorstel, voorstel =>
        {
            voorstel.Property(v => v.VoorgesteldDoorId).HasMaxLength(Lengte.Id);
            voorstel.Property(v => v.VoorgesteldDoorNaam).HasMaxLength(Lengte.Naam);
            voorstel.Property(v => v.Toelichting).HasMaxLength(Lengte.Tekst);
        });

        builder.HasMany(d => d.Gezinsleden).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Veiligheidsbeoordelingen).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Veiligheidsbeoordelingen).HasField("_beoordelingen");
        builder.HasMany(d => d.Overdrachten).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Regiehistorie).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Chronologie).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);

        builder.Ignore(d => d.Regiehouder);
        builder.Ignore(d => d.LaatsteVeiligheidsbeoordeling);
        builder.Ignore(d => d.HuidigeOverdracht);
    }
}

internal sealed class GezinslidConfiguration : IEntityTypeConfiguration<Gezinslid>
{
    public void Configure(EntityTypeBuilder<Gezinslid> builder)
    {
        builder.ToTable("Gezinsleden");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Naam).HasMaxLength(Lengte.Naam);
        builder.Property(g => g.Rol).HasConversion<string>().HasMaxLength(Lengte.Enum);
        builder.Property(g => g.Bsn).HasConversion(bsn => bsn!.Waarde, waarde => Bsn.Parse(waarde)).HasMaxLength(9);
        builder.HasIndex(g => g.Naam);
    }
}

internal sealed class VeiligheidsbeoordelingConfiguration : IEntityTypeConfiguration<Veiligheidsbeoordeling>
{
    public void Configure(EntityTypeBuilder<Veiligheidsbeoordeling> builder)
    {
        builder.ToTable("Veiligheidsbeoordelingen");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.BeoordelaarId).HasMaxLength(Lengte.Id);
        builder.Property(v => v.BeoordelaarNaam).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.InstrumentNaam).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.InstrumentVersie).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.InstrumentUitkomst).HasMaxLength(Lengte.Kort);
        builder.Property(v => v.Onderbouwing).HasMaxLength(Lengte.Tekst);
        builder.Property(v => v.Besluit).HasConversion<string>().HasMaxLength(Lengte.Enum);
        builder.OwnsMany(v => v.Oordelen, oordeel =>
        {
            oordeel.ToTable("VeiligheidsOordelen");
            // A key EF generates on add, so that entries added to a loaded dossier are inserted (a key the app sets
            // makes EF take them for existing rows); the natural key stays unique.
            oordeel.WithOwner().HasForeignKey("VeiligheidsbeoordelingId");
            oordeel.Property<Guid>("Id");
            oordeel.HasKey("Id");
            oordeel.HasIndex("VeiligheidsbeoordelingId", nameof(Oordeel.GezinslidId)).IsUnique();
            oordeel.Property(o => o.Waarde).HasConversion<string>().HasMaxLength(Lengte.Enum);
            oordeel.Property(o => o.Toelichting).HasMaxLength(Lengte.Tekst);
        });
        builder.OwnsMany(v => v.Kindchecks, kindcheck =>
        {
            kindcheck.ToTable("Kindchecks");
            kindcheck.WithOwner().HasForeignKey("VeiligheidsbeoordelingId");
            kindcheck.Property<Guid>("Id");
            kindcheck.HasKey("Id");
            kindcheck.HasIndex("VeiligheidsbeoordelingId", nameof(Kindcheck.GezinslidId)).IsUnique();
            kindcheck.Property(k => k.Toelichting).HasMaxLength(Lengte.Tekst);
        });
    }
}

internal sealed class OverdrachtConfiguration : IEntityTypeConfiguration<Overdracht>
{
    public void Configure(EntityTypeBuilder<Overdracht> builder)
    {
        builder.ToTable("Overdrachten");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.AangebodenDoorId).HasMaxLength(Lengte.Id);
        builder.Property(o => o.AangebodenDoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(o => o.TeamNaam).HasMaxLength(Lengte.Naam);
        builder.Property(o => o.Context).HasMaxLength(Lengte.Tekst);
        builder.Property(o => o.Contactpersoon).HasMaxLength(Lengte.Naam);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(Lengte.Enum);
        builder.Property(o => o.GesprekLocatie).HasMaxLength(Lengte.Kort);
        builder.Property(o => o.BeoogdCasusregisseurId).HasMaxLength(Lengte.Id);
        builder.Property(o => o.BeoogdCasusregisseurNaam).HasMaxLength(Lengte.Naam);
        builder.Property(o => o.BesluitDoorId).HasMaxLength(Lengte.Id);
        builder.Property(o => o.BesluitDoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(o => o.Reden).HasMaxLength(Lengte.Tekst);
        builder.Property(o => o.CasusregisseurId).HasMaxLength(Lengte.Id);
        builder.Property(o => o.CasusregisseurNaam).HasMaxLength(Lengte.Naam);
        builder.HasIndex(o => new { o.TeamId, o.Status });
        builder.HasMany(o => o.Voorwaarden).WithOne().HasForeignKey("OverdrachtId").OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(o => o.IsOpen);
        builder.Ignore(o => o.IsGesprekGehouden);
        builder.Ignore(o => o.IsWarm);
    }
}

internal sealed class VeiligheidsvoorwaardeConfiguration : IEntityTypeConfiguration<Veiligheidsvoorwaarde>
{
    public void Configure(EntityTypeBuilder<Veiligheidsvoorwaarde> builder)
    {
        builder.ToTable("Veiligheidsvoorwaarden");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Omschrijving).HasMaxLength(Lengte.Tekst);
        builder.Property(v => v.VoorWie).HasMaxLength(Lengte.Naam);
        builder.Property(v => v.Verantwoordelijke).HasMaxLength(Lengte.Naam);
    }
}

internal sealed class RegieWisselConfiguration : IEntityTypeConfiguration<RegieWissel>
{
    public void Configure(EntityTypeBuilder<RegieWissel> builder)
    {
        builder.ToTable("Regiehistorie");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.VanId).HasMaxLength(Lengte.Id);
        builder.Property(r => r.VanNaam).HasMaxLength(Lengte.Naam);
        builder.Property(r => r.NaarId).HasMaxLength(Lengte.Id);
        builder.Property(r => r.NaarNaam).HasMaxLength(Lengte.Naam);
        builder.Property(r => r.NaarOrganisatie).HasConversion<string>().HasMaxLength(Lengte.Enum);
        builder.Property(r => r.DoorId).HasMaxLength(Lengte.Id);
        builder.Property(r => r.DoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(r => r.Reden).HasMaxLength(Lengte.Tekst);
    }
}

internal sealed class ChronologieItemConfiguration : IEntityTypeConfiguration<ChronologieItem>
{
    public void Configure(EntityTypeBuilder<ChronologieItem> builder)
    {
        builder.ToTable("Chronologie");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Soort).HasConversion<string>().HasMaxLength(Lengte.Enum);
        builder.Property(c => c.Actie).HasConversion<string>().HasMaxLength(Lengte.Enum);
        builder.Property(c => c.Omschrijving).HasMaxLength(Lengte.Tekst);
        builder.Property(c => c.DoorId).HasMaxLength(Lengte.Id);
        builder.Property(c => c.DoorNaam).HasMaxLength(Lengte.Naam);
        // Not unique on purpose: two writers of the same dossier are stopped by the dossier's version token, so a
        // conflict always surfaces as one kind of error, whichever row the database writes first.
        builder.HasIndex("DossierId", nameof(ChronologieItem.Volgnummer));
    }
}
