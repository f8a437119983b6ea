using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijchen.Gezinsveiligheid.Web.Data.Configurations;

internal sealed class ToegangsregelConfiguration : IEntityTypeConfiguration<Toegangsregel>
{
    public const int HashLengte = 64;

    public void Configure(EntityTypeBuilder<Toegangsregel> builder)
    {
        builder.ToTable("Toegangslog");
        builder.HasKey(r => r.Volgnummer);
        builder.Property(r => r.Volgnummer).ValueGeneratedNever();
        builder.Property(r => r.GebruikerId).HasMaxLength(Lengte.Id);
        builder.Property(r => r.GebruikerNaam).HasMaxLength(Lengte.Naam);
        builder.Property(r => r.Rol).HasMaxLength(Lengte.Naam);
        builder.Property(r => r.Namens).HasMaxLength(Lengte.Naam);
        builder.Property(r => r.Onderdeel).HasMaxLength(Lengte.Naam);
        builder.Property(r => r.Herkomst).HasMaxLength(64);
        builder.Property(r => r.VorigeHash).HasMaxLength(HashLengte).IsFixedLength();
        builder.Property(r => r.Hash).HasMaxLength(HashLengte).IsFixedLength();
        builder.HasIndex(r => r.Tijdstip);
        builder.HasIndex(r => new { r.DossierId, r.Tijdstip });
        builder.HasIndex(r => new { r.GebruikerId, r.Tijdstip });
        // The privacy officer's filters on the rare values: partial, so they hold only those rows, not millions of reads.
        // Like every index of the log they end in the moment, the order in which a filtered list is read.
        builder.HasIndex([nameof(Toegangsregel.Soort), nameof(Toegangsregel.Tijdstip)], "IX_Toegangslog_Bijzondere_soort")
            .HasFilter($"[Soort] <> '{nameof(Toegangssoort.Lezen)}'");
        builder.HasIndex([nameof(Toegangsregel.Uitkomst), nameof(Toegangsregel.Tijdstip)], "IX_Toegangslog_Bijzondere_uitkomst")
            .HasFilter($"[Uitkomst] <> '{nameof(Toegangsuitkomst.Toegestaan)}'");
        builder.HasIndex([nameof(Toegangsregel.Doel), nameof(Toegangsregel.Tijdstip)], "IX_Toegangslog_Noodtoegang")
            .HasFilter($"[Doel] <> '{nameof(Toegangsdoel.Normaal)}'");
    }
}

internal sealed class ToegangslogKopConfiguration : IEntityTypeConfiguration<ToegangslogKop>
{
    public void Configure(EntityTypeBuilder<ToegangslogKop> builder)
    {
        builder.ToTable("ToegangslogKop");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Hash).HasMaxLength(ToegangsregelConfiguration.HashLengte).IsFixedLength();
        builder.HasData(new ToegangslogKop { Id = ToegangslogKop.EnigeId, Volgnummer = 0, Hash = ToegangslogKop.BeginHash });
    }
}

internal sealed class NoodtoegangConfiguration : IEntityTypeConfiguration<Noodtoegang>
{
    public void Configure(EntityTypeBuilder<Noodtoegang> builder)
    {
        builder.ToTable("Noodtoegangen");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.GebruikerId).HasMaxLength(Lengte.Id);
        builder.Property(n => n.GebruikerNaam).HasMaxLength(Lengte.Naam);
        builder.Property(n => n.Reden).HasMaxLength(Lengte.Tekst);
        builder.Property(n => n.BeoordeeldDoor).HasMaxLength(Lengte.Naam);
        builder.Property(n => n.BeslistDoor).HasMaxLength(Lengte.Naam);
        builder.Ignore(n => n.WachtOpGoedkeuring);
        builder.HasIndex(n => new { n.GebruikerId, n.Op });
        builder.HasIndex(n => new { n.AanvragerTeamId, n.GoedkeuringNodig, n.Goedgekeurd });
        builder.Property(n => n.Beoordeling).HasMaxLength(Lengte.Tekst);
        builder.HasIndex(n => new { n.GebruikerId, n.DossierId, n.GeldigTot });
        builder.HasIndex(n => new { n.TeamId, n.Op });
        builder.HasIndex(n => n.BeoordeeldOp);
    }
}

internal sealed class OpgeslagenTermijnenConfiguration : IEntityTypeConfiguration<OpgeslagenTermijnen>
{
    public void Configure(EntityTypeBuilder<OpgeslagenTermijnen> builder)
    {
        builder.ToTable("Termijnafspraken");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Json).HasMaxLength(Lengte.Tekst);
        builder.Property(t => t.GewijzigdDoor).HasMaxLength(Lengte.Naam);
    }
}
