namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>The phases of domain.md's lifecycle. Stored as strings; never renumber, never rename without a migration.</summary>
public enum DossierFase
{
    Melding,
    Veiligheidsbeoordeling,
    VoorwaardenEnVervolg,
    Onderzoek,
    OverdrachtAangeboden,
    OverdrachtsgesprekGepland,
    Casusregie,
    Teruggelegd,
    Opgeschaald,
    Afgesloten,
}

/// <summary>Everything a user can do to a dossier after it exists. Each accepted action adds one chronology entry.</summary>
public enum DossierActie
{
    GezinslidToevoegen,
    GezinslidWijzigen,
    GezinslidVerwijderen,
    VeiligheidsbeoordelingVastleggen,
    VoorwaardenEnVervolgStarten,
    OnderzoekStarten,
    OverdrachtAanbieden,
    OverdrachtIntrekken,
    GesprekPlannen,
    GesprekVastleggen,
    OverdrachtAccepteren,
    OverdrachtAfwijzen,
    Terugmelden,
    CasusregisseurWisselen,
    AfsluitingVoorstellen,
    AfsluitingGoedkeuren,
    AfsluitingTerugsturen,
    BemoeienisBeeindigen,
    NetwerkpartnerVastleggen,
    VeiligheidsplanOpstellen,
    VeiligheidsplanVaststellen,
    VeiligheidsplanVerspreiden,
    MdoPlannen,
    MdoVastleggen,
    MdoActieAfronden,
    EvaluatieVastleggen,
    VoorwaardenControleren,
    MeldingToevoegen,
}

public static class DossierFaseTeksten
{
    public static string Naam(this DossierFase fase) => fase switch
    {
        DossierFase.Melding => "Melding",
        DossierFase.Veiligheidsbeoordeling => "Veiligheidsbeoordeling",
        DossierFase.VoorwaardenEnVervolg => "Voorwaarden en Vervolg",
        DossierFase.Onderzoek => "Onderzoek",
        DossierFase.OverdrachtAangeboden => "Overdracht aangeboden",
        DossierFase.OverdrachtsgesprekGepland => "Overdrachtsgesprek gepland",
        DossierFase.Casusregie => "Casusregie wijkteam",
        DossierFase.Teruggelegd => "Teruggelegd bij Veilig Thuis",
        DossierFase.Opgeschaald => "Opgeschaald naar Veilig Thuis",
        DossierFase.Afgesloten => "Afgesloten",
    };

    /// <summary>
    /// What the person with the dossier on their list does next, as Mijn werk says it: by phase, sharpened by what is
    /// waiting in casusregie. <paramref name="gesprekMoment"/> is the planned gesprek as the reader's page writes a moment.
    /// </summary>
    public static string VolgendeStap(
        this DossierFase fase, bool afsluitVoorstel = false, bool voorwaardeNietNageleefd = false, bool planOpen = false, bool gesprekGehouden = false,
        string? gesprekMoment = null) => fase switch
    {
        DossierFase.Melding => "Veiligheidsbeoordeling doen",
        DossierFase.Veiligheidsbeoordeling => "Vervolg starten volgens het besluit",
        DossierFase.VoorwaardenEnVervolg => "Voorwaarden en Vervolg afronden",
        DossierFase.Onderzoek => "Onderzoek afronden",
        DossierFase.Teruggelegd => "Overdracht afgewezen of ingetrokken: kies een ander vervolg",
        DossierFase.Opgeschaald => "Terugmelding: nieuwe veiligheidsbeoordeling doen",
        DossierFase.OverdrachtAangeboden => "Nieuw aanbod: overdrachtsgesprek plannen",
        DossierFase.OverdrachtsgesprekGepland when gesprekGehouden => "Gesprek gehouden: besluiten over de overdracht",
        DossierFase.OverdrachtsgesprekGepland => $"Overdrachtsgesprek op {gesprekMoment ?? "een nog te bepalen moment"}",
        DossierFase.Casusregie when afsluitVoorstel => "Voorstel tot afsluiten beoordelen",
        DossierFase.Casusregie when voorwaardeNietNageleefd => "Voorwaarde niet nageleefd: terugmelden aan Veilig Thuis",
        DossierFase.Casusregie when planOpen => "Casusregie: veiligheidsplan vaststellen",
        DossierFase.Casusregie => "Casusregie: risico's evalueren",
        DossierFase.Afgesloten => "Afgesloten",
    };

    public static string Naam(this DossierActie actie) => DossierActies.Van(actie).Naam;

    /// <summary>What happened, as the confirmation after the action says it.</summary>
    public static string Gedaan(this DossierActie actie) => DossierActies.Van(actie).Gedaan;
}

public static class DossierFasen
{
    /// <summary>Every phase but Afgesloten, in lifecycle order.</summary>
    public static readonly DossierFase[] Open = [.. Enum.GetValues<DossierFase>().Where(f => f != DossierFase.Afgesloten)];

    /// <summary>The phases in which a warme overdracht is offered and not yet decided: the wijkteam's inbox.</summary>
    public static readonly DossierFase[] OverdrachtOpen = [DossierFase.OverdrachtAangeboden, DossierFase.OverdrachtsgesprekGepland];
}
