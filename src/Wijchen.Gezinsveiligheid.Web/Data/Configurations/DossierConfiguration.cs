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
        builder.Property(d => d.Versie).IsConcurrencyToken();
        builder.Property(d => d.VtBehandelaarId).HasMaxLength(Lengte.Id);
        builder.Property(d => d.VtBehandelaarNaam).HasMaxLength(Lengte.Naam);
        builder.Property(d => d.RegiehouderId).HasMaxLength(Lengte.Id);
        builder.Property(d => d.RegiehouderNaam).HasMaxLength(Lengte.Naam);
        builder.Property(d => d.AfsluitReden).HasMaxLength(Lengte.Tekst);

        builder.HasIndex(d => new { d.Fase, d.Deadline });
        builder.HasIndex(d => d.Deadline);
        // Only dossiers with a regiehouder: a closed dossier has none, so a full index would put the whole closed history
        // under NULL, and "open without regiehouder" would walk it instead of the open-dossier index below.
        builder.HasIndex(d => d.RegiehouderId).HasFilter("[RegiehouderId] IS NOT NULL");
        builder.HasIndex(d => d.WijkteamId);
        builder.HasIndex(d => d.Naam);
        builder.HasIndex(d => d.VtBehandelaarId);
        builder.HasIndex(d => new { d.Fase, d.PlanUiterlijk });
        builder.HasIndex(d => new { d.Fase, d.EvaluatieUiterlijk });
        builder.HasIndex(d => new { d.Fase, d.MonitoringUiterlijk });
        // The dashboard: open dossiers per phase and regiehouder, the stored signals, and the months of the trends.
        builder.HasIndex(d => new { d.Fase, d.RegiehouderOrganisatie, d.RegiehouderTeamId });
        builder.HasIndex(d => new { d.Fase, d.AantalKinderenZonderOordeel });
        builder.HasIndex(d => new { d.Fase, d.AantalPartijenZonderPlan });
        // The trends count dossiers per month of an event; with the id in the index the months are read from it alone.
        // For one team the walk goes the other way, from the team's dossiers to their month: (Id, month) answers that
        // without reading the wide dossier rows.
        builder.HasIndex(d => new { d.AfgeslotenOp, d.Id });
        builder.HasIndex(d => new { d.Id, d.AfgeslotenOp });
        // The open dossiers are a tenth of a region and everything people work on: lists, counts and signals ask
        // "Fase <> 'Afgesloten'" in exactly these words, which this partial index answers without reading the
        // closed history. (Statistics alone cannot: they see ten phases of equal size, not nine small ones and a large one.)
        // It holds every column the dashboard's regie tables and signals read, in the order they are grouped, so the
        // dashboard counts a region's open dossiers from the index alone, without a sort and without the wide rows.
        builder.HasIndex(
                d => new
                {
                    d.Fase, d.RegiehouderOrganisatie, d.RegiehouderTeamId, d.RegiehouderId, d.RegiehouderNaam, d.Deadline,
                    d.PlanVastgesteldOp, d.PlanUiterlijk, d.AantalPartijenZonderPlan, d.EvaluatieUiterlijk,
                    d.AantalKinderenZonderOordeel, d.MonitoringUiterlijk, d.Id,
                },
                "IX_Dossiers_Open")
            .HasFilter($"[Fase] <> '{nameof(DossierFase.Afgesloten)}'");

        builder.OwnsOne(d => d.Melding, melding =>
        {
            Meldingkolommen(melding);
            melding.HasIndex(nameof(Melding.OntvangenOp), "DossierId");
            melding.HasIndex("DossierId", nameof(Melding.OntvangenOp));
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
        builder.HasMany(d => d.Netwerkpartners).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Veiligheidsplannen).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Mdos).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Evaluaties).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.LatereMeldingen).WithOne().HasForeignKey("DossierId").OnDelete(DeleteBehavior.Cascade);

        builder.Ignore(d => d.Regiehouder);
        builder.Ignore(d => d.LaatsteVeiligheidsbeoordeling);
        builder.Ignore(d => d.HuidigeOverdracht);
        builder.Ignore(d => d.GeaccepteerdeOverdracht);
        builder.Ignore(d => d.HuidigPlan);
        builder.Ignore(d => d.GeldendPlan);
        builder.Ignore(d => d.LaatsteEvaluatie);
        builder.Ignore(d => d.OpenMdoActies);
        builder.Ignore(d => d.NietNageleefdeVoorwaarden);
    }

    /// <summary>The first melding and every later one keep the same columns, so the melder is protected the same way in both.</summary>
    internal static void Meldingkolommen<TEigenaar>(OwnedNavigationBuilder<TEigenaar, Melding> melding)
        where TEigenaar : class
    {
        melding.Property(m => m.MelderNaam).HasMaxLength(Lengte.Naam);
        melding.Property(m => m.MelderRol).HasMaxLength(Lengte.Naam);
        melding.Property(m => m.MelderContact).HasMaxLength(Lengte.Kort);
        melding.Property(m => m.Omschrijving).HasMaxLength(Lengte.Tekst);
    }
}

