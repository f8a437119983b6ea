namespace Wijchen.Gezinsveiligheid.Domain.Tests;

/// <summary>
/// Long random sequences of actions, by random people with sometimes broken input. After every step: exactly one
/// regiehouder while open, the chronology grew by one exactly when the action was accepted, and the stored counts the
/// dashboard queries agree with what the dossier computes.
/// </summary>
public class RandomActiesTests
{
    private static readonly Medewerker[] Mensen =
        [Scenario.Vt, Scenario.Vt2, Scenario.Teamleider, Scenario.Teamleider2, Scenario.Wijkteam, Scenario.Wijkteam2, Scenario.AnderTeam];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Regie_is_nooit_leeg_of_dubbel_en_de_chronologie_telt_precies_de_geaccepteerde_acties(int seed)
    {
        var random = new Random(seed);
        var scenario = new Scenario();
        var dossier = scenario.Registreer();
        int geaccepteerd = 0, geweigerd = 0, afgesloten = 0;

        for (var stap = 0; stap < 5_000; stap++)
        {
            var actie = Enum.GetValues<DossierActie>()[random.Next(Enum.GetValues<DossierActie>().Length)];
            var voor = Momentopname.Van(dossier);
            try
            {
                VoerActieUit(scenario, dossier, actie, random);
                geaccepteerd++;
                Assert.Equal(voor.Chronologie + 1, dossier.Chronologie.Count);
                Assert.Equal(voor.Versie + 1, dossier.Versie);
                Assert.Equal(Transities.Naar(voor.Fase, actie), dossier.Fase);
            }
            catch (DomainException)
            {
                geweigerd++;
                Assert.Equal(voor, Momentopname.Van(dossier));
            }

            Assert.True(dossier.HeeftEnkeleRegiehouder(), $"stap {stap}: {actie} in {voor.Fase}");
            Assert.Equal(dossier.Chronologie.Count, dossier.Versie);
            Assert.Equal(dossier.KinderenZonderOordeel(Scenario.Termijnen.Datum(scenario.Nu)).Count, dossier.AantalKinderenZonderOordeel);
            Assert.Equal(dossier.GeldendPlan?.NietGedeeld.Count ?? 0, dossier.AantalPartijenZonderPlan);
            Assert.Equal((dossier.PlanUiterlijk, dossier.PlanVastgesteldOp), (dossier.GeaccepteerdeOverdracht?.PlanUiterlijk, dossier.GeaccepteerdeOverdracht?.PlanVastgesteldOp));
            Assert.Equal(Enumerable.Range(1, dossier.Chronologie.Count), dossier.Chronologie.Select(c => c.Volgnummer));

            if (!dossier.IsOpen)
            {
                afgesloten++;
                dossier = scenario.Registreer();
            }
        }

        // The walk must really move through the lifecycle, not only bounce off refusals (most random actors may not act).
        Assert.True(geaccepteerd > 150, $"{geaccepteerd} geaccepteerd");
        Assert.True(geweigerd > 300, $"{geweigerd} geweigerd");
        Assert.True(afgesloten > 3, $"{afgesloten} afgesloten");
    }

