using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Dashboard;

/// <summary>The five themes of the inspection's closing letter; every dashboard figure belongs to one.</summary>
public enum Thema
{
    Overdracht,
    Veiligheid,
    Regievoering,
    IntegraalWerken,
    Evalueren,
}

/// <summary>A state of an open dossier that a manager must see: regie that is missing or double, or a deadline that has passed.</summary>
public enum Signaal
{
    ZonderRegiehouder,
    TweeRegiehouders,
    VeiligheidsbeoordelingTeLaat,
    GesprekNietGepland,
    OverdrachtNietBesloten,
    AfwijzingZonderVervolg,
    PlanNietVastgesteld,
    PlanNietGedeeld,
    EvaluatieTeLaat,
    KindZonderOordeel,
    MonitoringTeLaat,
    MdoActieTeLaat,
}

/// <summary>
/// Each signal is one filter over the dossiers. The tile counts it and the drill-down lists it, both in the database, so
/// a figure and the list behind it can never disagree.
/// </summary>
public static class Signalen
{
    public sealed record Definitie(Signaal Signaal, Thema Thema, string Titel, string Uitleg);

    public static IReadOnlyList<Definitie> Alle { get; } =
    [
        new(Signaal.ZonderRegiehouder, Thema.Regievoering, "Dossiers zonder regiehouder", "Open dossiers waarbij niemand als regiehouder is vastgelegd."),
        new(Signaal.TweeRegiehouders, Thema.Regievoering, "Dossiers met twee regiehouders",
            "Open dossiers waarin twee partijen de regie kunnen claimen: de fase legt de regie bij Veilig Thuis en de regiehouder is een wijkteammedewerker (of omgekeerd), of de laatste regiewissel wijst een ander aan dan de vastgelegde regiehouder."),
        new(Signaal.VeiligheidsbeoordelingTeLaat, Thema.Veiligheid, "Veiligheidsbeoordeling te laat",
            "Meldingen en terugmeldingen zonder veiligheidsbeoordeling, meer dan 5 werkdagen na ontvangst."),
        new(Signaal.GesprekNietGepland, Thema.Overdracht, "Overdrachtsgesprek niet op tijd gepland",
            "Aanbiedingen waarvoor het wijkteam het overdrachtsgesprek niet binnen de termijn heeft gepland."),
        new(Signaal.OverdrachtNietBesloten, Thema.Overdracht, "Overdracht niet op tijd besloten",
            "Aanbiedingen waarover het wijkteam niet binnen de termijn na het aanbod heeft besloten (accepteren of afwijzen)."),
        new(Signaal.AfwijzingZonderVervolg, Thema.Overdracht, "Afgewezen aanbod zonder vervolg van Veilig Thuis",
            "Afgewezen of ingetrokken aanbiedingen waarbij Veilig Thuis niet binnen de termijn een ander vervolg heeft gekozen."),
        new(Signaal.PlanNietVastgesteld, Thema.Veiligheid, "Veiligheidsplan niet op tijd vastgesteld",
            "Dossiers in casusregie waarvan het veiligheidsplan niet is vastgesteld binnen de termijn na acceptatie."),
        new(Signaal.PlanNietGedeeld, Thema.IntegraalWerken, "Veiligheidsplan niet met alle partijen gedeeld",
            "Dossiers in casusregie waarvan het geldende veiligheidsplan nog niet is verzonden aan elke partij op de verspreidingslijst."),
        new(Signaal.EvaluatieTeLaat, Thema.Evalueren, "Evaluatie van de risico's te laat",
            "Dossiers in casusregie waarvan de volgende risico-evaluatie over de datum is (de cyclus, of eerder als het plan dat zegt)."),
        new(Signaal.KindZonderOordeel, Thema.Evalueren, "Kind zonder oordeel in de laatste evaluatie",
            "Dossiers in casusregie met een minderjarig kind zonder veiligheidsoordeel in de laatste beoordeling (evaluatie, of anders de veiligheidsbeoordeling)."),
        new(Signaal.MonitoringTeLaat, Thema.Veiligheid, "Monitoringsmoment Veilig Thuis te laat",
            "Dossiers in casusregie waarvan het volgende monitoringsmoment van Veilig Thuis (controle van de veiligheidsvoorwaarden) voorbij is."),
        new(Signaal.MdoActieTeLaat, Thema.IntegraalWerken, "Open MDO-acties over de datum",
            "Dossiers in casusregie met een MDO-actie die niet is afgerond en waarvan de uiterste datum voorbij is."),
    ];

    public static Definitie Van(Signaal signaal) => Alle.Single(d => d.Signaal == signaal);

    /// <summary>
    /// The dossiers with this signal on <paramref name="vandaag"/>; "over de termijn" means the deadline date has passed.
    /// <paramref name="mdos"/> is where the late MDO actions are looked up: once for all dossiers, from the index on open
    /// actions, instead of once per dossier in casusregie.
    /// </summary>
    public static Expression<Func<Dossier, bool>> Filter(Signaal signaal, DateOnly vandaag, IQueryable<Mdo> mdos) => signaal switch
    {
        Signaal.ZonderRegiehouder => d => d.Fase != DossierFase.Afgesloten && d.RegiehouderId == null,
        Signaal.TweeRegiehouders => d => d.Fase != DossierFase.Afgesloten && d.RegiehouderId != null
            && ((d.Fase == DossierFase.Casusregie && d.RegiehouderOrganisatie != Organisatie.Gemeente)
                || (d.Fase != DossierFase.Casusregie && d.RegiehouderOrganisatie == Organisatie.Gemeente)
                // The latest change names someone else, or there is none. Written as NOT EXISTS so the statement holds one
                // subquery per dossier: comparing FirstOrDefault with a nullable column makes EF write it twice.
                || !d.Regiehistorie.OrderByDescending(r => r.Volgnummer).Take(1).Any(r => r.NaarId == d.RegiehouderId)),
        Signaal.VeiligheidsbeoordelingTeLaat => d => (d.Fase == DossierFase.Melding || d.Fase == DossierFase.Opgeschaald) && d.Deadline < vandaag,
        Signaal.GesprekNietGepland => d => d.Fase == DossierFase.OverdrachtAangeboden && d.Deadline < vandaag,
        Signaal.OverdrachtNietBesloten => d => d.Fase == DossierFase.OverdrachtsgesprekGepland && d.Deadline < vandaag,
        Signaal.AfwijzingZonderVervolg => d => d.Fase == DossierFase.Teruggelegd && d.Deadline < vandaag,
        Signaal.PlanNietVastgesteld => d => d.Fase == DossierFase.Casusregie && d.PlanVastgesteldOp == null && d.PlanUiterlijk < vandaag,
        Signaal.PlanNietGedeeld => d => d.Fase == DossierFase.Casusregie && d.AantalPartijenZonderPlan > 0,
        Signaal.EvaluatieTeLaat => d => d.Fase == DossierFase.Casusregie && d.EvaluatieUiterlijk < vandaag,
        Signaal.KindZonderOordeel => d => d.Fase == DossierFase.Casusregie && d.AantalKinderenZonderOordeel > 0,
        Signaal.MonitoringTeLaat => d => d.Fase == DossierFase.Casusregie && d.MonitoringUiterlijk < vandaag,
        Signaal.MdoActieTeLaat => d => d.Fase == DossierFase.Casusregie
            && (from m in mdos from a in m.Acties where a.AfgerondOp == null && a.Uiterlijk < vandaag select EF.Property<Guid>(m, "DossierId")).Contains(d.Id),
    };
}
