namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// The casusregisseur's tools once a wijkteam holds regie: netwerkpartners, the versioned veiligheidsplan and its
/// distribution, MDOs with their actions, risk evaluations, and the checks of VT's veiligheidsvoorwaarden
/// (domain invariants 3–6). The deadlines they drive are stored on the dossier so lists can query them.
/// </summary>
public sealed partial class Dossier
{
    private readonly List<Netwerkpartner> _netwerkpartners = [];
    private readonly List<Veiligheidsplan> _veiligheidsplannen = [];
    private readonly List<Mdo> _mdos = [];
    private readonly List<Evaluatie> _evaluaties = [];

    public IReadOnlyList<Netwerkpartner> Netwerkpartners => _netwerkpartners;

    /// <summary>Every version of the plan, oldest first.</summary>
    public IReadOnlyList<Veiligheidsplan> Veiligheidsplannen => _veiligheidsplannen;

    public IReadOnlyList<Mdo> Mdos => _mdos;

    public IReadOnlyList<Evaluatie> Evaluaties => _evaluaties;

    /// <summary>The date by which the plan must be vastgesteld, set when a wijkteam accepts (a setting, in working days).</summary>
    public DateOnly? PlanUiterlijk { get; private set; }

    /// <summary>When a plan was first vastgesteld after the latest acceptance; empty while that is still to do.</summary>
    public DateOnly? PlanVastgesteldOp { get; private set; }

    /// <summary>The latest date for the next risk evaluation: the cycle from the last evaluation, or earlier if the plan says so.</summary>
    public DateOnly? EvaluatieUiterlijk { get; private set; }

    /// <summary>The date of VT's next open monitoring moment; empty when none is left or the dossier is not in casusregie.</summary>
    public DateOnly? MonitoringUiterlijk { get; private set; }

    /// <summary>
    /// How many children have no judgement in the latest assessment (<see cref="KinderenZonderOordeel(DateOnly)"/>), as of the latest
    /// action: stored so the dashboard can count it in the database. A child who has since turned 18 still counts until
    /// the next action, which errs on the side of looking.
    /// </summary>
    public int AantalKinderenZonderOordeel { get; private set; }

    /// <summary>How many parties on the distribution list do not have the plan in force yet, as of the latest action.</summary>
    public int AantalPartijenZonderPlan { get; private set; }

    /// <summary>The latest version, concept or vastgesteld.</summary>
    public Veiligheidsplan? HuidigPlan => _veiligheidsplannen.Count == 0 ? null : _veiligheidsplannen[^1];

    /// <summary>The version that applies now: the latest vastgesteld one.</summary>
    public Veiligheidsplan? GeldendPlan => _veiligheidsplannen.LastOrDefault(p => p.IsVastgesteld);

    public Evaluatie? LaatsteEvaluatie => _evaluaties.Count == 0 ? null : _evaluaties[^1];

    /// <summary>The accepted handover the wijkteam works from; its conditions are the ones being monitored.</summary>
    public Overdracht? GeaccepteerdeOverdracht => _overdrachten.LastOrDefault(o => o.Status == OverdrachtStatus.Geaccepteerd);

    public IEnumerable<MdoActie> OpenMdoActies => _mdos.SelectMany(m => m.Acties).Where(a => a.IsOpen);

    public IReadOnlyList<Veiligheidsvoorwaarde> NietNageleefdeVoorwaarden =>
        Fase == DossierFase.Casusregie && GeaccepteerdeOverdracht is { } overdracht ? [.. overdracht.Voorwaarden.Where(v => v.IsNietNageleefd)] : [];

    /// <summary>VT's monitoring moments for the accepted handover: months after acceptance, the date, and whether VT checked the conditions for it.</summary>
    public IReadOnlyList<(int Maanden, DateOnly Datum, bool Gedaan)> MonitoringMomenten(Termijnberekening termijnen)
    {
        if (GeaccepteerdeOverdracht is not { BesluitOp: { } geaccepteerd } overdracht)
        {
            return [];
        }

        var start = termijnen.Datum(geaccepteerd);
        var gedaan = overdracht.Voorwaarden.SelectMany(v => v.Controles).Select(c => c.MonitoringMaand).ToHashSet();
        return [.. overdracht.MonitoringMaanden.Select(m => (m, start.AddMonths(m), gedaan.Contains(m)))];
    }

