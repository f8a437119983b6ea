namespace Wijchen.Gezinsveiligheid.Domain.Tests;

public class DossierTests
{
    private readonly Scenario _scenario = new();

    [Fact]
    public void Een_melding_start_met_de_VT_medewerker_als_regiehouder_en_een_termijn_van_vijf_werkdagen()
    {
        var dossier = _scenario.Registreer();

        Assert.Equal(DossierFase.Melding, dossier.Fase);
        Assert.Equal(Scenario.Vt.Id, dossier.RegiehouderId);
        Assert.Equal(Organisatie.VeiligThuis, dossier.RegiehouderOrganisatie);
        var wissel = Assert.Single(dossier.Regiehistorie);
        Assert.Null(wissel.VanId);
        Assert.Equal(Scenario.Vt.Id, wissel.NaarId);
        Assert.Equal(ChronologieSoort.Melding, Assert.Single(dossier.Chronologie).Soort);
        // Received Monday 2 March 2026: five working days later is Monday 9 March.
        Assert.Equal(new DateOnly(2026, 3, 9), dossier.Deadline);
    }

    [Fact]
    public void Alleen_Veilig_Thuis_registreert_een_melding()
    {
        var fout = Assert.Throws<DomainException>(() => Dossier.Registreer("Gezin X",
            new MeldingGegevens(_scenario.Nu, "A", "B", "C", false, SoortZorg.Overig, "D"), Scenario.Gezin, _scenario.Door(Scenario.Wijkteam)));
        Assert.Contains("Veilig Thuis", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_ongeldig_bsn_of_een_dubbel_bsn_wordt_geweigerd()
    {
        var ongeldig = Scenario.Gezin.Select((g, i) => i == 0 ? g with { Bsn = "123456789" } : g).ToList();
        Assert.Contains("elfproef", Assert.Throws<DomainException>(() => Dossier.Registreer("Gezin X",
            new MeldingGegevens(_scenario.Nu, "A", "B", "C", false, SoortZorg.Overig, "D"), ongeldig, _scenario.Door(Scenario.Vt))).Message, StringComparison.Ordinal);

        var dossier = _scenario.Registreer();
        var voor = Momentopname.Van(dossier);
        Assert.Throws<DomainException>(() => dossier.VoegGezinslidToe(Scenario.Gezin[0] with { Naam = "Iemand anders" }, _scenario.Door(Scenario.Vt)));
        Assert.Equal(voor, Momentopname.Van(dossier));
    }

    [Fact]
    public void De_veiligheidsbeoordeling_eist_een_oordeel_voor_elk_kind_en_een_kindcheck_voor_elke_volwassene()
    {
        var dossier = _scenario.Registreer();
        var datum = Scenario.Termijnen.Datum(_scenario.Nu);
        var volledig = Scenario.Beoordeling(dossier, VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam, datum);
        var voor = Momentopname.Van(dossier);

        var zonderKind = volledig with { Oordelen = volledig.Oordelen.Skip(1).ToList() };
        var fout = Assert.Throws<DomainException>(() => dossier.LegVeiligheidsbeoordelingVast(zonderKind, _scenario.Door(Scenario.Vt)));
        Assert.Contains("Lotte de Vries", fout.Message, StringComparison.Ordinal);

        var zonderKindcheck = volledig with { Kindchecks = volledig.Kindchecks.Take(1).ToList() };
        fout = Assert.Throws<DomainException>(() => dossier.LegVeiligheidsbeoordelingVast(zonderKindcheck, _scenario.Door(Scenario.Vt)));
        Assert.Contains("kindcheck", fout.Message, StringComparison.Ordinal);
        Assert.Contains("Mark de Vries", fout.Message, StringComparison.Ordinal);

        var kindcheckZonderAntwoord = volledig with { Kindchecks = [.. volledig.Kindchecks.Select(k => k with { KinderenVeilig = null })] };
        Assert.Throws<DomainException>(() => dossier.LegVeiligheidsbeoordelingVast(kindcheckZonderAntwoord, _scenario.Door(Scenario.Vt)));
        Assert.Equal(voor, Momentopname.Van(dossier));

        dossier.LegVeiligheidsbeoordelingVast(volledig, _scenario.Door(Scenario.Vt));
        Assert.Empty(dossier.KinderenZonderOordeel(datum));
        Assert.Equal(2, dossier.LaatsteVeiligheidsbeoordeling!.Oordelen.Count);
        Assert.Equal("LIRIK", dossier.LaatsteVeiligheidsbeoordeling.InstrumentNaam);
    }

    [Fact]
    public void Na_de_beoordeling_volgt_alleen_de_route_van_het_besluit()
    {
        var dossier = _scenario.InFase(DossierFase.Veiligheidsbeoordeling, DossierActie.OnderzoekStarten);
        var fout = Assert.Throws<DomainException>(() => dossier.BiedOverdrachtAan(Scenario.Aanbod(), _scenario.Door(Scenario.Vt)));
        Assert.Contains("'Onderzoek'", fout.Message, StringComparison.Ordinal);
        dossier.StartOnderzoek(_scenario.Door(Scenario.Vt));
        Assert.Equal(DossierFase.Onderzoek, dossier.Fase);
        // Ten weeks after the VB date (Monday 2 March 2026).
        Assert.Equal(new DateOnly(2026, 5, 11), dossier.Deadline);
    }

    [Fact]
    public void Accepteren_zonder_gehouden_overdrachtsgesprek_wordt_geweigerd()
    {
        var dossier = _scenario.InFase(DossierFase.OverdrachtsgesprekGepland);
        var voor = Momentopname.Van(dossier);
        var fout = Assert.Throws<DomainException>(() => dossier.AccepteerOverdracht(Scenario.Wijkteam, _scenario.Door(Scenario.Teamleider)));
        Assert.Contains("gehouden overdrachtsgesprek", fout.Message, StringComparison.Ordinal);
        Assert.Equal(voor, Momentopname.Van(dossier));
        Assert.Equal(Scenario.Vt.Id, dossier.RegiehouderId);
    }

    [Fact]
    public void Bij_acceptatie_gaat_de_regie_in_een_keer_naar_de_genoemde_casusregisseur()
    {
        var dossier = _scenario.InFase(DossierFase.OverdrachtsgesprekGepland, DossierActie.OverdrachtAccepteren);

        Assert.Throws<DomainException>(() => dossier.AccepteerOverdracht(Scenario.AnderTeam, _scenario.Door(Scenario.Teamleider)));
        Assert.Throws<DomainException>(() => dossier.AccepteerOverdracht(Scenario.Wijkteam, _scenario.Door(Scenario.AnderTeam)));
        dossier.AccepteerOverdracht(Scenario.Wijkteam2, _scenario.Door(Scenario.Teamleider));

        Assert.Equal(DossierFase.Casusregie, dossier.Fase);
        Assert.Equal(Scenario.Wijkteam2.Id, dossier.RegiehouderId);
        Assert.Equal(Organisatie.Gemeente, dossier.RegiehouderOrganisatie);
        var wissel = dossier.Regiehistorie[^1];
        Assert.Equal((Scenario.Vt.Id, Scenario.Wijkteam2.Id, Scenario.Teamleider.Id), (wissel.VanId, wissel.NaarId, wissel.DoorId));
        Assert.Contains("geaccepteerd", wissel.Reden, StringComparison.Ordinal);
        Assert.Equal(OverdrachtStatus.Geaccepteerd, dossier.HuidigeOverdracht!.Status);
        Assert.True(dossier.HuidigeOverdracht.IsWarm);
        Assert.Equal([3, 6, 12, 18], dossier.HuidigeOverdracht.MonitoringMaanden);
    }

    [Theory]
    [InlineData(new[] { 3, 61 })]
    [InlineData(new[] { 6, 3 })]
    [InlineData(new[] { 0, 3 })]
    [InlineData(new[] { 3, 3 })]
    public void Een_aanbod_heeft_dezelfde_grenzen_voor_monitoringsmomenten_als_de_regionale_afspraak(int[] maanden)
    {
        var dossier = _scenario.InFase(DossierFase.Veiligheidsbeoordeling, DossierActie.OverdrachtAanbieden);

        var fout = Assert.Throws<DomainException>(() => dossier.BiedOverdrachtAan(Scenario.Aanbod() with { MonitoringMaanden = maanden }, _scenario.Door(Scenario.Vt)));

        Assert.EndsWith(Monitoringsmomenten.Uitleg, fout.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(TermijnInstellingen.MonitoringMaanden), new TermijnInstellingen { MonitoringMaanden = maanden }.Valideer().Select(f => f.Veld));
        Assert.Equal(DossierFase.Veiligheidsbeoordeling, dossier.Fase);
    }

    [Fact]
    public void Een_afwijzing_vraagt_een_reden_en_laat_de_regie_bij_Veilig_Thuis()
    {
        var dossier = _scenario.InFase(DossierFase.OverdrachtAangeboden);
        Assert.Throws<DomainException>(() => dossier.WijsOverdrachtAf("  ", _scenario.Door(Scenario.Teamleider)));
        dossier.WijsOverdrachtAf("Gezin valt onder Beuningen", _scenario.Door(Scenario.Teamleider));
        Assert.Equal(DossierFase.Teruggelegd, dossier.Fase);
        Assert.Equal(Scenario.Vt.Id, dossier.RegiehouderId);
        Assert.Null(dossier.WijkteamId);
        Assert.Equal("Gezin valt onder Beuningen", dossier.HuidigeOverdracht!.Reden);
    }

    [Fact]
    public void Terugmelden_geeft_de_regie_terug_aan_de_VT_behandelaar_en_start_een_nieuwe_beoordelingstermijn()
    {
        var dossier = _scenario.InFase(DossierFase.Casusregie);
        dossier.Terugmelden("Nieuw incident", "Vader weer in huis", _scenario.Door(Scenario.Wijkteam));
        Assert.Equal(DossierFase.Opgeschaald, dossier.Fase);
        Assert.Equal(Scenario.Vt.Id, dossier.RegiehouderId);
        Assert.Equal(ChronologieSoort.Terugmelding, dossier.Chronologie[^1].Soort);
        Assert.Equal(Scenario.Termijnen.PlusWerkdagen(_scenario.Nu, 5), dossier.Deadline);

        dossier.LegVeiligheidsbeoordelingVast(Scenario.Beoordeling(dossier, VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam, Scenario.Termijnen.Datum(_scenario.Nu)), _scenario.Door(Scenario.Vt2));
        dossier.BiedOverdrachtAan(Scenario.Aanbod(), _scenario.Door(Scenario.Vt2));
        Assert.Equal(2, dossier.Overdrachten.Count);
        Assert.Equal(Scenario.Vt.Id, dossier.RegiehouderId);
    }

    [Fact]
    public void Afsluiten_vraagt_een_volledige_checklist_en_vier_ogen()
    {
        var dossier = _scenario.InFase(DossierFase.Casusregie);
        Assert.Throws<DomainException>(() => dossier.StelAfsluitingVoor(Scenario.Checklist with { VtMonitoringAfgerondOfGeinformeerd = false }, "Stabiel", _scenario.Door(Scenario.Wijkteam)));
        // A teamleider who is also the casusregisseur may approve closures, but not their own proposal.
        dossier.WisselCasusregisseur(Scenario.Teamleider2, "Neemt de casus over", _scenario.Door(Scenario.Teamleider));
        dossier.StelAfsluitingVoor(Scenario.Checklist, "Stabiel", _scenario.Door(Scenario.Teamleider2));

        var fout = Assert.Throws<DomainException>(() => dossier.KeurAfsluitingGoed(_scenario.Door(Scenario.Teamleider2)));
        Assert.Contains("Vier ogen", fout.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => dossier.KeurAfsluitingGoed(_scenario.Door(Scenario.AnderTeam)));

        dossier.KeurAfsluitingGoed(_scenario.Door(Scenario.Teamleider));
        Assert.Equal(DossierFase.Afgesloten, dossier.Fase);
        Assert.Null(dossier.RegiehouderId);
        Assert.Null(dossier.Deadline);
        Assert.Null(dossier.Regiehistorie[^1].NaarId);
        Assert.True(dossier.HeeftEnkeleRegiehouder());
        Assert.Empty(dossier.MogelijkeActies);
        // Every change has its place, so the history keeps its order also where two changes carry the same moment.
        Assert.Equal(Enumerable.Range(1, dossier.Regiehistorie.Count), dossier.Regiehistorie.Select(r => r.Volgnummer));
    }

    [Fact]
    public void Wisselen_van_casusregisseur_kan_alleen_binnen_het_team_en_wordt_vastgelegd()
    {
        var dossier = _scenario.InFase(DossierFase.Casusregie);
        Assert.Throws<DomainException>(() => dossier.WisselCasusregisseur(Scenario.AnderTeam, "Verhuizing", _scenario.Door(Scenario.Teamleider)));
        Assert.Throws<DomainException>(() => dossier.WisselCasusregisseur(Scenario.Wijkteam, "Zelfde", _scenario.Door(Scenario.Teamleider)));
        dossier.WisselCasusregisseur(Scenario.Wijkteam2, "Langdurig ziek", _scenario.Door(Scenario.Teamleider));
        var wissel = dossier.Regiehistorie[^1];
        Assert.Equal((Scenario.Wijkteam.Id, Scenario.Wijkteam2.Id, "Langdurig ziek"), (wissel.VanId, wissel.NaarId, wissel.Reden));
    }

    [Fact]
    public void Termijnen_van_de_overdracht_lopen_in_werkdagen_vanaf_het_aanbod()
    {
        var dossier = _scenario.InFase(DossierFase.OverdrachtAangeboden);
        var aangeboden = dossier.HuidigeOverdracht!.AangebodenOp;
        Assert.Equal(Scenario.Termijnen.PlusWerkdagen(aangeboden, 5), dossier.Deadline);
        dossier.PlanGesprek(_scenario.Planning(dossier), _scenario.Door(Scenario.Teamleider));
        Assert.Equal(Scenario.Termijnen.PlusWerkdagen(aangeboden, 10), dossier.Deadline);
        // Offered Monday 2 March 2026: ten working days later is Monday 16 March.
        Assert.Equal(new DateOnly(2026, 3, 16), dossier.Deadline);
    }

    [Fact]
    public void Instellingen_met_onzinnige_termijnen_worden_geweigerd()
    {
        Assert.Empty(new TermijnInstellingen().Valideer());
        var fout = new TermijnInstellingen { GesprekPlannenWerkdagen = 0, MonitoringMaanden = [6, 3], WaarschuwingWerkdagen = -1, EscalatieWerkdagen = 0 };
        Assert.Equal(
            [nameof(TermijnInstellingen.GesprekPlannenWerkdagen), nameof(TermijnInstellingen.MonitoringMaanden), nameof(TermijnInstellingen.WaarschuwingWerkdagen), nameof(TermijnInstellingen.EscalatieWerkdagen)],
            fout.Valideer().Select(f => f.Veld));
        // A reminder on the day itself is allowed; an escalation on the day the deadline passes is not an escalation.
        Assert.Empty(new TermijnInstellingen { WaarschuwingWerkdagen = 0, EscalatieWerkdagen = 1 }.Valideer());
    }

    [Fact]
    public void Nieuwe_afspraken_gelden_voor_termijnen_die_daarna_worden_gezet_en_onzin_wordt_niet_van_kracht()
    {
        var termijnen = new Termijnberekening(new TermijnInstellingen(), new WerkdagKalender(), Termijnberekening.Nederland);
        var eerst = termijnen.Instellingen;

        Assert.Throws<DomainException>(() => termijnen.Vervang(new TermijnInstellingen { VeiligheidsplanWerkdagen = 0 }));
        Assert.Same(eerst, termijnen.Instellingen);

        termijnen.Vervang(new TermijnInstellingen { VeiligheidsplanWerkdagen = 15 });
        Assert.Equal(15, termijnen.Instellingen.VeiligheidsplanWerkdagen);
    }

    [Fact]
    public void Een_latere_melding_komt_in_het_lopende_dossier_met_alleen_de_gezinsleden_die_er_nog_niet_in_stonden()
    {
        var dossier = _scenario.InFase(DossierFase.Casusregie);
        var (fase, deadline, regie) = (dossier.Fase, dossier.Deadline, dossier.RegiehouderId);
        // The same family as typed on a new melding form: Sanne by BSN under another spelling, Mark by name and birth date
        // in capitals, and a baby born since the first melding.
        var gezin = new List<GezinslidGegevens>
        {
            Scenario.Gezin[0] with { Naam = "S. de Vries" },
            Scenario.Gezin[1] with { Naam = "MARK DE VRIES" },
            Scenario.Baby,
        };

        var melding = dossier.VoegMeldingToe(_scenario.LatereMelding(), gezin, _scenario.Door(Scenario.Vt2));

        Assert.Equal((fase, deadline, regie), (dossier.Fase, dossier.Deadline, dossier.RegiehouderId));
        Assert.Same(melding, Assert.Single(dossier.LatereMeldingen));
        Assert.Equal(("Meester Bas", "Victor Tromp"), (melding.Melding.MelderNaam, melding.GeregistreerdDoorNaam));
        Assert.Equal(["Sanne de Vries", "Mark de Vries", "Lotte de Vries", "Daan de Vries", "Noor de Vries"], dossier.Gezinsleden.Select(g => g.Naam));
        Assert.Equal("Nieuwe melding ontvangen (Kindermishandeling) en aan het dossier toegevoegd; 1 gezinslid toegevoegd", dossier.Chronologie[^1].Omschrijving);
        // A child who joined the household has no judgement yet: the dossier says so until the next evaluation.
        Assert.Contains(dossier.KinderenZonderOordeel(Scenario.Termijnen.Datum(_scenario.Nu)), k => k.Naam == "Noor de Vries");
    }

    [Fact]
    public void Een_latere_melding_weigert_wie_niet_van_Veilig_Thuis_is_een_lege_omschrijving_een_ongeldig_bsn_en_een_gesloten_dossier()
    {
        var dossier = _scenario.InFase(DossierFase.Casusregie);
        var voor = Momentopname.Van(dossier);

        Assert.Throws<DomainException>(() => dossier.VoegMeldingToe(_scenario.LatereMelding(), [], _scenario.Door(Scenario.Wijkteam)));
        var leeg = Assert.Throws<DomainException>(() => dossier.VoegMeldingToe(_scenario.LatereMelding() with { Omschrijving = " " }, [], _scenario.Door(Scenario.Vt)));
        Assert.Equal("Omschrijving", leeg.Veld);
        // The valid melding with one new member whose BSN fails the elfproef: nothing of it is kept.
        Assert.Throws<DomainException>(() => dossier.VoegMeldingToe(_scenario.LatereMelding(), [Scenario.Baby with { Bsn = "123456789" }], _scenario.Door(Scenario.Vt)));
        Assert.Equal(voor, Momentopname.Van(dossier));

        var gesloten = _scenario.InFase(DossierFase.Afgesloten);
        Assert.Throws<DomainException>(() => gesloten.VoegMeldingToe(_scenario.LatereMelding(), [], _scenario.Door(Scenario.Vt)));
    }
}
