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

    public static string Naam(this DossierActie actie) => actie switch
    {
        DossierActie.MeldingToevoegen => "Melding toevoegen aan het dossier",
        DossierActie.GezinslidToevoegen => "Gezinslid toevoegen",
        DossierActie.GezinslidWijzigen => "Gezinslid wijzigen",
        DossierActie.GezinslidVerwijderen => "Gezinslid verwijderen",
        DossierActie.VeiligheidsbeoordelingVastleggen => "Veiligheidsbeoordeling vastleggen",
        DossierActie.VoorwaardenEnVervolgStarten => "Voorwaarden en Vervolg starten",
        DossierActie.OnderzoekStarten => "Onderzoek starten",
        DossierActie.OverdrachtAanbieden => "Warme overdracht aanbieden",
        DossierActie.OverdrachtIntrekken => "Overdracht intrekken",
        DossierActie.GesprekPlannen => "Overdrachtsgesprek plannen",
        DossierActie.GesprekVastleggen => "Overdrachtsgesprek vastleggen",
        DossierActie.OverdrachtAccepteren => "Overdracht accepteren",
        DossierActie.OverdrachtAfwijzen => "Overdracht afwijzen",
        DossierActie.Terugmelden => "Terugmelden aan Veilig Thuis",
        DossierActie.CasusregisseurWisselen => "Casusregisseur wisselen",
        DossierActie.AfsluitingVoorstellen => "Afsluiting voorstellen",
        DossierActie.AfsluitingGoedkeuren => "Afsluiting goedkeuren",
        DossierActie.AfsluitingTerugsturen => "Afsluitvoorstel terugsturen",
        DossierActie.BemoeienisBeeindigen => "Bemoeienis beëindigen",
        DossierActie.NetwerkpartnerVastleggen => "Netwerkpartner vastleggen",
        DossierActie.VeiligheidsplanOpstellen => "Veiligheidsplan opstellen of wijzigen",
        DossierActie.VeiligheidsplanVaststellen => "Veiligheidsplan vaststellen",
        DossierActie.VeiligheidsplanVerspreiden => "Verspreiding van het veiligheidsplan vastleggen",
        DossierActie.MdoPlannen => "MDO plannen",
        DossierActie.MdoVastleggen => "MDO vastleggen",
        DossierActie.MdoActieAfronden => "MDO-actie afronden",
        DossierActie.EvaluatieVastleggen => "Evaluatie vastleggen",
        DossierActie.VoorwaardenControleren => "Veiligheidsvoorwaarden controleren",
    };

    /// <summary>What happened, as the confirmation after the action says it.</summary>
    public static string Gedaan(this DossierActie actie) => actie switch
    {
        DossierActie.MeldingToevoegen => "Melding toegevoegd aan het dossier",
        DossierActie.GezinslidToevoegen => "Gezinslid toegevoegd",
        DossierActie.GezinslidWijzigen => "Gezinslid gewijzigd",
        DossierActie.GezinslidVerwijderen => "Gezinslid verwijderd",
        DossierActie.VeiligheidsbeoordelingVastleggen => "Veiligheidsbeoordeling vastgelegd",
        DossierActie.VoorwaardenEnVervolgStarten => "Voorwaarden en Vervolg gestart",
        DossierActie.OnderzoekStarten => "Onderzoek gestart",
        DossierActie.OverdrachtAanbieden => "Warme overdracht aangeboden",
        DossierActie.OverdrachtIntrekken => "Overdracht ingetrokken",
        DossierActie.GesprekPlannen => "Overdrachtsgesprek gepland",
        DossierActie.GesprekVastleggen => "Overdrachtsgesprek vastgelegd",
        DossierActie.OverdrachtAccepteren => "Overdracht geaccepteerd",
        DossierActie.OverdrachtAfwijzen => "Overdracht afgewezen",
        DossierActie.Terugmelden => "Teruggemeld aan Veilig Thuis",
        DossierActie.CasusregisseurWisselen => "Casusregisseur gewisseld",
        DossierActie.AfsluitingVoorstellen => "Afsluiting voorgesteld",
        DossierActie.AfsluitingGoedkeuren => "Afsluiting goedgekeurd",
        DossierActie.AfsluitingTerugsturen => "Afsluitvoorstel teruggestuurd",
        DossierActie.BemoeienisBeeindigen => "Bemoeienis beëindigd",
        DossierActie.NetwerkpartnerVastleggen => "Netwerkpartner vastgelegd",
        DossierActie.VeiligheidsplanOpstellen => "Veiligheidsplan opgeslagen",
        DossierActie.VeiligheidsplanVaststellen => "Veiligheidsplan vastgesteld",
        DossierActie.VeiligheidsplanVerspreiden => "Verspreiding van het veiligheidsplan vastgelegd",
        DossierActie.MdoPlannen => "MDO gepland",
        DossierActie.MdoVastleggen => "MDO vastgelegd",
        DossierActie.MdoActieAfronden => "MDO-actie afgerond",
        DossierActie.EvaluatieVastleggen => "Evaluatie vastgelegd",
        DossierActie.VoorwaardenControleren => "Controle van de veiligheidsvoorwaarden vastgelegd",
    };
}

public static class DossierFasen
{
    /// <summary>Every phase but Afgesloten, in lifecycle order.</summary>
    public static readonly DossierFase[] Open = [.. Enum.GetValues<DossierFase>().Where(f => f != DossierFase.Afgesloten)];

    /// <summary>The phases in which a warme overdracht is offered and not yet decided: the wijkteam's inbox.</summary>
    public static readonly DossierFase[] OverdrachtOpen = [DossierFase.OverdrachtAangeboden, DossierFase.OverdrachtsgesprekGepland];
}