    /// <summary>Adds a netwerkpartner, or changes one when <paramref name="id"/> names an existing partner.</summary>
    public Netwerkpartner LegNetwerkpartnerVast(Guid? id, NetwerkpartnerGegevens gegevens, Handeling handeling)
    {
        var naar = Begin(DossierActie.NetwerkpartnerVastleggen, handeling);
        var bestaand = id is { } partnerId ? ZoekNetwerkpartner(partnerId) : null;
        Vereis(!string.IsNullOrWhiteSpace(gegevens.Organisatie), "Geef de naam van de organisatie.");
        Vereis(!string.IsNullOrWhiteSpace(gegevens.Contactpersoon), "Geef een contactpersoon bij de organisatie.");
        Vereis(gegevens.Gezinsleden.Count > 0, "Kies voor welke gezinsleden deze partner betrokken is.");
        VereisGezinsleden(gegevens.Gezinsleden);

        var partner = bestaand ?? new Netwerkpartner(Guid.CreateVersion7(handeling.Op), VolgendNummer, gegevens);
        if (bestaand is null)
        {
            _netwerkpartners.Add(partner);
        }
        else
        {
            partner.Wijzig(gegevens);
        }

        VoltooiActie(naar, DossierActie.NetwerkpartnerVastleggen, ChronologieSoort.Plan,
            $"Netwerkpartner {(bestaand is null ? "toegevoegd" : "gewijzigd")}: {partner.Weergave}", handeling);
        return partner;
    }

    /// <summary>Saves the plan as a concept. When the latest version is vastgesteld, this starts the next version.</summary>
    public Veiligheidsplan StelVeiligheidsplanOp(VeiligheidsplanGegevens gegevens, Handeling handeling)
    {
        var naar = Begin(DossierActie.VeiligheidsplanOpstellen, handeling);
        Vereis(gegevens.Schaalvragen.All(s => s.Score is >= 0 and <= 10 && !string.IsNullOrWhiteSpace(s.Deelnemer)),
            "Een schaalvraag heeft een deelnemer en een score van 0 tot en met 10.");
        Vereis(gegevens.Verspreidingslijst.Distinct().Count() == gegevens.Verspreidingslijst.Count, "Zet elke netwerkpartner één keer op de verspreidingslijst.");
        var ontvangers = gegevens.Verspreidingslijst.Select(ZoekNetwerkpartner).ToList();

        var huidig = HuidigPlan;
        Veiligheidsplan plan;
        string omschrijving;
        if (huidig is { IsVastgesteld: false })
        {
            plan = huidig;
            plan.Wijzig(gegevens, ontvangers, handeling);
            omschrijving = $"Veiligheidsplan versie {plan.Versie} (concept) gewijzigd";
        }
        else
        {
            plan = new Veiligheidsplan(Guid.CreateVersion7(handeling.Op), _veiligheidsplannen.Count + 1, gegevens, ontvangers, handeling);
            _veiligheidsplannen.Add(plan);
            omschrijving = $"Veiligheidsplan versie {plan.Versie} opgesteld (concept)";
        }

        VoltooiActie(naar, DossierActie.VeiligheidsplanOpstellen, ChronologieSoort.Plan, omschrijving, handeling);
        return plan;
    }

