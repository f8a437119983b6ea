namespace Wijchen.Gezinsveiligheid.Domain.Tests;

/// <summary>A correction granted under the AVG, and documents noted in the chronology: who may, in which phase, and what the dossier keeps.</summary>
public class AvgCorrectieTests
{
    private static readonly Medewerker Privacy = new("pf-1", "Sofie Ruiter", Organisatie.Gemeente, null) { Functies = Functie.Privacy };

    [Theory]
    [InlineData(DossierFase.Melding)]
    [InlineData(DossierFase.Casusregie)]
    [InlineData(DossierFase.Afgesloten)]
    public void De_privacyfunctionaris_corrigeert_een_gezinslid_in_elke_fase_en_de_chronologie_zegt_het(DossierFase fase)
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(fase);
        var lotte = dossier.Gezinsleden.Single(g => g.Naam == "Lotte de Vries");
        var (versie, regels) = (dossier.Versie, dossier.Chronologie.Count);

        dossier.CorrigeerGezinslid(lotte.Id, new GezinslidGegevens("Lotta de Vries", lotte.Geboortedatum, lotte.Bsn?.Waarde, lotte.Rol, lotte.WoontInHuis), scenario.Door(Privacy));

        Assert.Equal("Lotta de Vries", dossier.Gezinsleden.Single(g => g.Id == lotte.Id).Naam);
        Assert.Equal(fase, dossier.Fase);
        Assert.Equal((versie + 1, regels + 1), (dossier.Versie, dossier.Chronologie.Count));
        var regel = dossier.Chronologie[^1];
        Assert.Equal((ChronologieSoort.Gezin, (DossierActie?)null, "Sofie Ruiter"), (regel.Soort, regel.Actie, regel.DoorNaam));
        Assert.Equal("Gegevens van een gezinslid (Kind) gecorrigeerd op verzoek van de betrokkene (AVG art. 16)", regel.Omschrijving);
    }

    [Fact]
    public void Alleen_de_privacyfunctionaris_corrigeert_en_ongeldige_gegevens_worden_geweigerd_zonder_iets_te_veranderen()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.Casusregie);
        var lotte = dossier.Gezinsleden.Single(g => g.Naam == "Lotte de Vries");
        var versie = dossier.Versie;

        var teamleider = Assert.Throws<DomainException>(() =>
            dossier.CorrigeerGezinslid(lotte.Id, new GezinslidGegevens("Lotta de Vries", lotte.Geboortedatum, null, lotte.Rol, true), scenario.Door(Scenario.Teamleider)));
        Assert.Equal("Alleen de privacyfunctionaris corrigeert gegevens op een AVG-verzoek.", teamleider.Message);
        var toekomst = Assert.Throws<DomainException>(() =>
            dossier.CorrigeerGezinslid(lotte.Id, new GezinslidGegevens("Lotte de Vries", new DateOnly(2099, 1, 1), lotte.Bsn?.Waarde, lotte.Rol, true), scenario.Door(Privacy)));
        Assert.Contains("in de toekomst", toekomst.Message, StringComparison.Ordinal);
        var bsnVanMoeder = dossier.Gezinsleden.Single(g => g.Naam == "Sanne de Vries").Bsn!.Waarde;
        Assert.Throws<DomainException>(() =>
            dossier.CorrigeerGezinslid(lotte.Id, new GezinslidGegevens("Lotte de Vries", lotte.Geboortedatum, bsnVanMoeder, lotte.Rol, true), scenario.Door(Privacy)));

        Assert.Equal(("Lotte de Vries", versie), (dossier.Gezinsleden.Single(g => g.Id == lotte.Id).Naam, dossier.Versie));
    }

    [Fact]
    public void Een_document_komt_in_de_chronologie_zonder_dat_de_fase_verandert_en_een_lege_omschrijving_wordt_geweigerd()
    {
        var scenario = new Scenario();
        var dossier = scenario.InFase(DossierFase.OverdrachtAangeboden);
        var versie = dossier.Versie;

        Assert.Throws<DomainException>(() => dossier.NoteerDocument(" ", scenario.Door(Scenario.Vt)));
        dossier.NoteerDocument("Bijlage toegevoegd (Brief): brief van de huisarts", scenario.Door(Scenario.Vt));

        Assert.Equal((DossierFase.OverdrachtAangeboden, versie + 1), (dossier.Fase, dossier.Versie));
        Assert.Equal((ChronologieSoort.Document, "Bijlage toegevoegd (Brief): brief van de huisarts"), (dossier.Chronologie[^1].Soort, dossier.Chronologie[^1].Omschrijving));
    }
}
