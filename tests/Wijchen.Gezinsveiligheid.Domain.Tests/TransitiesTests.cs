using static Wijchen.Gezinsveiligheid.Domain.DossierActie;
using static Wijchen.Gezinsveiligheid.Domain.DossierFase;

namespace Wijchen.Gezinsveiligheid.Domain.Tests;

public class TransitiesTests
{
    // domain.md's lifecycle written out a second time, by hand: the table in the code must say exactly this.
    private static readonly Dictionary<(DossierFase, DossierActie), DossierFase> Verwacht = Bouw();

    public static TheoryData<DossierFase, DossierActie> AlleParen()
    {
        var data = new TheoryData<DossierFase, DossierActie>();
        foreach (var fase in Enum.GetValues<DossierFase>())
        {
            foreach (var actie in Enum.GetValues<DossierActie>())
            {
                data.Add(fase, actie);
            }
        }

        return data;
    }

    [Fact]
    public void De_tabel_is_precies_de_levenscyclus_uit_het_domeinmodel()
    {
        var inCode = Transities.Alle.ToDictionary(t => (t.Van, t.Actie), t => t.Naar);
        Assert.Equal(Verwacht.OrderBy(p => p.Key).ToList(), inCode.OrderBy(p => p.Key).ToList());
    }

    [Theory]
    [MemberData(nameof(AlleParen))]
    public void Elk_paar_van_fase_en_actie_wordt_via_het_dossier_toegestaan_of_geweigerd(DossierFase fase, DossierActie actie)
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(fase, actie);
        Assert.Equal(fase, dossier.Fase);
        var voor = Momentopname.Van(dossier);

        if (Verwacht.TryGetValue((fase, actie), out var naar))
        {
            scenario.VoerActieUit(dossier, actie);
            Assert.Equal(naar, dossier.Fase);
            Assert.Equal(voor.Chronologie + 1, dossier.Chronologie.Count);
            Assert.Equal(actie, dossier.Chronologie[^1].Actie);
            Assert.Equal(voor.Versie + 1, dossier.Versie);
            Assert.True(dossier.HeeftEnkeleRegiehouder());
        }
        else
        {
            var fout = Assert.Throws<DomainException>(() => scenario.VoerActieUit(dossier, actie));
            Assert.Contains(actie.Naam(), fout.Message, StringComparison.Ordinal);
            Assert.Contains(fase.Naam(), fout.Message, StringComparison.Ordinal);
            Assert.Equal(voor, Momentopname.Van(dossier));
        }
    }

    [Fact]
    public void De_interface_toont_alleen_acties_uit_de_tabel()
    {
        foreach (var fase in Enum.GetValues<DossierFase>())
        {
            var verwacht = Verwacht.Keys.Where(k => k.Item1 == fase).Select(k => k.Item2).Order();
            Assert.Equal(verwacht, Transities.ActiesIn(fase).Order());
        }

        Assert.Empty(Transities.ActiesIn(Afgesloten));
    }

    private static Dictionary<(DossierFase, DossierActie), DossierFase> Bouw()
    {
        var t = new Dictionary<(DossierFase, DossierActie), DossierFase>();
        foreach (var open in Enum.GetValues<DossierFase>().Where(f => f != Afgesloten))
        {
            t[(open, GezinslidToevoegen)] = open;
            t[(open, GezinslidWijzigen)] = open;
            t[(open, MeldingToevoegen)] = open;
        }

        t[(DossierFase.Melding, GezinslidVerwijderen)] = DossierFase.Melding;
        t[(DossierFase.Melding, VeiligheidsbeoordelingVastleggen)] = DossierFase.Veiligheidsbeoordeling;
        t[(DossierFase.Veiligheidsbeoordeling, VoorwaardenEnVervolgStarten)] = VoorwaardenEnVervolg;
        t[(DossierFase.Veiligheidsbeoordeling, OnderzoekStarten)] = Onderzoek;
        t[(DossierFase.Veiligheidsbeoordeling, OverdrachtAanbieden)] = OverdrachtAangeboden;
        t[(DossierFase.Veiligheidsbeoordeling, BemoeienisBeeindigen)] = Afgesloten;
        t[(VoorwaardenEnVervolg, OverdrachtAanbieden)] = OverdrachtAangeboden;
        t[(VoorwaardenEnVervolg, BemoeienisBeeindigen)] = Afgesloten;
        t[(Onderzoek, VoorwaardenEnVervolgStarten)] = VoorwaardenEnVervolg;
        t[(Onderzoek, OverdrachtAanbieden)] = OverdrachtAangeboden;
        t[(Onderzoek, BemoeienisBeeindigen)] = Afgesloten;
        t[(OverdrachtAangeboden, GesprekPlannen)] = OverdrachtsgesprekGepland;
        t[(OverdrachtAangeboden, OverdrachtAfwijzen)] = Teruggelegd;
        t[(OverdrachtAangeboden, OverdrachtIntrekken)] = Teruggelegd;
        t[(OverdrachtsgesprekGepland, GesprekPlannen)] = OverdrachtsgesprekGepland;
        t[(OverdrachtsgesprekGepland, GesprekVastleggen)] = OverdrachtsgesprekGepland;
        t[(OverdrachtsgesprekGepland, OverdrachtAccepteren)] = Casusregie;
        t[(OverdrachtsgesprekGepland, OverdrachtAfwijzen)] = Teruggelegd;
        t[(OverdrachtsgesprekGepland, OverdrachtIntrekken)] = Teruggelegd;
        t[(Casusregie, CasusregisseurWisselen)] = Casusregie;
        t[(Casusregie, AfsluitingVoorstellen)] = Casusregie;
        t[(Casusregie, AfsluitingTerugsturen)] = Casusregie;
        t[(Casusregie, AfsluitingGoedkeuren)] = Afgesloten;
        t[(Casusregie, Terugmelden)] = Opgeschaald;
        foreach (var hulpmiddel in new[] { NetwerkpartnerVastleggen, VeiligheidsplanOpstellen, VeiligheidsplanVaststellen, VeiligheidsplanVerspreiden,
                     MdoPlannen, MdoVastleggen, MdoActieAfronden, EvaluatieVastleggen, VoorwaardenControleren })
        {
            t[(Casusregie, hulpmiddel)] = Casusregie;
        }

        t[(Teruggelegd, OverdrachtAanbieden)] = OverdrachtAangeboden;
        t[(Teruggelegd, VoorwaardenEnVervolgStarten)] = VoorwaardenEnVervolg;
        t[(Teruggelegd, OnderzoekStarten)] = Onderzoek;
        t[(Teruggelegd, BemoeienisBeeindigen)] = Afgesloten;
        t[(Opgeschaald, VeiligheidsbeoordelingVastleggen)] = DossierFase.Veiligheidsbeoordeling;
        return t;
    }
}