    /// <summary>The casusregisseur fixes the concept (invariant 4): afspraken, network, distribution list and next evaluation are required.</summary>
    public void StelVeiligheidsplanVast(Handeling handeling)
    {
        var naar = Begin(DossierActie.VeiligheidsplanVaststellen, handeling);
        var plan = HuidigPlan!;
        var vandaag = handeling.Termijnen.Datum(handeling.Op);
        var ontbrekend = plan.Ontbrekend(vandaag, EvaluatieUiterlijk ?? vandaag.AddMonths(handeling.Termijnen.Instellingen.EvaluatieMaanden));
        Vereis(ontbrekend.Count == 0, "Het plan kan nog niet worden vastgesteld. " + string.Join(" ", ontbrekend));

        plan.StelVast(handeling);
        PlanVastgesteldOp ??= vandaag;
        GeaccepteerdeOverdracht!.LegPlanVastgesteldVast(vandaag);
        EvaluatieUiterlijk = plan.VolgendeEvaluatie < EvaluatieUiterlijk ? plan.VolgendeEvaluatie : EvaluatieUiterlijk;
        VoltooiActie(naar, DossierActie.VeiligheidsplanVaststellen, ChronologieSoort.Plan,
            $"Veiligheidsplan versie {plan.Versie} vastgesteld; te delen met {string.Join(", ", plan.Verspreidingslijst.Select(v => v.Partij))}", handeling);
    }

    /// <summary>Records that the plan in force was sent to these parties on this date.</summary>
    public void VerspreidVeiligheidsplan(IReadOnlyList<Guid> partners, DateOnly verzondenOp, Handeling handeling)
    {
        var naar = Begin(DossierActie.VeiligheidsplanVerspreiden, handeling);
        var plan = GeldendPlan!;
        Vereis(partners.Count > 0, "Kies met wie het plan gedeeld is.");
        Vereis(verzondenOp <= handeling.Termijnen.Datum(handeling.Op), "De datum van verzenden kan niet in de toekomst liggen.");
        Vereis(verzondenOp >= plan.VastgesteldOp, "Het plan kan niet verzonden zijn voordat het werd vastgesteld.");
        var regels = partners.Distinct().Select(id => plan.NietGedeeld.FirstOrDefault(v => v.NetwerkpartnerId == id)).ToList();
        Vereis(regels.All(r => r is not null), "Kies alleen partijen van de verspreidingslijst die het plan nog niet hebben.");

        foreach (var regel in regels)
        {
            regel!.Verzend(verzondenOp, handeling.Door);
        }

        VoltooiActie(naar, DossierActie.VeiligheidsplanVerspreiden, ChronologieSoort.Plan,
            $"Veiligheidsplan versie {plan.Versie} gedeeld met {string.Join(", ", regels.Select(r => r!.Partij))} op {Datumtekst.Van(verzondenOp)}", handeling);
    }

    public Mdo PlanMdo(MdoPlanning planning, Handeling handeling)
    {
        var naar = Begin(DossierActie.MdoPlannen, handeling);
        Vereis(handeling.Termijnen.Datum(planning.Op) >= handeling.Termijnen.Datum(handeling.Op), "Plan het MDO op vandaag of later.");
        Vereis(!string.IsNullOrWhiteSpace(planning.Locatie), "Geef de plaats van het MDO.");
        Vereis(!string.IsNullOrWhiteSpace(planning.Agenda), "Zet de agenda van het MDO op papier.");
        Vereis(planning.Netwerkpartners.Count + planning.Gezinsleden.Count > 0, "Nodig netwerkpartners of gezinsleden uit voor het MDO.");
        VereisNetwerkpartners(planning.Netwerkpartners);
        VereisGezinsleden(planning.Gezinsleden);

        var mdo = new Mdo(Guid.CreateVersion7(handeling.Op), VolgendNummer, planning);
        _mdos.Add(mdo);
        VoltooiActie(naar, DossierActie.MdoPlannen, ChronologieSoort.Mdo,
            $"MDO gepland met {planning.Netwerkpartners.Count} netwerkpartner(s) en {planning.Gezinsleden.Count} gezinslid/-leden", handeling);
        return mdo;
    }