    private static void VoerActieUit(Scenario scenario, Dossier dossier, DossierActie actie, Random random)
    {
        var wie = Mensen[random.Next(Mensen.Length)];
        var leeg = random.Next(6) == 0;
        var reden = leeg ? " " : "Reden " + random.Next(100);
        var vandaag = Scenario.Termijnen.Datum(scenario.Nu);
        var besluit = Enum.GetValues<VeiligheidsbeoordelingBesluit>()[random.Next(4)];
        var iemand = dossier.Gezinsleden[random.Next(dossier.Gezinsleden.Count)].Id;
        switch (actie)
        {
            case DossierActie.GezinslidToevoegen:
                dossier.VoegGezinslidToe(new GezinslidGegevens(leeg ? "" : "Buurvrouw", new DateOnly(1970, 1, 1), random.Next(5) == 0 ? "123456789" : null, GezinslidRol.Netwerk, false), scenario.Door(wie));
                break;
            case DossierActie.MeldingToevoegen:
                dossier.VoegMeldingToe(leeg ? scenario.LatereMelding() with { Omschrijving = " " } : scenario.LatereMelding(),
                    [new GezinslidGegevens("Buurjongen", new DateOnly(2012, 6, 1), random.Next(5) == 0 ? "123456789" : null, GezinslidRol.Netwerk, false)], scenario.Door(wie));
                break;
            case DossierActie.GezinslidWijzigen:
                dossier.WijzigGezinslid(iemand, new GezinslidGegevens("Nieuwe naam", random.Next(5) == 0 ? vandaag.AddDays(3) : new DateOnly(2012, 1, 1), null, GezinslidRol.Kind, true), scenario.Door(wie));
                break;
            case DossierActie.GezinslidVerwijderen:
                dossier.VerwijderGezinslid(random.Next(5) == 0 ? Guid.NewGuid() : iemand, scenario.Door(wie));
                break;
            case DossierActie.VeiligheidsbeoordelingVastleggen:
                var gegevens = Scenario.Beoordeling(dossier, besluit, vandaag);
                dossier.LegVeiligheidsbeoordelingVast(leeg ? gegevens with { Oordelen = [] } : gegevens, scenario.Door(wie));
                break;
            case DossierActie.VoorwaardenEnVervolgStarten:
                dossier.StartVoorwaardenEnVervolg(scenario.Door(wie));
                break;
            case DossierActie.OnderzoekStarten:
                dossier.StartOnderzoek(scenario.Door(wie));
                break;
            case DossierActie.OverdrachtAanbieden:
                dossier.BiedOverdrachtAan(Scenario.Aanbod(random.Next(2) == 0 ? Scenario.TeamNoord : Scenario.TeamZuid) with { Voorwaarden = leeg ? [] : Scenario.Aanbod().Voorwaarden }, scenario.Door(wie));
                break;
            case DossierActie.OverdrachtIntrekken:
                dossier.TrekOverdrachtIn(reden, scenario.Door(wie));
                break;
            case DossierActie.GesprekPlannen:
                dossier.PlanGesprek(scenario.Planning(dossier) with { BeoogdCasusregisseur = Mensen[random.Next(Mensen.Length)] }, scenario.Door(wie));
                break;
            case DossierActie.GesprekVastleggen:
                dossier.LegGesprekVast(leeg ? scenario.Verslag(dossier) with { AanwezigeProfessionals = [] } : scenario.Verslag(dossier), scenario.Door(wie));
                break;
            case DossierActie.OverdrachtAccepteren:
                dossier.AccepteerOverdracht(Mensen[random.Next(Mensen.Length)], scenario.Door(wie));
                break;
            case DossierActie.OverdrachtAfwijzen:
                dossier.WijsOverdrachtAf(reden, scenario.Door(wie));
                break;
            case DossierActie.Terugmelden:
                dossier.Terugmelden(reden, "Zorg", scenario.Door(wie));
                break;
            case DossierActie.CasusregisseurWisselen:
                dossier.WisselCasusregisseur(Mensen[random.Next(Mensen.Length)], reden, scenario.Door(wie));
                break;
            case DossierActie.AfsluitingVoorstellen:
                dossier.StelAfsluitingVoor(leeg ? Scenario.Checklist with { GezinEnPartnersGeinformeerd = false } : Scenario.Checklist, "Stabiel", scenario.Door(random.Next(2) == 0 ? dossier.Regiehouder ?? wie : wie));
                break;
            case DossierActie.AfsluitingGoedkeuren:
                dossier.KeurAfsluitingGoed(scenario.Door(wie));
                break;
            case DossierActie.AfsluitingTerugsturen:
                dossier.StuurAfsluitingTerug(reden, scenario.Door(wie));
                break;
            case DossierActie.BemoeienisBeeindigen:
                dossier.BeeindigBemoeienis(reden, scenario.Door(wie));
                break;
            case DossierActie.NetwerkpartnerVastleggen:
                var partner = Scenario.School(dossier);
                dossier.LegNetwerkpartnerVast(random.Next(3) == 0 ? (dossier.Netwerkpartners.Count > 0 ? dossier.Netwerkpartners[0].Id : null) : null, leeg ? partner with { Gezinsleden = [] } : partner, scenario.Door(wie));
                break;
            case DossierActie.VeiligheidsplanOpstellen:
                var plan = scenario.Plan(dossier);
                dossier.StelVeiligheidsplanOp(leeg ? plan with { Afspraken = [] } : plan, scenario.Door(wie));
                break;
            case DossierActie.VeiligheidsplanVaststellen:
                dossier.StelVeiligheidsplanVast(scenario.Door(random.Next(2) == 0 ? dossier.Regiehouder ?? wie : wie));
                break;
            case DossierActie.VeiligheidsplanVerspreiden:
                dossier.VerspreidVeiligheidsplan(leeg ? [] : [.. dossier.Netwerkpartners.Select(p => p.Id)], vandaag, scenario.Door(wie));
                break;
            case DossierActie.MdoPlannen:
                dossier.PlanMdo(scenario.MdoPlanning(dossier) with { Gezinsleden = leeg ? [] : [iemand] }, scenario.Door(wie));
                break;
            case DossierActie.MdoVastleggen:
                var verslag = scenario.MdoVerslag(dossier);
                dossier.LegMdoVast((dossier.Mdos.Count > 0 ? dossier.Mdos[^1].Id : Guid.Empty),
                    leeg ? verslag with { Acties = [new MdoActieGegevens("Bellen", null, vandaag)] } : verslag, scenario.Door(wie));
                break;
            case DossierActie.MdoActieAfronden:
                dossier.RondMdoActieAf(dossier.OpenMdoActies.FirstOrDefault()?.Id ?? Guid.Empty, scenario.Door(wie));
                break;
            case DossierActie.EvaluatieVastleggen:
                var evaluatie = scenario.Evaluatie(dossier);
                dossier.LegEvaluatieVast(leeg ? evaluatie with { Oordelen = [] } : evaluatie, scenario.Door(wie));
                break;
            case DossierActie.VoorwaardenControleren:
                dossier.ControleerVoorwaarden(vandaag, Scenario.Controles(dossier, leeg ? Naleving.NietNageleefd : Naleving.Nageleefd) is var c && leeg
                    ? [.. c.Select(x => x with { Toelichting = null })] : c, scenario.Door(wie));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(actie), actie, null);
        }
    }
}
