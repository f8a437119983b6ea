using static Wijchen.Gezinsveiligheid.Domain.Bevoegd;
using static Wijchen.Gezinsveiligheid.Domain.DossierActie;

namespace Wijchen.Gezinsveiligheid.Domain.Tests;

public class DossierActiesTests
{
    // domain.md's roles written out a second time, by hand: the catalogue must say exactly this.
    private static readonly Dictionary<DossierActie, Bevoegd> WieMag = new()
    {
        [MeldingToevoegen] = VeiligThuis,
        [GezinslidToevoegen] = Regievoerend,
        [GezinslidWijzigen] = Regievoerend,
        [GezinslidVerwijderen] = VeiligThuis,
        [VeiligheidsbeoordelingVastleggen] = VeiligThuis,
        [VoorwaardenEnVervolgStarten] = VeiligThuis,
        [OnderzoekStarten] = VeiligThuis,
        [OverdrachtAanbieden] = VeiligThuis,
        [OverdrachtIntrekken] = VeiligThuis,
        [BemoeienisBeeindigen] = VeiligThuis,
        [GesprekPlannen] = Wijkteam,
        [GesprekVastleggen] = Wijkteam,
        [OverdrachtAccepteren] = Teamleider,
        [OverdrachtAfwijzen] = Teamleider,
        [CasusregisseurWisselen] = Teamleider,
        [AfsluitingGoedkeuren] = Teamleider,
        [AfsluitingTerugsturen] = Teamleider,
        [AfsluitingVoorstellen] = Casusregisseur,
        [VeiligheidsplanVaststellen] = Casusregisseur,
        [Terugmelden] = Casusregisseur | Teamleider,
        [NetwerkpartnerVastleggen] = Casusregisseur | Teamleider,
        [VeiligheidsplanOpstellen] = Casusregisseur | Teamleider,
        [VeiligheidsplanVerspreiden] = Casusregisseur | Teamleider,
        [MdoPlannen] = Casusregisseur | Teamleider,
        [MdoVastleggen] = Casusregisseur | Teamleider,
        [EvaluatieVastleggen] = Casusregisseur | Teamleider,
        [MdoActieAfronden] = Casusregisseur | Teamleider | VeiligThuis,
        [VoorwaardenControleren] = Casusregisseur | Teamleider | VeiligThuis,
    };

    [Fact]
    public void Elke_actie_is_een_keer_gedeclareerd_met_naam_bevestiging_recht_pagina_en_overgang()
    {
        Assert.Equal(Enum.GetValues<DossierActie>().Order(), DossierActies.Alle.Select(a => a.Actie).Order());
        Assert.All(DossierActies.Alle, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Naam), $"{a.Actie} heeft geen naam");
            Assert.False(string.IsNullOrWhiteSpace(a.Gedaan), $"{a.Actie} heeft geen bevestiging");
            Assert.NotEqual(default, a.Bevoegd);
            Assert.StartsWith("/", a.Pagina, StringComparison.Ordinal);
            Assert.NotEmpty(a.Overgangen);
            // A confirmation page has only the declaration's words to explain what confirming does.
            Assert.True(a.Pagina != DossierActies.BesluitPagina || !string.IsNullOrWhiteSpace(a.Uitleg), $"{a.Actie} mist de uitleg op de bevestigingspagina");
        });
        Assert.Equal(DossierActies.Alle.Count, DossierActies.Alle.Select(a => a.Naam).Distinct().Count());
    }

    [Fact]
    public void Wie_mag_is_precies_wat_het_domeinmodel_zegt()
    {
        Assert.Equal(WieMag.OrderBy(p => p.Key), DossierActies.Alle.ToDictionary(a => a.Actie, a => a.Bevoegd).OrderBy(p => p.Key));
    }

    [Fact]
    public void Elk_besluit_van_de_veiligheidsbeoordeling_heeft_een_route_die_na_de_beoordeling_kan()
    {
        foreach (var besluit in Enum.GetValues<VeiligheidsbeoordelingBesluit>())
        {
            Assert.True(Transities.IsToegestaan(DossierFase.Veiligheidsbeoordeling, besluit.Vervolg()), $"{besluit}");
        }

        Assert.Equal(Enum.GetValues<VeiligheidsbeoordelingBesluit>().Length, Enum.GetValues<VeiligheidsbeoordelingBesluit>().Select(b => b.Vervolg()).Distinct().Count());
    }

    [Fact]
    public void Het_domein_weigert_wie_de_catalogus_niet_toestaat_en_noemt_wie_wel_mag()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        var versie = dossier.Versie;

        var fout = Assert.Throws<DomainException>(() => dossier.Terugmelden("Nieuwe zorg", "Geweld", scenario.Door(Scenario.AnderTeam)));
        Assert.Equal("'Terugmelden aan Veilig Thuis' is voorbehouden aan de casusregisseur of de teamleider van het wijkteam.", fout.Message);

        // In casusregie the wijkteam leads the household's data, no longer Veilig Thuis.
        Assert.Throws<DomainException>(() => dossier.VoegGezinslidToe(Scenario.Baby, scenario.Door(Scenario.Vt)));
        Assert.Throws<DomainException>(() => dossier.WisselCasusregisseur(Scenario.Wijkteam2, "Verlof", scenario.Door(Scenario.Wijkteam)));
        Assert.Equal(versie, dossier.Versie);

        dossier.VoegGezinslidToe(Scenario.Baby, scenario.Door(Scenario.Teamleider));
        Assert.Equal(versie + 1, dossier.Versie);
    }

    [Fact]
    public void Een_beoordeling_met_besluit_start_de_route_van_dat_besluit_in_dezelfde_handeling()
    {
        var scenario = new Scenario();
        var onderzoek = scenario.Registreer();
        onderzoek.BeoordeelEnVolgBesluit(Scenario.Beoordeling(onderzoek, VeiligheidsbeoordelingBesluit.Onderzoek, Scenario.Termijnen.Datum(scenario.Nu)), null, scenario.Door(Scenario.Vt));
        Assert.Equal(DossierFase.Onderzoek, onderzoek.Fase);

        var einde = scenario.Registreer();
        einde.BeoordeelEnVolgBesluit(Scenario.Beoordeling(einde, VeiligheidsbeoordelingBesluit.EindeBemoeienis, Scenario.Termijnen.Datum(scenario.Nu)), "Zorg is elders belegd", scenario.Door(Scenario.Vt));
        Assert.Equal(DossierFase.Afgesloten, einde.Fase);

        // An overdracht needs its offer, with its own form: the dossier waits in the VB phase with only that route open.
        var overdracht = scenario.Registreer();
        overdracht.BeoordeelEnVolgBesluit(Scenario.Beoordeling(overdracht, VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam, Scenario.Termijnen.Datum(scenario.Nu)), null, scenario.Door(Scenario.Vt));
        Assert.Equal(DossierFase.Veiligheidsbeoordeling, overdracht.Fase);
        Assert.Contains(OverdrachtAanbieden, overdracht.MogelijkeActies);
        Assert.DoesNotContain(OnderzoekStarten, overdracht.MogelijkeActies);
    }
}