    public void LegMdoVast(Guid mdoId, MdoVerslag verslag, Handeling handeling)
    {
        var naar = Begin(DossierActie.MdoVastleggen, handeling);
        var mdo = _mdos.Find(m => m.Id == mdoId && !m.IsGehouden) ?? throw new DomainException("Dit MDO staat niet (meer) gepland.");
        Vereis(verslag.GehoudenOp <= handeling.Op, "Een MDO kan pas worden vastgelegd als het gehouden is.", nameof(verslag.GehoudenOp));
        // By date: an MDO planned in the system after the fact, on the day itself, is still true.
        var gepland = handeling.Termijnen.Datum(_chronologie.Last(c => c.Actie == DossierActie.MdoPlannen).Op);
        Vereis(handeling.Termijnen.Datum(verslag.GehoudenOp) >= gepland,
            $"Het MDO kan niet eerder zijn gehouden dan het werd gepland ({Datumtekst.Van(gepland)}).", nameof(verslag.GehoudenOp));
        Vereis(!string.IsNullOrWhiteSpace(verslag.Besluiten), "Leg de besluiten van het MDO vast.");
        Vereis(verslag.AanwezigeNetwerkpartners.Count + verslag.AanwezigeGezinsleden.Count > 0, "Leg vast wie er bij het MDO aanwezig waren.");
        VereisNetwerkpartners(verslag.AanwezigeNetwerkpartners);
        VereisGezinsleden(verslag.AanwezigeGezinsleden);
        Vereis(verslag.Acties.All(a => !string.IsNullOrWhiteSpace(a.Wat)), "Beschrijf bij elke actie wat er moet gebeuren.");
        Vereis(verslag.Acties.All(a => a.Eigenaar is { } e && !string.IsNullOrWhiteSpace(e.Naam)), "Elke actie heeft een eigenaar: wie voert hem uit?");
        Vereis(verslag.Acties.All(a => a.Uiterlijk is not null), "Geef bij elke actie een uiterste datum.");
        var gehouden = handeling.Termijnen.Datum(verslag.GehoudenOp);
        Vereis(verslag.Acties.All(a => a.Uiterlijk >= gehouden), "De uiterste datum van een actie ligt niet vóór het MDO.");
        Vereis(verslag.VolgendeMdo is null || verslag.VolgendeMdo > gehouden, "Het volgende MDO ligt na dit MDO.");

        mdo.LegVast(verslag, verslag.Acties.Select(a => new MdoActie(Guid.CreateVersion7(handeling.Op), a.Wat, a.Eigenaar!, a.Uiterlijk!.Value)));
        VoltooiActie(naar, DossierActie.MdoVastleggen, ChronologieSoort.Mdo, $"MDO gehouden; {verslag.Acties.Count} actie(s) afgesproken", handeling);
    }

    public void RondMdoActieAf(Guid actieId, Handeling handeling)
    {
        var naar = Begin(DossierActie.MdoActieAfronden, handeling);
        var actie = OpenMdoActies.FirstOrDefault(a => a.Id == actieId) ?? throw new DomainException("Deze MDO-actie staat niet (meer) open.");
        actie.RondAf(handeling);
        VoltooiActie(naar, DossierActie.MdoActieAfronden, ChronologieSoort.Mdo, $"MDO-actie afgerond: {actie.Wat} ({actie.EigenaarNaam})", handeling);
    }

