namespace Wijchen.Gezinsveiligheid.Domain.Tests;

/// <summary>Builds dossiers in any phase through the real domain methods, with a clock that moves forward.</summary>
internal sealed class Scenario
{
    public static readonly Guid TeamNoord = Guid.Parse("0195f3a0-0000-7000-8000-000000000001");
    public static readonly Guid TeamZuid = Guid.Parse("0195f3a0-0000-7000-8000-000000000002");

    public static readonly Medewerker Vt = new("vt-1", "Vera Thuis", Organisatie.VeiligThuis, null) { Functies = Functie.VeiligThuis };
    public static readonly Medewerker Vt2 = new("vt-2", "Victor Tromp", Organisatie.VeiligThuis, null) { Functies = Functie.VeiligThuis };
    public static readonly Medewerker Teamleider = new("tl-1", "Tessa Leider", Organisatie.Gemeente, TeamNoord) { Functies = Functie.Teamleider };
    public static readonly Medewerker Teamleider2 = new("tl-2", "Tom Lodewijk", Organisatie.Gemeente, TeamNoord) { Functies = Functie.Teamleider };
    public static readonly Medewerker Wijkteam = new("wt-1", "Wim Teunissen", Organisatie.Gemeente, TeamNoord) { Functies = Functie.Wijkteam };
    public static readonly Medewerker Wijkteam2 = new("wt-2", "Wendy Tak", Organisatie.Gemeente, TeamNoord) { Functies = Functie.Wijkteam };
    public static readonly Medewerker AnderTeam = new("wz-1", "Zoë Zuidema", Organisatie.Gemeente, TeamZuid) { Functies = Functie.Wijkteam };

    public static readonly Termijnberekening Termijnen = new(new TermijnInstellingen(), new WerkdagKalender(), Termijnberekening.Nederland);

    public DateTimeOffset Nu { get; private set; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public Handeling Door(Medewerker wie)
    {
        Nu = Nu.AddHours(1);
        return new Handeling(wie, Nu, Termijnen);
    }

    public static IReadOnlyList<GezinslidGegevens> Gezin =>
    [
        new("Sanne de Vries", new DateOnly(1990, 5, 1), "111222333", GezinslidRol.OuderVerzorger, true),
        new("Mark de Vries", new DateOnly(1988, 8, 12), null, GezinslidRol.OuderVerzorger, false),
        new("Lotte de Vries", new DateOnly(2015, 2, 3), "123456782", GezinslidRol.Kind, true),
        new("Daan de Vries", new DateOnly(2019, 11, 30), null, GezinslidRol.Kind, true),
    ];

    public Dossier Registreer() =>
        Dossier.Registreer("Gezin De Vries",
            new MeldingGegevens(Nu, "Juf Anna", "Leerkracht", "06-12345678", true, SoortZorg.KindGetuigeVanHuiselijkGeweld, "Kind vertelt over ruzies thuis"),
            Gezin, Door(Vt));

    /// <summary>A later melding about the De Vries household: the school again, now with a baby nobody recorded yet.</summary>
    public MeldingGegevens LatereMelding() =>
        new(Nu, "Meester Bas", "Leerkracht", "024-1234567", false, SoortZorg.Kindermishandeling, "Lotte had weer blauwe plekken");

    public static GezinslidGegevens Baby => new("Noor de Vries", new DateOnly(2026, 1, 15), null, GezinslidRol.Kind, true);

    public static VeiligheidsbeoordelingGegevens Beoordeling(Dossier dossier, VeiligheidsbeoordelingBesluit besluit, DateOnly datum) =>
        new(datum, false, true,
            [.. dossier.Gezinsleden.Where(g => g.IsMinderjarigOp(datum)).Select(g => new OordeelGegevens(g.Id, VeiligheidsOordeel.VoorwaardelijkVeilig, null))],
            [.. dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(datum)).Select(g => new KindcheckGegevens(g.Id, true, false, "Kinderen zien het geweld"))],
            new InstrumentGegevens("LIRIK", "2.0", "Hoog risico"),
            "Structurele onveiligheid door herhaald partnergeweld",
            besluit);

