namespace Wijchen.Gezinsveiligheid.Domain.Tests;

/// <summary>The casusregisseur's tools: domain invariants 3–6 and the deadlines they drive.</summary>
public class CasusregieTests
{
    [Fact]
    public void Bij_acceptatie_lopen_de_termijnen_voor_plan_evaluatie_en_monitoring()
    {
        var dossier = new Scenario().InFase(DossierFase.Casusregie);

        // Accepted on Monday 2 March 2026: 20 working days, 3 months, and VT's first moment after 3 months.
        Assert.Equal(new DateOnly(2026, 3, 30), dossier.PlanUiterlijk);
        Assert.Equal(new DateOnly(2026, 6, 2), dossier.EvaluatieUiterlijk);
        Assert.Equal(new DateOnly(2026, 6, 2), dossier.MonitoringUiterlijk);
        Assert.Equal(dossier.PlanUiterlijk, dossier.Deadline);
        Assert.Equal("Veiligheidsplan vastgesteld", dossier.DeadlineOmschrijving);
    }

    [Fact]
    public void Vaststellen_eist_afspraken_netwerk_verspreidingslijst_en_een_evaluatiedatum()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        dossier.StelVeiligheidsplanOp(new VeiligheidsplanGegevens("Zorg", "", "Doel", [], [], [], null, [], null), scenario.Door(Scenario.Wijkteam));
        var voor = Momentopname.Van(dossier);

        var fout = Assert.Throws<DomainException>(() => dossier.StelVeiligheidsplanVast(scenario.Door(Scenario.Wijkteam)));