    /// <summary>
    /// A risk evaluation (invariants 3, 5 and 8): every child judged, every adult's kindcheck, the child's voice and the
    /// parents' help request apart. It restarts the evaluation cycle.
    /// </summary>
    public Evaluatie LegEvaluatieVast(EvaluatieGegevens gegevens, Handeling handeling)
    {
        var naar = Begin(DossierActie.EvaluatieVastleggen, handeling);
        Vereis(gegevens.Datum <= handeling.Termijnen.Datum(handeling.Op), "De datum van de evaluatie kan niet in de toekomst liggen.");
        Vereis(GeaccepteerdeOverdracht?.BesluitOp is not { } start || gegevens.Datum >= handeling.Termijnen.Datum(start),
            "Een evaluatie ligt na de start van de casusregie.");
        Vereis(!string.IsNullOrWhiteSpace(gegevens.ProfessioneelOordeel), "Geef uw professionele oordeel over de risico's.");
        Vereis(gegevens.Schaalvraag is >= 0 and <= 10, "De schaalvraag heeft een score van 0 tot en met 10.");
        Vereis(gegevens.Instrument is null || !string.IsNullOrWhiteSpace(gegevens.Instrument.Naam), "Geef de naam van het gebruikte instrument.");
        Vereis(!string.IsNullOrWhiteSpace(gegevens.HulpvraagOuders), "Leg de hulpvraag van de ouders vast, los van het risico-oordeel.");
        Vereis(!_gezinsleden.Any(g => g.IsMinderjarigOp(gegevens.Datum)) || !string.IsNullOrWhiteSpace(gegevens.StemVanHetKind),
            "Leg de stem van het kind vast: hoe kijken de kinderen zelf naar hun veiligheid?");
        ControleerOordelen(gegevens.Oordelen, gegevens.Kindchecks, gegevens.Datum);

        var evaluatie = new Evaluatie(Guid.CreateVersion7(handeling.Op), VolgendNummer, gegevens, handeling);
        _evaluaties.Add(evaluatie);
        EvaluatieUiterlijk = gegevens.Datum.AddMonths(handeling.Termijnen.Instellingen.EvaluatieMaanden);
        VoltooiActie(naar, DossierActie.EvaluatieVastleggen, ChronologieSoort.Evaluatie,
            $"Risico's geëvalueerd (schaalvraag {gegevens.Schaalvraag}); conclusie: {gegevens.Conclusie.Naam()}", handeling);
        return evaluatie;
    }

    /// <summary>
    /// Records a check of VT's veiligheidsvoorwaarden (invariant 6). A check by Veilig Thuis covers every condition and
    /// counts as the next open monitoring moment.
    /// </summary>
    public void ControleerVoorwaarden(DateOnly datum, IReadOnlyList<ControleGegevens> controles, Handeling handeling)
    {
        var naar = Begin(DossierActie.VoorwaardenControleren, handeling);
        var overdracht = GeaccepteerdeOverdracht!;
        Vereis(datum <= handeling.Termijnen.Datum(handeling.Op), "De datum van de controle kan niet in de toekomst liggen.");
        Vereis(datum >= handeling.Termijnen.Datum(overdracht.BesluitOp!.Value), "Een controle ligt na de acceptatie van de overdracht.");
        Vereis(controles.Count > 0, "Geef voor minstens één voorwaarde aan of die is nageleefd.");
        Vereis(controles.Select(c => c.VoorwaardeId).Distinct().Count() == controles.Count
            && controles.All(c => overdracht.Voorwaarden.Any(v => v.Id == c.VoorwaardeId)), "Controleer alleen de voorwaarden van deze overdracht, ieder één keer.");
        Vereis(controles.All(c => c.Naleving != Naleving.NietNageleefd || !string.IsNullOrWhiteSpace(c.Toelichting)),
            "Licht toe wat er is gebeurd bij een voorwaarde die niet is nageleefd.");

        int? maand = null;
        if (handeling.Door.IsVeiligThuis && MonitoringMomenten(handeling.Termijnen).FirstOrDefault(m => !m.Gedaan) is { Maanden: > 0 } moment)
        {
            Vereis(controles.Count == overdracht.Voorwaarden.Count, "Bij een monitoringsmoment controleert Veilig Thuis alle voorwaarden.");
            maand = moment.Maanden;
        }

        foreach (var controle in controles)
        {
            overdracht.Voorwaarden.Single(v => v.Id == controle.VoorwaardeId)
                .Controleer(new VoorwaardeControle(Guid.CreateVersion7(handeling.Op), VolgendNummer, datum, controle, maand, handeling));
        }

        MonitoringUiterlijk = VolgendMonitoringsmoment(handeling.Termijnen);
        var niet = controles.Count(c => c.Naleving == Naleving.NietNageleefd);
        VoltooiActie(naar, DossierActie.VoorwaardenControleren, ChronologieSoort.Voorwaarde,
            $"Veiligheidsvoorwaarden gecontroleerd{(maand is { } m ? $" (monitoringsmoment {m} maanden)" : "")}: "
            + $"{controles.Count(c => c.Naleving == Naleving.Nageleefd)} nageleefd, {niet} niet nageleefd, {controles.Count(c => c.Naleving == Naleving.Onbekend)} onbekend",
            handeling);
    }