    public static OverdrachtAanbod Aanbod(Guid? team = null) =>
        new(team ?? TeamNoord, team == TeamZuid ? "Wijkteam Zuid" : "Wijkteam Noord", "Ouders willen hulp; vader woont sinds kort elders", "Vera Thuis",
            [new VoorwaardeGegevens("Geen fysiek geweld in het bijzijn van de kinderen", "Beide ouders", "Sanne de Vries")], null);

    public GesprekPlanning Planning(Dossier dossier) =>
        new(Nu.AddDays(2), "Wijkcentrum De Schakel", Wijkteam, [.. dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(Termijnen.Datum(Nu))).Select(g => g.Id)]);

    public GesprekVerslag Verslag(Dossier dossier) =>
        new(Nu, [dossier.Gezinsleden[0].Id], ["Vera Thuis (Veilig Thuis)", "Wim Teunissen (wijkteam)"]);

    public static AfsluitChecklist Checklist => new(true, true, true);

    public static NetwerkpartnerGegevens School(Dossier dossier) =>
        new(NetwerkpartnerSoort.School, "Basisschool De Regenboog", "Juf Anna", "024-1234567",
            [.. dossier.Gezinsleden.Where(g => g.Rol == GezinslidRol.Kind).Select(g => g.Id)]);

    public VeiligheidsplanGegevens Plan(Dossier dossier) => new(
        "Als vader weer slaat, zijn Lotte en Daan niet veilig.",
        "Moeder belt de buurvrouw als het misgaat.",
        "De kinderen zijn geen getuige meer van geweld.",
        [new AfspraakGegevens("Sanne", "Belt bij dreiging direct de buurvrouw", "Altijd", "Buurvrouw haalt de kinderen op en belt 112")],
        [new NetwerklidGegevens("Buurvrouw Els", "buurvrouw", false), new NetwerklidGegevens("Juf Anna", "leerkracht", true)],
        [new SchaalvraagGegevens("Sanne", 6), new SchaalvraagGegevens("Wim Teunissen", 5)],
        Termijnen.Datum(Nu).AddDays(30),
        [.. dossier.Netwerkpartners.Select(p => p.Id)],
        "Vader is nog niet gesproken over de afspraken.");

    public MdoPlanning MdoPlanning(Dossier dossier) =>
        new(Nu.AddDays(3), "Wijkcentrum De Schakel", "Stand van het veiligheidsplan", [.. dossier.Netwerkpartners.Select(p => p.Id)], [dossier.Gezinsleden[0].Id]);

    public MdoVerslag MdoVerslag(Dossier dossier) =>
        new(Nu, [.. dossier.Netwerkpartners.Select(p => p.Id)], [dossier.Gezinsleden[0].Id], "Schoolmaatschappelijk werk inschakelen",
            [new MdoActieGegevens("Aanmelding schoolmaatschappelijk werk", new ActieEigenaar(Wijkteam.Naam, Wijkteam.Id), Termijnen.Datum(Nu).AddDays(14))],
            Termijnen.Datum(Nu).AddMonths(2));

    public EvaluatieGegevens Evaluatie(Dossier dossier)
    {
        var vandaag = Termijnen.Datum(Nu);
        var vb = Beoordeling(dossier, VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam, vandaag);
        return new(vandaag, new InstrumentGegevens("LIRIK", "2.0", "Gemiddeld risico"), "Geen nieuwe incidenten; afspraken werken",
            6, vb.Oordelen, vb.Kindchecks, "Lotte zegt dat het thuis rustiger is", "Ouders willen opvoedondersteuning", EvaluatieConclusie.Voortzetten, null);
    }

    public static IReadOnlyList<ControleGegevens> Controles(Dossier dossier, Naleving naleving = Naleving.Nageleefd) =>
        [.. (dossier.GeaccepteerdeOverdracht?.Voorwaarden ?? []).Select(v => new ControleGegevens(v.Id, naleving, "Besproken met moeder"))];

    /// <summary>A dossier in casusregie with a school as netwerkpartner and a vastgesteld plan shared with nobody yet.</summary>
    public Dossier MetVastgesteldPlan()
    {
        var dossier = InFase(DossierFase.Casusregie);
        dossier.LegNetwerkpartnerVast(null, School(dossier), Door(Wijkteam));
        dossier.StelVeiligheidsplanOp(Plan(dossier), Door(Wijkteam));
        dossier.StelVeiligheidsplanVast(Door(Wijkteam));
        return dossier;
    }

    /// <summary>
    /// A dossier in <paramref name="fase"/>, prepared so that <paramref name="volgende"/> meets every precondition
    /// beyond the transition table (a matching VB besluit, a held gesprek, a pending closure proposal).
    /// </summary>
    public Dossier InFase(DossierFase fase, DossierActie? volgende = null)
    {
        var dossier = Registreer();
        if (fase == DossierFase.Melding)
        {
            return dossier;
        }

        if (fase == DossierFase.Veiligheidsbeoordeling)
        {
            dossier.LegVeiligheidsbeoordelingVast(Beoordeling(dossier, BesluitVoor(volgende), Termijnen.Datum(Nu)), Door(Vt));
            return dossier;
        }

        if (fase is DossierFase.VoorwaardenEnVervolg or DossierFase.Onderzoek)
        {
            var besluit = fase == DossierFase.Onderzoek ? VeiligheidsbeoordelingBesluit.Onderzoek : VeiligheidsbeoordelingBesluit.VoorwaardenEnVervolg;
            dossier.LegVeiligheidsbeoordelingVast(Beoordeling(dossier, besluit, Termijnen.Datum(Nu)), Door(Vt));
            if (fase == DossierFase.Onderzoek)
            {
                dossier.StartOnderzoek(Door(Vt));
            }
            else
            {
                dossier.StartVoorwaardenEnVervolg(Door(Vt));
            }

            return dossier;
        }

        dossier.LegVeiligheidsbeoordelingVast(Beoordeling(dossier, VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam, Termijnen.Datum(Nu)), Door(Vt));
        dossier.BiedOverdrachtAan(Aanbod(), Door(Vt));
        if (fase == DossierFase.OverdrachtAangeboden)
        {
            return dossier;
        }

        if (fase == DossierFase.Teruggelegd)
        {
            dossier.WijsOverdrachtAf("Geen capaciteit deze maand", Door(Teamleider));
            return dossier;
        }

        dossier.PlanGesprek(Planning(dossier), Door(Teamleider));
        if (fase == DossierFase.OverdrachtsgesprekGepland)
        {
            if (volgende == DossierActie.OverdrachtAccepteren)
            {
                dossier.LegGesprekVast(Verslag(dossier), Door(Teamleider));
            }

            return dossier;
        }

        dossier.LegGesprekVast(Verslag(dossier), Door(Teamleider));
        dossier.AccepteerOverdracht(Wijkteam, Door(Teamleider));
        if (fase == DossierFase.Casusregie)
        {
            if (volgende is DossierActie.AfsluitingGoedkeuren or DossierActie.AfsluitingTerugsturen)
            {
                dossier.StelAfsluitingVoor(Checklist, "Gezin is stabiel", Door(Wijkteam));
            }

            BereidCasusregieVoor(dossier, volgende);

            return dossier;
        }

        if (fase == DossierFase.Opgeschaald)
        {
            dossier.Terugmelden("Nieuw incident", "Vader weer in huis ondanks afspraak", Door(Wijkteam));
            return dossier;
        }

        dossier.StelAfsluitingVoor(Checklist, "Gezin is stabiel", Door(Wijkteam));
        dossier.KeurAfsluitingGoed(Door(Teamleider));
        return dossier;
    }

    /// <summary>Who leads the household's data: Veilig Thuis, or in casusregie the wijkteam (here its teamleider).</summary>
    public static Medewerker Regievoerder(Dossier dossier) => dossier.Fase == DossierFase.Casusregie ? Teamleider : Vt;

    /// <summary>Performs <paramref name="actie"/> with input that is valid for it, by the person who would do it.</summary>
    public void VoerActieUit(Dossier dossier, DossierActie actie)
    {
        var vandaag = Termijnen.Datum(Nu);
        switch (actie)
        {
            case DossierActie.GezinslidToevoegen:
                dossier.VoegGezinslidToe(new GezinslidGegevens("Oma Jansen", new DateOnly(1955, 1, 1), null, GezinslidRol.Netwerk, false), Door(Regievoerder(dossier)));
                break;
            case DossierActie.MeldingToevoegen:
                dossier.VoegMeldingToe(LatereMelding(), [.. Gezin, Baby], Door(Vt));
                break;
            case DossierActie.GezinslidWijzigen:
                dossier.WijzigGezinslid(dossier.Gezinsleden[1].Id, Gezin[1] with { WoontInHuis = true }, Door(Regievoerder(dossier)));
                break;
            case DossierActie.GezinslidVerwijderen:
                dossier.VerwijderGezinslid(dossier.Gezinsleden[1].Id, Door(Vt));
                break;
            case DossierActie.VeiligheidsbeoordelingVastleggen:
                dossier.LegVeiligheidsbeoordelingVast(Beoordeling(dossier, VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam, vandaag), Door(Vt));
                break;
            case DossierActie.VoorwaardenEnVervolgStarten:
                dossier.StartVoorwaardenEnVervolg(Door(Vt));
                break;
            case DossierActie.OnderzoekStarten:
                dossier.StartOnderzoek(Door(Vt));
                break;
            case DossierActie.OverdrachtAanbieden:
                dossier.BiedOverdrachtAan(Aanbod(), Door(Vt));
                break;
            case DossierActie.OverdrachtIntrekken:
                dossier.TrekOverdrachtIn("Gezin verhuist naar Nijmegen", Door(Vt));
                break;
            case DossierActie.GesprekPlannen:
                dossier.PlanGesprek(Planning(dossier), Door(Teamleider));
                break;
            case DossierActie.GesprekVastleggen:
                dossier.LegGesprekVast(Verslag(dossier), Door(Teamleider));
                break;
            case DossierActie.OverdrachtAccepteren:
                dossier.AccepteerOverdracht(Wijkteam, Door(Teamleider));
                break;
            case DossierActie.OverdrachtAfwijzen:
                dossier.WijsOverdrachtAf("Past niet bij de hulpvraag", Door(Teamleider));
                break;
            case DossierActie.Terugmelden:
                dossier.Terugmelden("Nieuw incident", "Acute dreiging", Door(Teamleider));
                break;
            case DossierActie.CasusregisseurWisselen:
                dossier.WisselCasusregisseur(dossier.RegiehouderId == Wijkteam2.Id ? Wijkteam : Wijkteam2, "Zwangerschapsverlof", Door(Teamleider));
                break;
            case DossierActie.AfsluitingVoorstellen:
                dossier.StelAfsluitingVoor(Checklist, "Stabiel", Door(dossier.Regiehouder ?? Wijkteam));
                break;
            case DossierActie.AfsluitingGoedkeuren:
                dossier.KeurAfsluitingGoed(Door(Teamleider2));
                break;
            case DossierActie.AfsluitingTerugsturen:
                dossier.StuurAfsluitingTerug("Eerst nog evalueren", Door(Teamleider2));
                break;
            case DossierActie.BemoeienisBeeindigen:
                dossier.BeeindigBemoeienis("Veiligheid hersteld, geen hulp nodig", Door(Vt));
                break;
            case DossierActie.NetwerkpartnerVastleggen:
                dossier.LegNetwerkpartnerVast(null, School(dossier), Door(Wijkteam));
                break;
            case DossierActie.VeiligheidsplanOpstellen:
                dossier.StelVeiligheidsplanOp(Plan(dossier), Door(Wijkteam));
                break;
            case DossierActie.VeiligheidsplanVaststellen:
                dossier.StelVeiligheidsplanVast(Door(Wijkteam));
                break;
            case DossierActie.VeiligheidsplanVerspreiden:
                dossier.VerspreidVeiligheidsplan([.. dossier.Netwerkpartners.Select(p => p.Id)], vandaag, Door(Wijkteam));
                break;
            case DossierActie.MdoPlannen:
                dossier.PlanMdo(MdoPlanning(dossier) with { Gezinsleden = [dossier.Gezinsleden[0].Id] }, Door(Wijkteam));
                break;
            case DossierActie.MdoVastleggen:
                dossier.LegMdoVast((dossier.Mdos.Count > 0 ? dossier.Mdos[0].Id : Guid.Empty), MdoVerslag(dossier), Door(Wijkteam));
                break;
            case DossierActie.MdoActieAfronden:
                dossier.RondMdoActieAf(dossier.OpenMdoActies.FirstOrDefault()?.Id ?? Guid.Empty, Door(Wijkteam));
                break;
            case DossierActie.EvaluatieVastleggen:
                dossier.LegEvaluatieVast(Evaluatie(dossier), Door(Wijkteam));
                break;
            case DossierActie.VoorwaardenControleren:
                dossier.ControleerVoorwaarden(vandaag, Controles(dossier), Door(Vt));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(actie), actie, null);
        }
    }

    /// <summary>The network, plan and MDO that the casusregie actions build on.</summary>
    private void BereidCasusregieVoor(Dossier dossier, DossierActie? volgende)
    {
        if (volgende is DossierActie.VeiligheidsplanVaststellen or DossierActie.VeiligheidsplanVerspreiden or DossierActie.MdoVastleggen or DossierActie.MdoActieAfronden)
        {
            dossier.LegNetwerkpartnerVast(null, School(dossier), Door(Wijkteam));
        }

        if (volgende is DossierActie.VeiligheidsplanVaststellen or DossierActie.VeiligheidsplanVerspreiden)
        {
            dossier.StelVeiligheidsplanOp(Plan(dossier), Door(Wijkteam));
        }

        if (volgende is DossierActie.VeiligheidsplanVerspreiden)
        {
            dossier.StelVeiligheidsplanVast(Door(Wijkteam));
        }

        if (volgende is DossierActie.MdoVastleggen or DossierActie.MdoActieAfronden)
        {
            dossier.PlanMdo(MdoPlanning(dossier), Door(Wijkteam));
        }

        if (volgende is DossierActie.MdoActieAfronden)
        {
            Nu = Nu.AddDays(3);
            dossier.LegMdoVast(dossier.Mdos[^1].Id, MdoVerslag(dossier), Door(Wijkteam));
        }
    }

    private static VeiligheidsbeoordelingBesluit BesluitVoor(DossierActie? actie) => actie switch
    {
        DossierActie.VoorwaardenEnVervolgStarten => VeiligheidsbeoordelingBesluit.VoorwaardenEnVervolg,
        DossierActie.OnderzoekStarten => VeiligheidsbeoordelingBesluit.Onderzoek,
        DossierActie.BemoeienisBeeindigen => VeiligheidsbeoordelingBesluit.EindeBemoeienis,
        _ => VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam,
    };
}

