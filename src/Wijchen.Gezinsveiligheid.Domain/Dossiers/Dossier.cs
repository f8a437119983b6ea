namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// One household's dossier: the aggregate whose phase moves only through <see cref="Transities"/>. Every public
/// method checks everything first and changes state only when the whole action is allowed, so a refused action
/// leaves the dossier exactly as it was. Every accepted action adds one chronology entry and raises <see cref="Versie"/>.
/// </summary>
public sealed partial class Dossier
{
    private readonly List<Gezinslid> _gezinsleden = [];
    private readonly List<Veiligheidsbeoordeling> _beoordelingen = [];
    private readonly List<Overdracht> _overdrachten = [];
    private readonly List<RegieWissel> _regiehistorie = [];
    private readonly List<ChronologieItem> _chronologie = [];
    private readonly List<LatereMelding> _latereMeldingen = [];

    private Dossier()
    {
        Naam = VtBehandelaarId = VtBehandelaarNaam = "";
        Melding = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>How workers refer to the household, e.g. "Gezin De Vries".</summary>
    public string Naam { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public Melding Melding { get; private set; }

    public DossierFase Fase { get; private set; }

    public DateTimeOffset FaseSinds { get; private set; }

    /// <summary>The date by which the current phase must be left; null once closed.</summary>
    public DateOnly? Deadline { get; private set; }

    /// <summary>Concurrency token: raised by every accepted action, checked on save.</summary>
    public int Versie { get; private set; }

    /// <summary>The VT worker responsible for the dossier; regie returns to them when a wijkteam hands it back.</summary>
    public string VtBehandelaarId { get; private set; }

    public string VtBehandelaarNaam { get; private set; }

    public string? RegiehouderId { get; private set; }

    public string? RegiehouderNaam { get; private set; }

    public Organisatie? RegiehouderOrganisatie { get; private set; }

    public Guid? RegiehouderTeamId { get; private set; }

    /// <summary>The wijkteam the dossier is offered to or held by.</summary>
    public Guid? WijkteamId { get; private set; }

    public AfsluitVoorstel? AfsluitVoorstel { get; private set; }

    public DateTimeOffset? AfgeslotenOp { get; private set; }

    public string? AfsluitReden { get; private set; }

    public IReadOnlyList<Gezinslid> Gezinsleden => _gezinsleden;

    public IReadOnlyList<Veiligheidsbeoordeling> Veiligheidsbeoordelingen => _beoordelingen;

    public IReadOnlyList<Overdracht> Overdrachten => _overdrachten;

    public IReadOnlyList<RegieWissel> Regiehistorie => _regiehistorie;

    public IReadOnlyList<ChronologieItem> Chronologie => _chronologie;

    /// <summary>Meldingen about this household after the first one, in the order they were added.</summary>
    public IReadOnlyList<LatereMelding> LatereMeldingen => _latereMeldingen;

    public bool IsOpen => Fase != DossierFase.Afgesloten;

    public Medewerker? Regiehouder =>
        RegiehouderId is null ? null : new Medewerker(RegiehouderId, RegiehouderNaam!, RegiehouderOrganisatie!.Value, RegiehouderTeamId);

    public Veiligheidsbeoordeling? LaatsteVeiligheidsbeoordeling => _beoordelingen.Count == 0 ? null : _beoordelingen[^1];

    public Overdracht? HuidigeOverdracht => _overdrachten.Count == 0 ? null : _overdrachten[^1];

    /// <summary>The table's actions for this phase that can succeed now: the route the VB chose, accept only after a held gesprek, and so on.</summary>
    public IReadOnlyList<DossierActie> MogelijkeActies => [.. Transities.ActiesIn(Fase).Where(KanNu)];

    /// <summary>What the current deadline is for, in the words of domain.md.</summary>
    public string? DeadlineOmschrijving => OmschrijvingVanDeadline(Fase, Deadline == PlanUiterlijk && PlanVastgesteldOp is null);

    /// <summary>
    /// What the deadline of a dossier in <paramref name="fase"/> is for, for code that has only those columns (a query).
    /// <paramref name="planOpen"/>: in casusregie the deadline is the veiligheidsplan's, not yet vastgesteld.
    /// </summary>
    public static string? OmschrijvingVanDeadline(DossierFase fase, bool planOpen) => fase switch
    {
        DossierFase.Melding or DossierFase.Opgeschaald => "Veiligheidsbeoordeling met besluit",
        DossierFase.Veiligheidsbeoordeling => "Besluit over het vervolg",
        DossierFase.VoorwaardenEnVervolg => "Einde Voorwaarden en Vervolg",
        DossierFase.Onderzoek => "Einde onderzoek",
        DossierFase.OverdrachtAangeboden => "Overdrachtsgesprek gepland",
        DossierFase.OverdrachtsgesprekGepland => "Besluit over de overdracht",
        DossierFase.Casusregie => planOpen ? "Veiligheidsplan vastgesteld" : "Evaluatie van de risico's",
        DossierFase.Teruggelegd => "Besluit Veilig Thuis over het vervolg",
        DossierFase.Afgesloten => null,
    };

    /// <summary>
    /// Registers a melding: the dossier starts in phase Melding with the registering VT worker as regiehouder.
    /// <paramref name="id"/> lets a form choose the id up front, so that posting it twice cannot create two dossiers.
    /// </summary>
    public static Dossier Registreer(string naam, MeldingGegevens melding, IReadOnlyList<GezinslidGegevens> gezin, Handeling handeling, Guid? id = null)
    {
        Vereis(handeling.Door.IsVeiligThuis, "Alleen een medewerker van Veilig Thuis kan een melding registreren.");
        Vereis(!string.IsNullOrWhiteSpace(naam), "Geef het dossier een naam, bijvoorbeeld 'Gezin De Vries'.");
        Vereis(melding.OntvangenOp <= handeling.Op, "Het tijdstip van ontvangst kan niet in de toekomst liggen.");
        Vereis(!string.IsNullOrWhiteSpace(melding.Omschrijving), "Beschrijf kort waar de melding over gaat.");
        Vereis(gezin.Count > 0, "Leg minstens één gezinslid vast.");
        var leden = MaakGezinsleden(gezin, handeling);

        var dossier = new Dossier
        {
            Id = id ?? Guid.CreateVersion7(handeling.Op),
            Naam = naam.Trim(),
            AangemaaktOp = handeling.Op,
            Melding = new Melding(melding),
            Fase = DossierFase.Melding,
            FaseSinds = handeling.Op,
            VtBehandelaarId = handeling.Door.Id,
            VtBehandelaarNaam = handeling.Door.Naam,
        };
        dossier._gezinsleden.AddRange(leden);
        dossier.Deadline = handeling.Termijnen.PlusWerkdagen(melding.OntvangenOp, WettelijkeTermijnen.VeiligheidsbeoordelingWerkdagen);
        dossier.ZetRegie(handeling.Door, "Melding geregistreerd", handeling);
        dossier.SchrijfInChronologie(null, ChronologieSoort.Melding, $"Melding ontvangen ({melding.SoortZorg.Naam()}), {leden.Count} gezinsleden vastgelegd", handeling);
        return dossier;
    }

    /// <summary>
    /// Adds a later melding about this household: phase, deadline and regie stay as they are, so the regiehouder keeps
    /// the lead and sees the new melding. Members of <paramref name="gezin"/> who are not yet in the household (by BSN,
    /// or by name and birth date) are added with it; the ones already known are left as recorded. <paramref name="id"/>
    /// lets the melding form choose the id up front, so that posting it twice cannot add the melding twice.
    /// </summary>
    public LatereMelding VoegMeldingToe(MeldingGegevens melding, IReadOnlyList<GezinslidGegevens> gezin, Handeling handeling, Guid? id = null)
    {
        var naar = Begin(DossierActie.MeldingToevoegen, handeling);
        Vereis(melding.OntvangenOp <= handeling.Op, "Het tijdstip van ontvangst kan niet in de toekomst liggen.", nameof(melding.OntvangenOp));
        Vereis(!string.IsNullOrWhiteSpace(melding.Omschrijving), "Beschrijf kort waar de melding over gaat.", nameof(melding.Omschrijving));
        // A BSN already in the household is that person, whatever the spelling of the name: never a second member with it.
        var nieuw = MaakGezinsleden([.. gezin.Where(g => !IsBekend(g))], handeling);

        var latere = new LatereMelding(id ?? Guid.CreateVersion7(handeling.Op), melding, handeling);
        _latereMeldingen.Add(latere);
        _gezinsleden.AddRange(nieuw);
        VoltooiActie(naar, DossierActie.MeldingToevoegen, ChronologieSoort.Melding,
            $"Nieuwe melding ontvangen ({melding.SoortZorg.Naam()}) en aan het dossier toegevoegd" + (nieuw.Count switch
            {
                0 => "",
                1 => "; 1 gezinslid toegevoegd",
                var n => $"; {n} gezinsleden toegevoegd",
            }),
            handeling);
        return latere;
    }

    public Gezinslid VoegGezinslidToe(GezinslidGegevens gegevens, Handeling handeling)
    {
        var naar = Begin(DossierActie.GezinslidToevoegen, handeling);
        var bsn = ControleerGezinslid(gegevens, null, handeling);
        var lid = new Gezinslid(Guid.CreateVersion7(handeling.Op), gegevens, bsn);
        _gezinsleden.Add(lid);
        VoltooiActie(naar, DossierActie.GezinslidToevoegen, ChronologieSoort.Gezin, $"{lid.Rol.Naam()} toegevoegd aan het gezin", handeling);
        return lid;
    }

    public void WijzigGezinslid(Guid gezinslidId, GezinslidGegevens gegevens, Handeling handeling)
    {
        var naar = Begin(DossierActie.GezinslidWijzigen, handeling);
        var lid = ZoekGezinslid(gezinslidId);
        var bsn = ControleerGezinslid(gegevens, gezinslidId, handeling);
        lid.Wijzig(gegevens, bsn);
        VoltooiActie(naar, DossierActie.GezinslidWijzigen, ChronologieSoort.Gezin, $"Gegevens van een gezinslid ({lid.Rol.Naam()}) gewijzigd", handeling);
    }

    /// <summary>
    /// A correction the privacy officer granted on the person's own request (AVG art. 16), in any phase and also after
    /// closing: the member's data change with the same checks as any change, and the chronology says why. The request
    /// keeps the old value.
    /// </summary>
    public void CorrigeerGezinslid(Guid gezinslidId, GezinslidGegevens gegevens, Handeling handeling)
    {
        Vereis(handeling.Door.Functies.HasFlag(Functie.Privacy), "Alleen de privacyfunctionaris corrigeert gegevens op een AVG-verzoek.");
        var lid = ZoekGezinslid(gezinslidId);
        var bsn = ControleerGezinslid(gegevens, gezinslidId, handeling);
        lid.Wijzig(gegevens, bsn);
        NoteerZonderFase(ChronologieSoort.Gezin, $"Gegevens van een gezinslid ({lid.Rol.Naam()}) gecorrigeerd op verzoek van de betrokkene (AVG art. 16)", handeling);
    }

    /// <summary>
    /// Notes a document in the chronology — an attachment added, replaced or deleted, or a person's own statement. The
    /// web stores the document and decides who may; the phase does not change, the version does (an open form sees it).
    /// </summary>
    public void NoteerDocument(string omschrijving, Handeling handeling)
    {
        Vereis(!string.IsNullOrWhiteSpace(omschrijving), "Beschrijf het document.");
        NoteerZonderFase(ChronologieSoort.Document, omschrijving, handeling);
    }

    private void NoteerZonderFase(ChronologieSoort soort, string omschrijving, Handeling handeling)
    {
        _chronologie.Add(new ChronologieItem(Guid.CreateVersion7(handeling.Op), _chronologie.Count + 1, soort, null, omschrijving, handeling));
        Versie++;
    }

    public void VerwijderGezinslid(Guid gezinslidId, Handeling handeling)
    {
        var naar = Begin(DossierActie.GezinslidVerwijderen, handeling);
        var lid = ZoekGezinslid(gezinslidId);
        _gezinsleden.Remove(lid);
        VoltooiActie(naar, DossierActie.GezinslidVerwijderen, ChronologieSoort.Gezin, $"Een gezinslid ({lid.Rol.Naam()}) verwijderd", handeling);
    }

    /// <summary>
    /// Records VT's veiligheidsbeoordeling. Every child needs a safety judgement (invariant 3) and every adult a
    /// kindcheck (invariant 8); the besluit decides which route may follow.
    /// </summary>
    public Veiligheidsbeoordeling LegVeiligheidsbeoordelingVast(VeiligheidsbeoordelingGegevens gegevens, Handeling handeling)
    {
        var naar = Begin(DossierActie.VeiligheidsbeoordelingVastleggen, handeling);
        Vereis(gegevens.Datum <= handeling.Termijnen.Datum(handeling.Op), "De datum van de veiligheidsbeoordeling kan niet in de toekomst liggen.", nameof(gegevens.Datum));
        var ontvangen = handeling.Termijnen.Datum(Melding.OntvangenOp);
        Vereis(gegevens.Datum >= ontvangen, $"De beoordeling kan niet eerder zijn dan de melding ({Datumtekst.Van(ontvangen)}).", nameof(gegevens.Datum));
        Vereis(!string.IsNullOrWhiteSpace(gegevens.Onderbouwing), "Onderbouw de veiligheidsbeoordeling.");
        Vereis(gegevens.Instrument is null || !string.IsNullOrWhiteSpace(gegevens.Instrument.Naam), "Geef de naam van het gebruikte instrument.");

        ControleerOordelen(gegevens.Oordelen, gegevens.Kindchecks, gegevens.Datum);

        var sindsMelding = _beoordelingen.Count == 0 ? handeling.Termijnen.Kalender.WerkdagenTussen(ontvangen, gegevens.Datum) : (int?)null;
        var beoordeling = new Veiligheidsbeoordeling(Guid.CreateVersion7(handeling.Op), gegevens, handeling.Door, handeling.Op, sindsMelding);
        _beoordelingen.Add(beoordeling);
        VoltooiActie(naar, DossierActie.VeiligheidsbeoordelingVastleggen, ChronologieSoort.Veiligheidsbeoordeling,
            $"Veiligheidsbeoordeling vastgelegd: acute onveiligheid {JaNee(gegevens.AcuteOnveiligheid)}, structurele onveiligheid {JaNee(gegevens.StructureleOnveiligheid)}; besluit: {gegevens.Besluit.Naam()}",
            handeling);
        return beoordeling;
    }

    /// <summary>
    /// Records the VB and starts the route its besluit chose in the same action, when that route needs nothing more
    /// than the besluit (and, for einde bemoeienis, a reason). An overdracht waits for its offer, which has a form of its own.
    /// </summary>
    public Veiligheidsbeoordeling BeoordeelEnVolgBesluit(VeiligheidsbeoordelingGegevens gegevens, string? redenEinde, Handeling handeling)
    {
        var beoordeling = LegVeiligheidsbeoordelingVast(gegevens, handeling);
        switch (gegevens.Besluit.Vervolg())
        {
            case DossierActie.VoorwaardenEnVervolgStarten:
                StartVoorwaardenEnVervolg(handeling);
                break;
            case DossierActie.OnderzoekStarten:
                StartOnderzoek(handeling);
                break;
            case DossierActie.BemoeienisBeeindigen:
                BeeindigBemoeienis(redenEinde ?? "", handeling);
                break;
        }

        return beoordeling;
    }

    public void StartVoorwaardenEnVervolg(Handeling handeling) =>
        StartVtRoute(DossierActie.VoorwaardenEnVervolgStarten, "Voorwaarden en Vervolg gestart", handeling);

    public void StartOnderzoek(Handeling handeling) =>
        StartVtRoute(DossierActie.OnderzoekStarten, "Onderzoek gestart", handeling);

    /// <summary>Offers a warme overdracht to a wijkteam, with the VB outcome and the veiligheidsvoorwaarden attached.</summary>
    public Overdracht BiedOverdrachtAan(OverdrachtAanbod aanbod, Handeling handeling)
    {
        var naar = Begin(DossierActie.OverdrachtAanbieden, handeling);
        Vereis(!string.IsNullOrWhiteSpace(aanbod.TeamNaam), "Kies het wijkteam dat de overdracht ontvangt.");
        Vereis(!string.IsNullOrWhiteSpace(aanbod.Context), "Beschrijf voor het wijkteam de context van het gezin.");
        Vereis(!string.IsNullOrWhiteSpace(aanbod.Contactpersoon), "Geef een contactpersoon bij Veilig Thuis.");
        Vereis(aanbod.Voorwaarden.Count > 0, "Leg minstens één veiligheidsvoorwaarde vast: die horen bij de overdracht.");
        Vereis(aanbod.Voorwaarden.All(v => !string.IsNullOrWhiteSpace(v.Omschrijving) && !string.IsNullOrWhiteSpace(v.Verantwoordelijke)),
            "Elke veiligheidsvoorwaarde heeft een omschrijving en een verantwoordelijke.");
        var maanden = aanbod.MonitoringMaanden ?? [.. handeling.Termijnen.Instellingen.MonitoringMaanden];
        Vereis(Monitoringsmomenten.ZijnGeldig([.. maanden]), $"Monitoringsmomenten: {Monitoringsmomenten.Uitleg}");

        var overdracht = new Overdracht(Guid.CreateVersion7(handeling.Op), LaatsteVeiligheidsbeoordeling!, aanbod, maanden, handeling);
        _overdrachten.Add(overdracht);
        WijkteamId = aanbod.TeamId;
        VoltooiActie(naar, DossierActie.OverdrachtAanbieden, ChronologieSoort.Overdracht,
            $"Warme overdracht aangeboden aan {overdracht.TeamNaam} met {overdracht.Voorwaarden.Count} veiligheidsvoorwaarde(n)", handeling);
        return overdracht;
    }

    public void TrekOverdrachtIn(string reden, Handeling handeling)
    {
        var naar = Begin(DossierActie.OverdrachtIntrekken, handeling);
        VereisReden(reden, "Geef aan waarom Veilig Thuis de overdracht intrekt.");
        var overdracht = HuidigeOverdracht!;
        overdracht.Besluit(OverdrachtStatus.Ingetrokken, reden, handeling);
        WijkteamId = null;
        VoltooiActie(naar, DossierActie.OverdrachtIntrekken, ChronologieSoort.Overdracht, $"Overdracht aan {overdracht.TeamNaam} ingetrokken: {reden.Trim()}", handeling);
    }

    public void PlanGesprek(GesprekPlanning planning, Handeling handeling)
    {
        var naar = Begin(DossierActie.GesprekPlannen, handeling);
        var overdracht = HuidigeOverdracht!;
        Vereis(!string.IsNullOrWhiteSpace(planning.Locatie), "Geef de plaats van het overdrachtsgesprek.");
        VereisWijkteamlid(planning.BeoogdCasusregisseur, overdracht, "De beoogd casusregisseur");
        VereisGezinsleden(planning.UitgenodigdeGezinsleden);
        overdracht.Plan(planning);
        VoltooiActie(naar, DossierActie.GesprekPlannen, ChronologieSoort.Overdracht,
            $"Overdrachtsgesprek gepland ({planning.UitgenodigdeGezinsleden.Count} gezinsleden uitgenodigd), beoogd casusregisseur {planning.BeoogdCasusregisseur.Naam}",
            handeling);
    }

    public void LegGesprekVast(GesprekVerslag verslag, Handeling handeling)
    {
        var naar = Begin(DossierActie.GesprekVastleggen, handeling);
        var overdracht = HuidigeOverdracht!;
        Vereis(verslag.GehoudenOp <= handeling.Op, "Een gesprek kan pas worden vastgelegd als het gehouden is.", nameof(verslag.GehoudenOp));
        var aangeboden = handeling.Termijnen.Datum(overdracht.AangebodenOp);
        Vereis(handeling.Termijnen.Datum(verslag.GehoudenOp) >= aangeboden,
            $"Het gesprek kan niet eerder zijn gehouden dan de overdracht werd aangeboden ({Datumtekst.Van(aangeboden)}).", nameof(verslag.GehoudenOp));
        Vereis(verslag.AanwezigeProfessionals.Any(p => !string.IsNullOrWhiteSpace(p)), "Leg vast welke professionals aanwezig waren.");
        VereisGezinsleden(verslag.AanwezigeGezinsleden);
        overdracht.LegGesprekVast(verslag, handeling.Termijnen);
        VoltooiActie(naar, DossierActie.GesprekVastleggen, ChronologieSoort.Overdracht,
            overdracht.IsWarm ? $"Overdrachtsgesprek gehouden met {verslag.AanwezigeGezinsleden.Count} gezinsleden aanwezig" : "Overdrachtsgesprek gehouden zonder het gezin",
            handeling);
    }

    /// <summary>
    /// The wijkteam accepts: regie moves from VT to the named casusregisseur in this one action (invariants 1 and 2).
    /// </summary>
    public void AccepteerOverdracht(Medewerker casusregisseur, Handeling handeling)
    {
        var naar = Begin(DossierActie.OverdrachtAccepteren, handeling);
        var overdracht = HuidigeOverdracht!;
        VereisWijkteamlid(casusregisseur, overdracht, "De casusregisseur");
        overdracht.Accepteer(casusregisseur, handeling);
        StartCasusregie(overdracht, handeling);
        ZetRegie(casusregisseur, $"Warme overdracht geaccepteerd door {overdracht.TeamNaam}", handeling);
        VoltooiActie(naar, DossierActie.OverdrachtAccepteren, ChronologieSoort.Regie,
            $"Overdracht geaccepteerd; casusregie bij {casusregisseur.Naam} ({overdracht.TeamNaam})", handeling);
    }

    public void WijsOverdrachtAf(string reden, Handeling handeling)
    {
        var naar = Begin(DossierActie.OverdrachtAfwijzen, handeling);
        var overdracht = HuidigeOverdracht!;
        VereisReden(reden, "Een afwijzing heeft altijd een reden.");
        overdracht.Besluit(OverdrachtStatus.Afgewezen, reden, handeling);
        WijkteamId = null;
        VoltooiActie(naar, DossierActie.OverdrachtAfwijzen, ChronologieSoort.Overdracht,
            $"Overdracht afgewezen door {overdracht.TeamNaam}: {reden.Trim()}. Regie blijft bij Veilig Thuis.", handeling);
    }

    /// <summary>Terugmelding: new unsafety is reported back to VT and regie returns to the VT behandelaar.</summary>
    public void Terugmelden(string reden, string zorg, Handeling handeling)
    {
        var naar = Begin(DossierActie.Terugmelden, handeling);
        VereisReden(reden, "Geef de reden van de terugmelding.");
        VereisReden(zorg, "Beschrijf welke veiligheidszorg er is.");
        AfsluitVoorstel = null;
        ZetRegie(VtBehandelaar, $"Terugmelding: {reden.Trim()}", handeling);
        VoltooiActie(naar, DossierActie.Terugmelden, ChronologieSoort.Terugmelding, $"Teruggemeld aan Veilig Thuis: {reden.Trim()} — zorg: {zorg.Trim()}", handeling);
    }

    public void WisselCasusregisseur(Medewerker nieuwe, string reden, Handeling handeling)
    {
        var naar = Begin(DossierActie.CasusregisseurWisselen, handeling);
        Vereis(nieuwe.Organisatie == Organisatie.Gemeente && nieuwe.TeamId == WijkteamId, "De nieuwe casusregisseur moet lid zijn van het wijkteam met de casusregie.");
        Vereis(nieuwe.Id != RegiehouderId, $"{nieuwe.Naam} is al de casusregisseur.");
        VereisReden(reden, "Geef de reden van de wissel.");
        var vorige = RegiehouderNaam;
        ZetRegie(nieuwe, reden.Trim(), handeling);
        VoltooiActie(naar, DossierActie.CasusregisseurWisselen, ChronologieSoort.Regie, $"Casusregie van {vorige} naar {nieuwe.Naam}: {reden.Trim()}", handeling);
    }

    public void StelAfsluitingVoor(AfsluitChecklist checklist, string toelichting, Handeling handeling)
    {
        var naar = Begin(DossierActie.AfsluitingVoorstellen, handeling);
        Vereis(checklist.IsCompleet, "Afsluiten kan pas als de veiligheid stabiel en geëvalueerd is, Veilig Thuis is geïnformeerd en het gezin en de partners zijn geïnformeerd.");
        VereisReden(toelichting, "Licht het voorstel tot afsluiten toe.");
        AfsluitVoorstel = new AfsluitVoorstel(checklist, toelichting, handeling);
        VoltooiActie(naar, DossierActie.AfsluitingVoorstellen, ChronologieSoort.Afsluiting, "Afsluiting voorgesteld", handeling);
    }

    /// <summary>Four eyes: the approver is never the proposer. Regie ends with the dossier.</summary>
    public void KeurAfsluitingGoed(Handeling handeling)
    {
        var naar = Begin(DossierActie.AfsluitingGoedkeuren, handeling);
        var voorstel = AfsluitVoorstel!;
        Vereis(handeling.Door.Id != voorstel.VoorgesteldDoorId, "Vier ogen: wie het afsluiten voorstelde, kan het niet zelf goedkeuren.");
        Sluit(voorstel.Toelichting, handeling);
        VoltooiActie(naar, DossierActie.AfsluitingGoedkeuren, ChronologieSoort.Afsluiting, $"Afsluiting goedgekeurd; voorgesteld door {voorstel.VoorgesteldDoorNaam}. Veilig Thuis geïnformeerd.", handeling);
    }

    public void StuurAfsluitingTerug(string reden, Handeling handeling)
    {
        var naar = Begin(DossierActie.AfsluitingTerugsturen, handeling);
        VereisReden(reden, "Geef aan waarom het voorstel wordt teruggestuurd.");
        AfsluitVoorstel = null;
        VoltooiActie(naar, DossierActie.AfsluitingTerugsturen, ChronologieSoort.Afsluiting, $"Voorstel tot afsluiten teruggestuurd: {reden.Trim()}", handeling);
    }

    /// <summary>VT ends its involvement after the VB, V&amp;V or onderzoek ("einde bemoeienis").</summary>
    public void BeeindigBemoeienis(string reden, Handeling handeling)
    {
        var naar = Begin(DossierActie.BemoeienisBeeindigen, handeling);
        VereisReden(reden, "Geef de reden voor het einde van de bemoeienis.");
        Sluit(reden, handeling);
        VoltooiActie(naar, DossierActie.BemoeienisBeeindigen, ChronologieSoort.Afsluiting, $"Einde bemoeienis Veilig Thuis: {reden.Trim()}", handeling);
    }

    /// <summary>Invariant 1 as a question: an open dossier has exactly one regiehouder, a closed one none, and the regiehistorie agrees.</summary>
    public bool HeeftEnkeleRegiehouder() =>
        (IsOpen ? RegiehouderId is not null && RegiehouderOrganisatie is not null : RegiehouderId is null)
        && _regiehistorie.Count > 0 && _regiehistorie[^1].NaarId == RegiehouderId
        && (Fase != DossierFase.Casusregie || RegiehouderOrganisatie == Organisatie.Gemeente)
        && (Fase is DossierFase.Casusregie or DossierFase.Afgesloten || RegiehouderOrganisatie == Organisatie.VeiligThuis);

    /// <summary>Every child judged (invariant 3) and every adult's kindcheck (invariant 8), for the VB and each evaluation alike.</summary>
    private void ControleerOordelen(IReadOnlyList<OordeelGegevens> oordelen, IReadOnlyList<KindcheckGegevens> kindchecks, DateOnly datum)
    {
        var bekend = _gezinsleden.Select(g => g.Id).ToHashSet();
        Vereis(oordelen.All(o => bekend.Contains(o.GezinslidId)) && kindchecks.All(k => bekend.Contains(k.GezinslidId)),
            "De beoordeling noemt iemand die geen lid van dit gezin is.");
        Vereis(oordelen.Select(o => o.GezinslidId).Distinct().Count() == oordelen.Count
            && kindchecks.Select(k => k.GezinslidId).Distinct().Count() == kindchecks.Count,
            "Geef per gezinslid één oordeel en één kindcheck.");

        var kinderenZonderOordeel = KinderenZonderOordeel(oordelen.Select(o => o.GezinslidId), datum).Select(g => g.Naam).ToList();
        Vereis(kinderenZonderOordeel.Count == 0, $"Geef een veiligheidsoordeel voor elk kind: nog niet voor {string.Join(", ", kinderenZonderOordeel)}.");

        var volwassenenZonderKindcheck = _gezinsleden
            .Where(g => !g.IsMinderjarigOp(datum) && kindchecks.All(k => k.GezinslidId != g.Id))
            .Select(g => g.Naam).ToList();
        Vereis(volwassenenZonderKindcheck.Count == 0, $"Doe de kindcheck voor elke volwassene: nog niet voor {string.Join(", ", volwassenenZonderKindcheck)}.");
        Vereis(kindchecks.All(k => k.MinderjarigeKinderenAfhankelijk == k.KinderenVeilig.HasValue),
            "Geef bij de kindcheck aan of de kinderen veilig zijn als er minderjarige kinderen afhankelijk zijn (en alleen dan).");
    }

    private bool KanNu(DossierActie actie) => DossierActies.Van(actie).Weigering(this) is null;

    private Medewerker VtBehandelaar => new(VtBehandelaarId, VtBehandelaarNaam, Organisatie.VeiligThuis, null);

    private void StartVtRoute(DossierActie actie, string omschrijving, Handeling handeling)
    {
        var naar = Begin(actie, handeling);
        VoltooiActie(naar, actie, ChronologieSoort.Veiligheidsbeoordeling, omschrijving, handeling);
    }

    private void Sluit(string reden, Handeling handeling)
    {
        AfgeslotenOp = handeling.Op;
        AfsluitReden = reden.Trim();
        ZetRegie(null, "Dossier afgesloten", handeling);
    }

    private void ZetRegie(Medewerker? naar, string reden, Handeling handeling)
    {
        _regiehistorie.Add(new RegieWissel(Guid.CreateVersion7(handeling.Op), _regiehistorie.Count + 1, Regiehouder, naar, reden, handeling));
        RegiehouderId = naar?.Id;
        RegiehouderNaam = naar?.Naam;
        RegiehouderOrganisatie = naar?.Organisatie;
        RegiehouderTeamId = naar?.TeamId;
    }

    /// <summary>The one place where an accepted action takes effect: phase, deadline, chronology and version.</summary>
    private void VoltooiActie(DossierFase naar, DossierActie actie, ChronologieSoort soort, string omschrijving, Handeling handeling)
    {
        if (naar != Fase)
        {
            if (Fase == DossierFase.Casusregie)
            {
                StopCasusregie();
            }

            Fase = naar;
            FaseSinds = handeling.Op;
            Deadline = BerekenDeadline(handeling);
        }
        else if (Fase == DossierFase.Casusregie)
        {
            Deadline = CasusregieDeadline();
        }

        SchrijfInChronologie(actie, soort, omschrijving, handeling);
    }

    /// <summary>Every change ends here: a chronology entry, the stored signals brought up to date, a new version.</summary>
    private void SchrijfInChronologie(DossierActie? actie, ChronologieSoort soort, string omschrijving, Handeling handeling)
    {
        _chronologie.Add(new ChronologieItem(Guid.CreateVersion7(handeling.Op), _chronologie.Count + 1, soort, actie, omschrijving, handeling));
        WerkSignalenBij(handeling.Termijnen.Datum(handeling.Op));
        Versie++;
    }

    private DateOnly? BerekenDeadline(Handeling handeling)
    {
        var termijnen = handeling.Termijnen;
        var instellingen = termijnen.Instellingen;
        return Fase switch
        {
            DossierFase.Melding => termijnen.PlusWerkdagen(Melding.OntvangenOp, WettelijkeTermijnen.VeiligheidsbeoordelingWerkdagen),
            // The VB decision keeps the deadline that started with the melding or the terugmelding.
            DossierFase.Veiligheidsbeoordeling => Deadline,
            DossierFase.VoorwaardenEnVervolg or DossierFase.Onderzoek =>
                LaatsteVeiligheidsbeoordeling!.Datum.AddDays(7 * instellingen.VoorwaardenEnVervolgWeken),
            DossierFase.OverdrachtAangeboden => termijnen.PlusWerkdagen(HuidigeOverdracht!.AangebodenOp, instellingen.GesprekPlannenWerkdagen),
            DossierFase.OverdrachtsgesprekGepland => termijnen.PlusWerkdagen(HuidigeOverdracht!.AangebodenOp, instellingen.OverdrachtBesluitWerkdagen),
            DossierFase.Casusregie => CasusregieDeadline(),
            DossierFase.Teruggelegd => termijnen.PlusWerkdagen(handeling.Op, instellingen.TerugleggingBesluitWerkdagen),
            DossierFase.Opgeschaald => termijnen.PlusWerkdagen(handeling.Op, WettelijkeTermijnen.VeiligheidsbeoordelingWerkdagen),
            DossierFase.Afgesloten => null,
        };
    }

    /// <summary>The checks every action passes before it changes anything: the transition table, who may, and what must hold besides the phase.</summary>
    private DossierFase Begin(DossierActie actie, Handeling handeling)
    {
        var naar = Transities.Naar(Fase, actie);
        var declaratie = DossierActies.Van(actie);
        Vereis(declaratie.Mag(handeling.Door, this), declaratie.NietBevoegd);
        if (declaratie.Weigering(this) is { } weigering)
        {
            throw new DomainException(weigering);
        }

        return naar;
    }

    private static void VereisWijkteamlid(Medewerker medewerker, Overdracht overdracht, string wie) =>
        Vereis(medewerker.Organisatie == Organisatie.Gemeente && medewerker.TeamId == overdracht.TeamId,
            $"{wie} moet lid zijn van {overdracht.TeamNaam}.");

    private void VereisGezinsleden(IReadOnlyList<Guid> ids) =>
        Vereis(ids.All(id => _gezinsleden.Any(g => g.Id == id)) && ids.Distinct().Count() == ids.Count, "Kies alleen leden van dit gezin, ieder één keer.");

    /// <summary>The same person as a member already recorded: the same BSN, or the same name and birth date.</summary>
    private bool IsBekend(GezinslidGegevens gegevens) =>
        _gezinsleden.Exists(g =>
            (gegevens.Bsn is not null && Bsn.IsGeldig(gegevens.Bsn) && g.Bsn == Bsn.Parse(gegevens.Bsn))
            || (g.Geboortedatum == gegevens.Geboortedatum && string.Equals(g.Naam, gegevens.Naam.Trim(), StringComparison.OrdinalIgnoreCase)));

    private Gezinslid ZoekGezinslid(Guid id) =>
        _gezinsleden.Find(g => g.Id == id) ?? throw new DomainException("Dit gezinslid hoort niet bij het dossier.");

    private Bsn? ControleerGezinslid(GezinslidGegevens gegevens, Guid? zelf, Handeling handeling)
    {
        var (bsn, fout) = Valideer(gegevens, handeling);
        Vereis(fout is null, fout!);
        Vereis(bsn is null || _gezinsleden.All(g => g.Id == zelf || g.Bsn != bsn), "Dit BSN staat al bij een ander gezinslid.");
        return bsn;
    }

    private static List<Gezinslid> MaakGezinsleden(IReadOnlyList<GezinslidGegevens> gezin, Handeling handeling)
    {
        var leden = new List<Gezinslid>();
        foreach (var gegevens in gezin)
        {
            var (bsn, fout) = Valideer(gegevens, handeling);
            Vereis(fout is null, fout!);
            Vereis(bsn is null || leden.All(g => g.Bsn != bsn), "Hetzelfde BSN staat bij twee gezinsleden.");
            leden.Add(new Gezinslid(Guid.CreateVersion7(handeling.Op), gegevens, bsn));
        }

        return leden;
    }

    private static (Bsn? Bsn, string? Fout) Valideer(GezinslidGegevens gegevens, Handeling handeling)
    {
        if (string.IsNullOrWhiteSpace(gegevens.Naam))
        {
            return (null, "Geef de naam van het gezinslid.");
        }

        if (gegevens.Geboortedatum > handeling.Termijnen.Datum(handeling.Op))
        {
            return (null, $"De geboortedatum van {gegevens.Naam.Trim()} ligt in de toekomst.");
        }

        if (string.IsNullOrWhiteSpace(gegevens.Bsn))
        {
            return (null, null);
        }

        return Bsn.IsGeldig(gegevens.Bsn) ? (Bsn.Parse(gegevens.Bsn), null) : (null, $"Het BSN van {gegevens.Naam.Trim()} voldoet niet aan de elfproef.");
    }

    private static void VereisReden(string? reden, string melding) => Vereis(!string.IsNullOrWhiteSpace(reden), melding);

    private static void Vereis(bool voorwaarde, string melding)
    {
        if (!voorwaarde)
        {
            throw new DomainException(melding);
        }
    }

    /// <summary>A refusal about one field of the action's data.</summary>
    private static void Vereis(bool voorwaarde, string melding, string veld)
    {
        if (!voorwaarde)
        {
            throw new DomainException(melding, veld);
        }
    }

    private static string JaNee(bool waarde) => waarde ? "ja" : "nee";
}
