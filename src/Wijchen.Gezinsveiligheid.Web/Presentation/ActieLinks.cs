using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>Where each action's form lives. Household edits and MDO actions are offered per row in their table instead.</summary>
public static class ActieLinks
{
    public static string? Url(DossierActie actie, Guid dossier) => actie switch
    {
        DossierActie.GezinslidToevoegen => $"/Dossiers/{dossier}/Gezinslid",
        DossierActie.GezinslidWijzigen or DossierActie.GezinslidVerwijderen or DossierActie.MdoActieAfronden => null,
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