        Assert.Contains("Leg minstens één afspraak vast.", fout.Message, StringComparison.Ordinal);
        Assert.Contains("veiligheidsnetwerk", fout.Message, StringComparison.Ordinal);
        Assert.Contains("verspreidingslijst", fout.Message, StringComparison.Ordinal);
        Assert.Contains("Plan de volgende evaluatie.", fout.Message, StringComparison.Ordinal);
        Assert.Equal(voor, Momentopname.Van(dossier));
        Assert.Equal(PlanStatus.Concept, dossier.HuidigPlan!.Status);
    }

    [Fact]
    public void Een_afspraak_zonder_wat_als_het_misgaat_of_een_evaluatie_na_de_cyclus_houdt_het_plan_in_concept()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        dossier.LegNetwerkpartnerVast(null, Scenario.School(dossier), scenario.Door(Scenario.Wijkteam));
        var plan = scenario.Plan(dossier);
        dossier.StelVeiligheidsplanOp(plan with { Afspraken = [plan.Afspraken[0] with { AlsHetMisgaat = " " }], VolgendeEvaluatie = dossier.EvaluatieUiterlijk!.Value.AddDays(1) },
            scenario.Door(Scenario.Wijkteam));

        var fout = Assert.Throws<DomainException>(() => dossier.StelVeiligheidsplanVast(scenario.Door(Scenario.Wijkteam)));

        Assert.Contains("wat er gebeurt als het misgaat", fout.Message, StringComparison.Ordinal);
        Assert.Contains("2 juni 2026", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alleen_de_casusregisseur_stelt_vast()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie, DossierActie.VeiligheidsplanVaststellen);

        var fout = Assert.Throws<DomainException>(() => dossier.StelVeiligheidsplanVast(scenario.Door(Scenario.Teamleider)));

        Assert.Equal("'Veiligheidsplan vaststellen' is voorbehouden aan de casusregisseur.", fout.Message);
    }

    [Fact]
    public void Vaststellen_zet_de_datum_en_de_evaluatiedatum_van_het_plan_wordt_de_termijn()
    {
        var scenario = new Scenario();
        var dossier = scenario.MetVastgesteldPlan();
        var plan = dossier.GeldendPlan!;

        Assert.Equal(1, plan.Versie);
        Assert.Equal(new DateOnly(2026, 3, 2), plan.VastgesteldOp);
        Assert.Equal(Scenario.Wijkteam.Naam, plan.VastgesteldDoorNaam);
        Assert.Equal(new DateOnly(2026, 3, 2), dossier.PlanVastgesteldOp);
        Assert.Equal((dossier.PlanUiterlijk, dossier.PlanVastgesteldOp), (dossier.GeaccepteerdeOverdracht!.PlanUiterlijk, dossier.GeaccepteerdeOverdracht.PlanVastgesteldOp));
        Assert.Equal(plan.VolgendeEvaluatie, dossier.EvaluatieUiterlijk);
        Assert.Equal(dossier.EvaluatieUiterlijk, dossier.Deadline);
        Assert.Equal("Evaluatie van de risico's", dossier.DeadlineOmschrijving);
    }

    [Fact]
    public void Wijzigen_van_een_vastgesteld_plan_maakt_een_nieuwe_versie_en_de_vorige_blijft_ongewijzigd()
    {
        var scenario = new Scenario();
        var dossier = scenario.MetVastgesteldPlan();
        var eerste = dossier.GeldendPlan!;

        var tweede = dossier.StelVeiligheidsplanOp(scenario.Plan(dossier) with { Veiligheidsdoelen = "Vader ziet de kinderen alleen onder begeleiding." },
            scenario.Door(Scenario.Wijkteam));

        Assert.NotSame(eerste, tweede);
        Assert.Equal(2, tweede.Versie);
        Assert.Equal(PlanStatus.Concept, tweede.Status);
        Assert.Equal("De kinderen zijn geen getuige meer van geweld.", eerste.Veiligheidsdoelen);
        Assert.Equal(PlanStatus.Vastgesteld, eerste.Status);
        Assert.Same(eerste, dossier.GeldendPlan);
        Assert.Equal([1, 2], dossier.Veiligheidsplannen.Select(p => p.Versie));

        dossier.StelVeiligheidsplanVast(scenario.Door(Scenario.Wijkteam));
        Assert.Same(tweede, dossier.GeldendPlan);
        Assert.Equal(2, dossier.Veiligheidsplannen.Count);
    }

    [Fact]
    public void Het_plan_is_niet_gedeeld_tot_elke_partij_het_heeft_en_verzenden_wordt_per_partij_vastgelegd()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        var school = dossier.LegNetwerkpartnerVast(null, Scenario.School(dossier), scenario.Door(Scenario.Wijkteam));
        var huisarts = dossier.LegNetwerkpartnerVast(null, new NetwerkpartnerGegevens(NetwerkpartnerSoort.Huisarts, "Huisartsenpraktijk Wijchen", "Dr. Peters", "024-7654321",
            [dossier.Gezinsleden[0].Id]), scenario.Door(Scenario.Wijkteam));
        dossier.StelVeiligheidsplanOp(scenario.Plan(dossier), scenario.Door(Scenario.Wijkteam));
        dossier.StelVeiligheidsplanVast(scenario.Door(Scenario.Wijkteam));
        var plan = dossier.GeldendPlan!;
        Assert.Equal(["Basisschool De Regenboog (school)", "Huisartsenpraktijk Wijchen (huisarts)"], plan.NietGedeeld.Select(v => v.Partij));
        Assert.Equal(2, dossier.AantalPartijenZonderPlan);

        var vandaag = Scenario.Termijnen.Datum(scenario.Nu);
        Assert.Throws<DomainException>(() => dossier.VerspreidVeiligheidsplan([school.Id], vandaag.AddDays(-1), scenario.Door(Scenario.Wijkteam)));
        Assert.Throws<DomainException>(() => dossier.VerspreidVeiligheidsplan([school.Id], vandaag.AddDays(1), scenario.Door(Scenario.Wijkteam)));
        dossier.VerspreidVeiligheidsplan([school.Id], vandaag, scenario.Door(Scenario.Teamleider));

        Assert.Equal(["Huisartsenpraktijk Wijchen (huisarts)"], plan.NietGedeeld.Select(v => v.Partij));
        var gedeeld = plan.Verspreidingslijst.Single(v => v.NetwerkpartnerId == school.Id);
        Assert.Equal((vandaag, Scenario.Teamleider.Naam), (gedeeld.VerzondenOp!.Value, gedeeld.VerzondenDoorNaam));
        Assert.Throws<DomainException>(() => dossier.VerspreidVeiligheidsplan([school.Id], vandaag, scenario.Door(Scenario.Wijkteam)));

        Assert.Equal(1, dossier.AantalPartijenZonderPlan);
        dossier.VerspreidVeiligheidsplan([huisarts.Id], vandaag, scenario.Door(Scenario.Wijkteam));
        Assert.Empty(plan.NietGedeeld);
        Assert.Equal(0, dossier.AantalPartijenZonderPlan);
        Assert.DoesNotContain(DossierActie.VeiligheidsplanVerspreiden, dossier.MogelijkeActies);
    }

    [Fact]
    public void Een_evaluatie_zonder_oordeel_voor_elk_kind_of_zonder_stem_van_het_kind_wordt_geweigerd()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        var evaluatie = scenario.Evaluatie(dossier);
        var voor = Momentopname.Van(dossier);

        var zonderDaan = Assert.Throws<DomainException>(() => dossier.LegEvaluatieVast(evaluatie with { Oordelen = [evaluatie.Oordelen[0]] }, scenario.Door(Scenario.Wijkteam)));
        var zonderStem = Assert.Throws<DomainException>(() => dossier.LegEvaluatieVast(evaluatie with { StemVanHetKind = "" }, scenario.Door(Scenario.Wijkteam)));
        var zonderKindcheck = Assert.Throws<DomainException>(() => dossier.LegEvaluatieVast(evaluatie with { Kindchecks = [] }, scenario.Door(Scenario.Wijkteam)));

        Assert.Equal("Geef een veiligheidsoordeel voor elk kind: nog niet voor Daan de Vries.", zonderDaan.Message);
        Assert.Contains("stem van het kind", zonderStem.Message, StringComparison.Ordinal);
        Assert.Contains("kindcheck", zonderKindcheck.Message, StringComparison.Ordinal);
        Assert.Equal(voor, Momentopname.Van(dossier));
    }

    [Fact]
    public void Een_evaluatie_houdt_risico_stem_van_het_kind_en_hulpvraag_apart_en_start_de_cyclus_opnieuw()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);

        var evaluatie = dossier.LegEvaluatieVast(scenario.Evaluatie(dossier), scenario.Door(Scenario.Wijkteam));

        Assert.Equal("Geen nieuwe incidenten; afspraken werken", evaluatie.ProfessioneelOordeel);
        Assert.Equal("Lotte zegt dat het thuis rustiger is", evaluatie.StemVanHetKind);
        Assert.Equal("Ouders willen opvoedondersteuning", evaluatie.HulpvraagOuders);
        Assert.Equal(("LIRIK", "Gemiddeld risico"), (evaluatie.InstrumentNaam, evaluatie.Risiconiveau));
        Assert.Equal(new DateOnly(2026, 6, 2), dossier.EvaluatieUiterlijk);
        Assert.Equal(2, evaluatie.Oordelen.Count);
    }

    [Fact]
    public void Een_kind_dat_na_de_laatste_evaluatie_in_beeld_komt_geeft_een_waarschuwing_tot_de_volgende_evaluatie()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        dossier.LegEvaluatieVast(scenario.Evaluatie(dossier), scenario.Door(Scenario.Wijkteam));
        var vandaag = Scenario.Termijnen.Datum(scenario.Nu);
        Assert.Empty(dossier.KinderenZonderOordeel(vandaag));

        dossier.VoegGezinslidToe(new GezinslidGegevens("Noor de Vries", new DateOnly(2024, 6, 1), null, GezinslidRol.Kind, true), scenario.Door(Scenario.Wijkteam));
        Assert.Equal(["Noor de Vries"], dossier.KinderenZonderOordeel(vandaag).Select(k => k.Naam));
        Assert.Equal(1, dossier.AantalKinderenZonderOordeel);

        dossier.LegEvaluatieVast(scenario.Evaluatie(dossier), scenario.Door(Scenario.Wijkteam));
        Assert.Empty(dossier.KinderenZonderOordeel(vandaag));
        Assert.Equal(0, dossier.AantalKinderenZonderOordeel);
    }

    [Fact]
    public void Een_niet_nageleefde_voorwaarde_biedt_de_terugmelding_aan_en_na_terugmelden_stopt_de_monitoring()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        var vandaag = Scenario.Termijnen.Datum(scenario.Nu);
        var voorwaarde = dossier.GeaccepteerdeOverdracht!.Voorwaarden[0];

        var zonderToelichting = Assert.Throws<DomainException>(() =>
            dossier.ControleerVoorwaarden(vandaag, [new ControleGegevens(voorwaarde.Id, Naleving.NietNageleefd, " ")], scenario.Door(Scenario.Wijkteam)));
        Assert.Contains("Licht toe", zonderToelichting.Message, StringComparison.Ordinal);

        dossier.ControleerVoorwaarden(vandaag, [new ControleGegevens(voorwaarde.Id, Naleving.NietNageleefd, "Vader was zaterdag weer thuis")], scenario.Door(Scenario.Wijkteam));

        Assert.Equal([voorwaarde], dossier.NietNageleefdeVoorwaarden);
        Assert.Null(voorwaarde.LaatsteControle!.MonitoringMaand);
        Assert.Contains(DossierActie.Terugmelden, dossier.MogelijkeActies);
        dossier.Terugmelden("Voorwaarde niet nageleefd", "Vader was zaterdag weer thuis", scenario.Door(Scenario.Wijkteam));
        Assert.Equal(DossierFase.Opgeschaald, dossier.Fase);
        Assert.Empty(dossier.NietNageleefdeVoorwaarden);
        Assert.Null(dossier.MonitoringUiterlijk);
        Assert.Null(dossier.EvaluatieUiterlijk);
    }

    [Fact]
    public void Een_controle_door_Veilig_Thuis_telt_als_het_volgende_monitoringsmoment_en_dekt_alle_voorwaarden()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        var vandaag = Scenario.Termijnen.Datum(scenario.Nu);

        dossier.ControleerVoorwaarden(vandaag, Scenario.Controles(dossier), scenario.Door(Scenario.Vt));

        Assert.Equal(3, dossier.GeaccepteerdeOverdracht!.Voorwaarden[0].LaatsteControle!.MonitoringMaand);
        Assert.Equal(
            [(3, new DateOnly(2026, 6, 2), true), (6, new DateOnly(2026, 9, 2), false), (12, new DateOnly(2027, 3, 2), false), (18, new DateOnly(2027, 9, 2), false)],
            dossier.MonitoringMomenten(Scenario.Termijnen));
        Assert.Equal(new DateOnly(2026, 9, 2), dossier.MonitoringUiterlijk);
        Assert.Throws<DomainException>(() => dossier.ControleerVoorwaarden(vandaag, Scenario.Controles(dossier), scenario.Door(Scenario.AnderTeam)));
    }

    [Fact]
    public void Een_MDO_actie_zonder_eigenaar_wordt_geweigerd_en_een_afgeronde_actie_staat_niet_meer_open()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie, DossierActie.MdoVastleggen);
        var mdo = dossier.Mdos[0];
        Assert.Throws<DomainException>(() => dossier.PlanMdo(scenario.MdoPlanning(dossier), scenario.Door(Scenario.Wijkteam)));
        var verslag = scenario.MdoVerslag(dossier);

        var fout = Assert.Throws<DomainException>(() =>
            dossier.LegMdoVast(mdo.Id, verslag with { Acties = [new MdoActieGegevens("Bellen met school", null, Scenario.Termijnen.Datum(scenario.Nu))] }, scenario.Door(Scenario.Wijkteam)));
        Assert.Equal("Elke actie heeft een eigenaar: wie voert hem uit?", fout.Message);
        Assert.False(mdo.IsGehouden);

        dossier.LegMdoVast(mdo.Id, verslag, scenario.Door(Scenario.Wijkteam));
        var actie = Assert.Single(dossier.OpenMdoActies);
        Assert.Equal((Scenario.Wijkteam.Id, Scenario.Termijnen.Datum(scenario.Nu).AddDays(14)), (actie.EigenaarId, actie.Uiterlijk));

        dossier.RondMdoActieAf(actie.Id, scenario.Door(Scenario.Wijkteam));
        Assert.Empty(dossier.OpenMdoActies);
        Assert.NotNull(actie.AfgerondOp);
        Assert.Throws<DomainException>(() => dossier.RondMdoActieAf(actie.Id, scenario.Door(Scenario.Wijkteam)));
    }

    [Fact]
    public void Een_ander_team_of_Veilig_Thuis_kan_geen_plan_of_netwerk_vastleggen()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);

        Assert.Throws<DomainException>(() => dossier.LegNetwerkpartnerVast(null, Scenario.School(dossier), scenario.Door(Scenario.AnderTeam)));
        Assert.Throws<DomainException>(() => dossier.StelVeiligheidsplanOp(scenario.Plan(dossier), scenario.Door(Scenario.Vt)));
        Assert.Throws<DomainException>(() => dossier.LegEvaluatieVast(scenario.Evaluatie(dossier), scenario.Door(Scenario.Vt)));
    }
}