    /// <summary>Children who have no safety judgement in the latest assessment, an evaluation or else the VB (invariant 3).</summary>
    public IReadOnlyList<Gezinslid> KinderenZonderOordeel(DateOnly peildatum)
    {
        // Evaluations happen after an acceptance and a VB before it, so the acceptance tells which came last.
        var vb = LaatsteVeiligheidsbeoordeling;
        var geaccepteerd = GeaccepteerdeOverdracht?.BesluitOp;
        IReadOnlyList<Oordeel> oordelen = LaatsteEvaluatie is { } evaluatie && evaluatie.VastgelegdOp >= geaccepteerd && (vb is null || vb.VastgelegdOp <= geaccepteerd)
            ? evaluatie.Oordelen
            : vb?.Oordelen ?? [];
        return KinderenZonderOordeel(oordelen.Select(o => o.GezinslidId), peildatum);
    }

    /// <summary>
    /// Invariant 3 as one rule: the household's children on this date whom these judgements leave out. The domain refuses
    /// a VB or evaluation that leaves one out; a form asks it to put the message next to that child.
    /// </summary>
    public IReadOnlyList<Gezinslid> KinderenZonderOordeel(IEnumerable<Guid> beoordeeld, DateOnly peildatum)
    {
        var ids = beoordeeld.ToHashSet();
        return [.. _gezinsleden.Where(g => g.IsMinderjarigOp(peildatum) && !ids.Contains(g.Id))];
    }

    /// <summary>The chronology number the current action will get.</summary>
    private int VolgendNummer => _chronologie.Count + 1;

    private void StartCasusregie(Overdracht overdracht, Handeling handeling)
    {
        var vandaag = handeling.Termijnen.Datum(handeling.Op);
        PlanUiterlijk = handeling.Termijnen.PlusWerkdagen(handeling.Op, handeling.Termijnen.Instellingen.VeiligheidsplanWerkdagen);
        PlanVastgesteldOp = null;
        overdracht.StartPlantermijn(PlanUiterlijk.Value);
        EvaluatieUiterlijk = vandaag.AddMonths(handeling.Termijnen.Instellingen.EvaluatieMaanden);
        MonitoringUiterlijk = vandaag.AddMonths(overdracht.MonitoringMaanden[0]);
    }

    /// <summary>Refreshes the stored counts that lists and the dashboard query, after every accepted action.</summary>
    private void WerkSignalenBij(DateOnly vandaag)
    {
        AantalKinderenZonderOordeel = KinderenZonderOordeel(vandaag).Count;
        AantalPartijenZonderPlan = GeldendPlan?.NietGedeeld.Count ?? 0;
    }

    private void StopCasusregie()
    {
        EvaluatieUiterlijk = null;
        MonitoringUiterlijk = null;
    }

    private DateOnly? VolgendMonitoringsmoment(Termijnberekening termijnen) =>
        MonitoringMomenten(termijnen).Where(m => !m.Gedaan).Select(m => (DateOnly?)m.Datum).FirstOrDefault();

    /// <summary>In casusregie the nearest of the open deadlines: the plan until it is vastgesteld, and the evaluation.</summary>
    private DateOnly? CasusregieDeadline() =>
        PlanVastgesteldOp is null && PlanUiterlijk < EvaluatieUiterlijk ? PlanUiterlijk : EvaluatieUiterlijk;

    private void VereisNetwerkpartners(IReadOnlyList<Guid> ids) =>
        Vereis(ids.All(id => _netwerkpartners.Any(p => p.Id == id)) && ids.Distinct().Count() == ids.Count, "Kies alleen netwerkpartners van dit gezin, ieder één keer.");

    private Netwerkpartner ZoekNetwerkpartner(Guid id) =>
        _netwerkpartners.Find(p => p.Id == id) ?? throw new DomainException("Deze netwerkpartner hoort niet bij het dossier.");
}