internal sealed class LatereMeldingConfiguration : IEntityTypeConfiguration<LatereMelding>
{
    public void Configure(EntityTypeBuilder<LatereMelding> builder)
    {
        builder.ToTable("LatereMeldingen");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.GeregistreerdDoorId).HasMaxLength(Lengte.Id);
        builder.Property(m => m.GeregistreerdDoorNaam).HasMaxLength(Lengte.Naam);
        builder.OwnsOne(m => m.Melding, DossierConfiguration.Meldingkolommen);
        builder.Navigation(m => m.Melding).IsRequired();
        // Mijn werk: the recent meldingen in the dossiers a worker leads.
        builder.HasIndex(m => m.GeregistreerdOp);
    }
}

internal sealed class GezinslidConfiguration : IEntityTypeConfiguration<Gezinslid>
{
    public void Configure(EntityTypeBuilder<Gezinslid> builder)
    {
        builder.ToTable("Gezinsleden");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Naam).HasMaxLength(Lengte.Naam);
        builder.Property(g => g.Bsn).HasConversion(bsn => bsn!.Waarde, waarde => Bsn.Parse(waarde)).HasMaxLength(9);
        builder.HasIndex(g => g.Naam);
        // A new melding looks for the same person in open dossiers: the same BSN, or the same birth date (and name).
        builder.HasIndex(g => g.Bsn);
        builder.HasIndex(g => g.Geboortedatum);
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
        // Lead time melding → VB: the stored lead times of the period's first VBs, and their dossiers for a team.
        builder.HasIndex(nameof(Veiligheidsbeoordeling.Datum), nameof(Veiligheidsbeoordeling.WerkdagenSindsMelding), "DossierId");
        builder.HasIndex("DossierId", nameof(Veiligheidsbeoordeling.Datum));
        builder.OwnsMany(v => v.Oordelen, oordeel =>
        {
            oordeel.ToTable("VeiligheidsOordelen");
            // A key EF generates on add, so that entries added to a loaded dossier are inserted (a key the app sets
            // makes EF take them for existing rows); the natural key stays unique.
            oordeel.WithOwner().HasForeignKey("VeiligheidsbeoordelingId");
            oordeel.Property<Guid>("Id");
            oordeel.HasKey("Id");
            oordeel.HasIndex("VeiligheidsbeoordelingId", nameof(Oordeel.GezinslidId)).IsUnique();
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
        builder.Property(o => o.GesprekLocatie).HasMaxLength(Lengte.Kort);
        builder.Property(o => o.BeoogdCasusregisseurId).HasMaxLength(Lengte.Id);
        builder.Property(o => o.BeoogdCasusregisseurNaam).HasMaxLength(Lengte.Naam);
        builder.Property(o => o.BesluitDoorId).HasMaxLength(Lengte.Id);
        builder.Property(o => o.BesluitDoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(o => o.Reden).HasMaxLength(Lengte.Tekst);
        builder.Property(o => o.CasusregisseurId).HasMaxLength(Lengte.Id);
        builder.Property(o => o.CasusregisseurNaam).HasMaxLength(Lengte.Naam);
        // A team's handovers: its open offers by status, its acceptances per period, and which dossiers were ever offered
        // to it (the dashboard's team filter) - the dossier id lets all three be answered from the index alone, and the
        // stored lead time of each step lets the dashboard count its distribution from the same index.
        builder.HasIndex(nameof(Overdracht.TeamId), nameof(Overdracht.Status), nameof(Overdracht.BesluitOp), "DossierId", nameof(Overdracht.WerkdagenTotAcceptatie));
        builder.HasIndex(nameof(Overdracht.TeamId), nameof(Overdracht.AangebodenOp), "DossierId", nameof(Overdracht.WerkdagenSindsBeoordeling));
        // Mijn werk: the gesprekken someone is invited to as the future casusregisseur.
        builder.HasIndex(o => new { o.BeoogdCasusregisseurId, o.Status });
        builder.HasIndex(nameof(Overdracht.AangebodenOp), "DossierId", nameof(Overdracht.WerkdagenSindsBeoordeling));
        builder.HasIndex(nameof(Overdracht.GehoudenOp), nameof(Overdracht.WerkdagenTotGesprek), "DossierId");
        builder.HasIndex(nameof(Overdracht.Status), nameof(Overdracht.BesluitOp), "DossierId", nameof(Overdracht.WerkdagenTotAcceptatie));
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
        builder.HasMany(v => v.Controles).WithOne().HasForeignKey("VeiligheidsvoorwaardeId").OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(v => v.LaatsteControle);
    }
}

internal sealed class VoorwaardeControleConfiguration : IEntityTypeConfiguration<VoorwaardeControle>
{
    public void Configure(EntityTypeBuilder<VoorwaardeControle> builder)
    {
        builder.ToTable("VoorwaardeControles");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Toelichting).HasMaxLength(Lengte.Tekst);
        builder.Property(c => c.DoorNaam).HasMaxLength(Lengte.Naam);
    }
}

internal sealed class NetwerkpartnerConfiguration : IEntityTypeConfiguration<Netwerkpartner>
{
    public void Configure(EntityTypeBuilder<Netwerkpartner> builder)
    {
        builder.ToTable("Netwerkpartners");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Organisatie).HasMaxLength(Lengte.Naam);
        builder.Property(p => p.Contactpersoon).HasMaxLength(Lengte.Naam);
        builder.Property(p => p.Contactgegevens).HasMaxLength(Lengte.Kort);
    }
}

