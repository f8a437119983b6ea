using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>How an action is offered on the dossier page.</summary>
public enum ActieGewicht
{
    /// <summary>A step forward on the lifecycle's route: the first two are the page's primary buttons.</summary>
    Volgende,

    /// <summary>Work within the phase (partners, plan versions, household): a secondary button.</summary>
    Overig,

    /// <summary>Leaves the route or ends it (decline, withdraw, report back, end): apart from the rest, so it is not pressed by mistake.</summary>
    Afwijkend,
}

/// <summary>
/// Where each action's form lives. Household edits and MDO actions are offered per row in their table instead; a
/// later melding is registered on the melding form, which offers this dossier when the family matches.
/// </summary>
public static class ActieLinks
{
    public static ActieGewicht Gewicht(DossierActie actie) => actie switch
    {
        DossierActie.VeiligheidsbeoordelingVastleggen or DossierActie.VoorwaardenEnVervolgStarten or DossierActie.OnderzoekStarten
            or DossierActie.OverdrachtAanbieden or DossierActie.GesprekPlannen or DossierActie.GesprekVastleggen or DossierActie.OverdrachtAccepteren
            or DossierActie.VeiligheidsplanVaststellen or DossierActie.VeiligheidsplanVerspreiden or DossierActie.MdoVastleggen
            or DossierActie.EvaluatieVastleggen or DossierActie.AfsluitingGoedkeuren => ActieGewicht.Volgende,
        DossierActie.GezinslidToevoegen or DossierActie.GezinslidWijzigen or DossierActie.GezinslidVerwijderen or DossierActie.NetwerkpartnerVastleggen
            or DossierActie.VeiligheidsplanOpstellen or DossierActie.MdoPlannen or DossierActie.MdoActieAfronden or DossierActie.VoorwaardenControleren
            or DossierActie.CasusregisseurWisselen or DossierActie.AfsluitingVoorstellen or DossierActie.MeldingToevoegen => ActieGewicht.Overig,
        DossierActie.OverdrachtIntrekken or DossierActie.OverdrachtAfwijzen or DossierActie.Terugmelden or DossierActie.BemoeienisBeeindigen
            or DossierActie.AfsluitingTerugsturen => ActieGewicht.Afwijkend,
    };

    public static string? Url(DossierActie actie, Guid dossier) => actie switch
    {
        DossierActie.GezinslidToevoegen => $"/Dossiers/{dossier}/Gezinslid",
        DossierActie.GezinslidWijzigen or DossierActie.GezinslidVerwijderen or DossierActie.MdoActieAfronden
            or DossierActie.MeldingToevoegen => null,
        DossierActie.VeiligheidsbeoordelingVastleggen => $"/Dossiers/{dossier}/Veiligheidsbeoordeling",
        DossierActie.OverdrachtAanbieden => $"/Dossiers/{dossier}/Aanbieden",
        DossierActie.GesprekPlannen => $"/Dossiers/{dossier}/Plannen",
        DossierActie.GesprekVastleggen => $"/Dossiers/{dossier}/Gesprek",
        DossierActie.OverdrachtAccepteren => $"/Dossiers/{dossier}/Accepteren",
        DossierActie.Terugmelden => $"/Dossiers/{dossier}/Terugmelden",
        DossierActie.CasusregisseurWisselen => $"/Dossiers/{dossier}/Wisselen",
        DossierActie.AfsluitingVoorstellen => $"/Dossiers/{dossier}/Afsluiten",
        DossierActie.NetwerkpartnerVastleggen => $"/Dossiers/{dossier}/Netwerkpartner",
        DossierActie.VeiligheidsplanOpstellen => $"/Dossiers/{dossier}/Veiligheidsplan/Bewerken",
        DossierActie.VeiligheidsplanVaststellen => $"/Dossiers/{dossier}/Veiligheidsplan/Vaststellen",
        DossierActie.VeiligheidsplanVerspreiden => $"/Dossiers/{dossier}/Veiligheidsplan/Verspreiden",
        DossierActie.MdoPlannen => $"/Dossiers/{dossier}/Mdo/Plannen",
        DossierActie.MdoVastleggen => $"/Dossiers/{dossier}/Mdo/Vastleggen",
        DossierActie.EvaluatieVastleggen => $"/Dossiers/{dossier}/Evaluatie",
        DossierActie.VoorwaardenControleren => $"/Dossiers/{dossier}/Voorwaarden",
        DossierActie.VoorwaardenEnVervolgStarten or DossierActie.OnderzoekStarten or DossierActie.OverdrachtIntrekken
            or DossierActie.OverdrachtAfwijzen or DossierActie.BemoeienisBeeindigen or DossierActie.AfsluitingGoedkeuren
            or DossierActie.AfsluitingTerugsturen => $"/Dossiers/{dossier}/Besluit/{actie}",
    };
}