/// <summary>What a refused action must leave untouched.</summary>
internal sealed record Momentopname(DossierFase Fase, int Versie, string? Regiehouder, int Chronologie, int Regiehistorie, int Gezin, int Beoordelingen, string Overdrachten, bool Voorstel, DateOnly? Deadline, string Casusregie, int LatereMeldingen)
{
    public static Momentopname Van(Dossier d) => new(
        d.Fase, d.Versie, d.RegiehouderId, d.Chronologie.Count, d.Regiehistorie.Count, d.Gezinsleden.Count, d.Veiligheidsbeoordelingen.Count,
        string.Join(",", d.Overdrachten.Select(o => $"{o.Status}/{o.GehoudenOp}/{o.GesprekOp}/{o.Voorwaarden.Sum(v => v.Controles.Count)}")), d.AfsluitVoorstel is not null, d.Deadline,
        $"{d.Netwerkpartners.Count}/{string.Join(",", d.Veiligheidsplannen.Select(p => $"{p.Status}:{p.NietGedeeld.Count}"))}/{d.Mdos.Count(m => m.IsGehouden)}:{d.Mdos.Count}/"
        + $"{d.OpenMdoActies.Count()}/{d.Evaluaties.Count}/{d.PlanUiterlijk}/{d.PlanVastgesteldOp}/{d.EvaluatieUiterlijk}/{d.MonitoringUiterlijk}",
        d.LatereMeldingen.Count);
}