/// <summary>
/// A plan version's sections are values of that version, never queried on their own: they live as JSON in the plan's row,
/// so a version is one row and reading an old version reads exactly what was vastgesteld.
/// </summary>
internal sealed class VeiligheidsplanConfiguration : IEntityTypeConfiguration<Veiligheidsplan>
{
    public void Configure(EntityTypeBuilder<Veiligheidsplan> builder)
    {
        builder.ToTable("Veiligheidsplannen");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Zorgen).HasMaxLength(Lengte.Tekst);
        builder.Property(p => p.WatGaatGoed).HasMaxLength(Lengte.Tekst);
        builder.Property(p => p.Veiligheidsdoelen).HasMaxLength(Lengte.Tekst);
        builder.Property(p => p.InterneNotitie).HasMaxLength(Lengte.Tekst);
        builder.Property(p => p.GewijzigdDoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(p => p.VastgesteldDoorNaam).HasMaxLength(Lengte.Naam);
        builder.HasIndex("DossierId", nameof(Veiligheidsplan.Versie)).IsUnique();
        builder.OwnsMany(p => p.Afspraken, a => a.ToJson());
        builder.OwnsMany(p => p.Netwerk, n => n.ToJson());
        builder.OwnsMany(p => p.Schaalvragen, s => s.ToJson());
        builder.OwnsMany(p => p.Verspreidingslijst, v => v.ToJson());
        builder.Ignore(p => p.NietGedeeld);
    }
}

internal sealed class MdoConfiguration : IEntityTypeConfiguration<Mdo>
{
    public void Configure(EntityTypeBuilder<Mdo> builder)
    {
        builder.ToTable("Mdos");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Locatie).HasMaxLength(Lengte.Kort);
        builder.Property(m => m.Agenda).HasMaxLength(Lengte.Tekst);
        builder.Property(m => m.Besluiten).HasMaxLength(Lengte.Tekst);
        builder.HasMany(m => m.Acties).WithOne().HasForeignKey("MdoId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Acties).HasField("_acties");
    }
}

