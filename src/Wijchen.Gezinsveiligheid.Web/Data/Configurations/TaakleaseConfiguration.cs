using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijchen.Gezinsveiligheid.Web.Data.Configurations;

internal sealed class TaakleaseConfiguration : IEntityTypeConfiguration<Taaklease>
{
    public void Configure(EntityTypeBuilder<Taaklease> builder)
    {
        builder.ToTable("Taakleases");
        builder.HasKey(t => t.Taak);
        builder.Property(t => t.Taak).HasMaxLength(Lengte.Enum);
        builder.Property(t => t.Houder).HasMaxLength(Lengte.Naam);
    }
}