public class MogelijkeActiesTests
{
    [Theory]
    [MemberData(nameof(TransitiesTests.AlleParen), MemberType = typeof(TransitiesTests))]
    public void Met_de_voorwaarden_vervuld_biedt_het_dossier_precies_de_tabel_aan_en_lukt_wat_het_aanbiedt(DossierFase fase, DossierActie actie)
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(fase, actie);
        Assert.Equal(Transities.IsToegestaan(fase, actie), dossier.MogelijkeActies.Contains(actie));
        if (dossier.MogelijkeActies.Contains(actie))
        {
            scenario.VoerActieUit(dossier, actie);
            Assert.True(dossier.HeeftEnkeleRegiehouder());
        }
    }

    [Fact]
    public void Na_de_beoordeling_wordt_alleen_de_gekozen_route_aangeboden()
    {
        var dossier = new Scenario().InFase(DossierFase.Veiligheidsbeoordeling, DossierActie.OnderzoekStarten);
        Assert.Equal([DossierActie.GezinslidToevoegen, DossierActie.GezinslidWijzigen, DossierActie.OnderzoekStarten, DossierActie.MeldingToevoegen], dossier.MogelijkeActies.Order());
    }

    [Fact]
    public void Accepteren_wordt_pas_na_het_gehouden_gesprek_aangeboden_en_goedkeuren_pas_na_een_voorstel()
    {
        var scenario = new Scenario();
        var gepland = scenario.InFase(DossierFase.OverdrachtsgesprekGepland);
        Assert.DoesNotContain(DossierActie.OverdrachtAccepteren, gepland.MogelijkeActies);
        Assert.Contains(DossierActie.GesprekVastleggen, gepland.MogelijkeActies);
        scenario.VoerActieUit(gepland, DossierActie.GesprekVastleggen);
        Assert.Contains(DossierActie.OverdrachtAccepteren, gepland.MogelijkeActies);
        Assert.DoesNotContain(DossierActie.GesprekVastleggen, gepland.MogelijkeActies);

        var regie = scenario.InFase(DossierFase.Casusregie);
        Assert.DoesNotContain(DossierActie.AfsluitingGoedkeuren, regie.MogelijkeActies);
        scenario.VoerActieUit(regie, DossierActie.AfsluitingVoorstellen);
        Assert.Contains(DossierActie.AfsluitingGoedkeuren, regie.MogelijkeActies);
        Assert.DoesNotContain(DossierActie.AfsluitingVoorstellen, regie.MogelijkeActies);
    }
}