internal sealed class MdoActieConfiguration : IEntityTypeConfiguration<MdoActie>
{
    public void Configure(EntityTypeBuilder<MdoActie> builder)
    {
        builder.ToTable("MdoActies");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Wat).HasMaxLength(Lengte.Tekst);
        builder.Property(a => a.EigenaarNaam).HasMaxLength(Lengte.Naam);
        builder.Property(a => a.EigenaarId).HasMaxLength(Lengte.Id);
        builder.Property(a => a.AfgerondDoorNaam).HasMaxLength(Lengte.Naam);
        // Mijn werk asks for the open actions of one owner, by due date.
        builder.HasIndex(a => new { a.EigenaarId, a.AfgerondOp, a.Uiterlijk });
        // The dashboard asks for open actions past their date, in any dossier.
        builder.HasIndex(a => new { a.AfgerondOp, a.Uiterlijk });
    }
}

/// <summary>An evaluation's judgements per child and kindchecks per adult are part of that evaluation: JSON in its row.</summary>
internal sealed class EvaluatieConfiguration : IEntityTypeConfiguration<Evaluatie>
{
    public void Configure(EntityTypeBuilder<Evaluatie> builder)
    {
        builder.ToTable("Evaluaties");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.DoorId).HasMaxLength(Lengte.Id);
        builder.Property(e => e.DoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(e => e.InstrumentNaam).HasMaxLength(Lengte.Naam);
        builder.Property(e => e.InstrumentVersie).HasMaxLength(Lengte.Naam);
        builder.Property(e => e.Risiconiveau).HasMaxLength(Lengte.Kort);
        builder.Property(e => e.ProfessioneelOordeel).HasMaxLength(Lengte.Tekst);
        builder.Property(e => e.StemVanHetKind).HasMaxLength(Lengte.Tekst);
        builder.Property(e => e.HulpvraagOuders).HasMaxLength(Lengte.Tekst);
        builder.Property(e => e.Toelichting).HasMaxLength(Lengte.Tekst);
        builder.OwnsMany(e => e.Oordelen, o =>
        {
            o.ToJson("OordelenJson");
        });
        builder.OwnsMany(e => e.Kindchecks, k => k.ToJson("KindchecksJson"));
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
        builder.Property(r => r.DoorId).HasMaxLength(Lengte.Id);
        builder.Property(r => r.DoorNaam).HasMaxLength(Lengte.Naam);
        builder.Property(r => r.Reden).HasMaxLength(Lengte.Tekst);
        // The latest change per dossier, which the dashboard compares with the dossier's regiehouder for every open
        // dossier: carrying NaarId answers that from the index alone.
        builder.HasIndex("DossierId", nameof(RegieWissel.Volgnummer), nameof(RegieWissel.NaarId));
        // New in Mijn werk: changes to this person, recent first.
        builder.HasIndex(r => new { r.NaarId, r.Op });
    }
}

internal sealed class ChronologieItemConfiguration : IEntityTypeConfiguration<ChronologieItem>
{
    public void Configure(EntityTypeBuilder<ChronologieItem> builder)
    {
        builder.ToTable("Chronologie");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Omschrijving).HasMaxLength(Lengte.Tekst);
        builder.Property(c => c.DoorId).HasMaxLength(Lengte.Id);
        builder.Property(c => c.DoorNaam).HasMaxLength(Lengte.Naam);
        // Not unique on purpose: two writers of the same dossier are stopped by the dossier's version token, so a
        // conflict always surfaces as one kind of error, whichever row the database writes first.
        builder.HasIndex("DossierId", nameof(ChronologieItem.Volgnummer));
        // Trends: terugmeldingen per month. Partial, because they are a few hundred among millions of events: the
        // planner then sees how few there are, where an index on (Actie, Op) looked larger than walking the chronology
        // of every dossier in a team.
        builder.HasIndex([nameof(ChronologieItem.Op), "DossierId"], "IX_Chronologie_Terugmeldingen")
            .HasFilter($"[Actie] = '{nameof(DossierActie.Terugmelden)}'");
    }
}
