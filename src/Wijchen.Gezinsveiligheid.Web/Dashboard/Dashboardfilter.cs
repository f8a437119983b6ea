using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Dashboard;

/// <summary>
/// What a dashboard figure is computed over. The period (both days included) applies to lead times, shares and the
/// report; the team to everything; the organisation (where regie lies now) to the figures about open dossiers.
/// </summary>
public sealed record Dashboardfilter(DateOnly Van, DateOnly Tot, Guid? TeamId, Organisatie? Organisatie)
{
    /// <summary>The first moment of the period and the first moment after it, in UTC: days are Dutch calendar days.</summary>
    public (DateTimeOffset Begin, DateTimeOffset Eind) Momenten => (Begin(Van), Begin(Tot.AddDays(1)));

    /// <summary>The twelve months of the trends: the month of <see cref="Tot"/> and the eleven before it.</summary>
    public IReadOnlyList<DateOnly> TrendMaanden
    {
        get
        {
            var laatste = new DateOnly(Tot.Year, Tot.Month, 1);
            return [.. Enumerable.Range(0, 12).Select(i => laatste.AddMonths(i - 11))];
        }
    }

    public static DateTimeOffset Begin(DateOnly dag) =>
        new(TimeZoneInfo.ConvertTimeToUtc(dag.ToDateTime(TimeOnly.MinValue), Termijnberekening.Nederland), TimeSpan.Zero);
}

/// <summary>The steps whose duration the dashboard measures, in working days.</summary>
public enum Doorlooptijd
{
    MeldingTotVeiligheidsbeoordeling,
    VeiligheidsbeoordelingTotAanbod,
    AanbodTotGesprek,
    AanbodTotAcceptatie,
}

/// <summary>Shares of the accepted handovers: the numerator's dossiers, or all of them (the denominator).</summary>
public enum Aandeel
{
    Warm,
    PlanOpTijd,
}

/// <summary>The monthly series of the trends.</summary>
public enum Reeks
{
    Meldingen,
    Overdrachten,
    Acceptaties,
    Terugmeldingen,
    Afsluitingen,
}

/// <summary>Which dossiers a drill-down lists: exactly one of these is set, the same way the figure that links to it was computed.</summary>
public sealed record Drilldown
{
    public Signaal? Signaal { get; init; }

    public DossierFase? Fase { get; init; }

    /// <summary>Where regie lies now: Veilig Thuis, or one wijkteam.</summary>
    public Organisatie? Regie { get; init; }

    public Guid? RegieTeam { get; init; }

    public string? Regisseur { get; init; }

    public Doorlooptijd? Doorlooptijd { get; init; }

    public Aandeel? Aandeel { get; init; }

    /// <summary>With <see cref="Aandeel"/>: true lists the numerator (e.g. the warm handovers), false the whole base.</summary>
    public bool Teller { get; init; }

    public Reeks? Reeks { get; init; }

    public DateOnly? Maand { get; init; }
}

public static class DashboardTeksten
{
    public static string Naam(this Thema thema) => thema switch
    {
        Thema.Overdracht => "Overdracht",
        Thema.Veiligheid => "Veiligheid",
        Thema.Regievoering => "Regievoering",
        Thema.IntegraalWerken => "Integraal werken",
        Thema.Evalueren => "Evalueren",
    };

    public static string Naam(this Doorlooptijd stap) => stap switch
    {
        Doorlooptijd.MeldingTotVeiligheidsbeoordeling => "Melding → veiligheidsbeoordeling",
        Doorlooptijd.VeiligheidsbeoordelingTotAanbod => "Veiligheidsbeoordeling → aanbod warme overdracht",
        Doorlooptijd.AanbodTotGesprek => "Aanbod → overdrachtsgesprek",
        Doorlooptijd.AanbodTotAcceptatie => "Aanbod → acceptatie",
    };

    public static string Uitleg(this Doorlooptijd stap) => stap switch
    {
        Doorlooptijd.MeldingTotVeiligheidsbeoordeling =>
            "Werkdagen van de ontvangst van de melding tot de datum van de eerste veiligheidsbeoordeling van het dossier, voor beoordelingen met een datum in de periode.",
        Doorlooptijd.VeiligheidsbeoordelingTotAanbod =>
            "Werkdagen van de datum van de veiligheidsbeoordeling tot het aanbod van de warme overdracht dat daarop berust, voor aanbiedingen in de periode.",
        Doorlooptijd.AanbodTotGesprek => "Werkdagen van het aanbod tot het gehouden overdrachtsgesprek, voor gesprekken in de periode.",
        Doorlooptijd.AanbodTotAcceptatie => "Werkdagen van het aanbod tot de acceptatie door het wijkteam, voor acceptaties in de periode.",
    };

    public static string Naam(this Aandeel aandeel) => aandeel switch
    {
        Aandeel.Warm => "Warme overdrachten",
        Aandeel.PlanOpTijd => "Veiligheidsplan op tijd vastgesteld",
    };

    public static string Uitleg(this Aandeel aandeel) => aandeel switch
    {
        Aandeel.Warm => "Deel van de acceptaties in de periode waarbij het overdrachtsgesprek is gehouden met het gezin erbij (minstens één gezinslid aanwezig).",
        Aandeel.PlanOpTijd =>
            "Deel van de acceptaties in de periode waarvan de uitkomst vaststaat (plan vastgesteld, of de termijn voorbij) met een veiligheidsplan dat uiterlijk op de termijn is vastgesteld.",
    };

    public static string Naam(this Reeks reeks) => reeks switch
    {
        Reeks.Meldingen => "Meldingen",
        Reeks.Overdrachten => "Overdrachten aangeboden",
        Reeks.Acceptaties => "Acceptaties",
        Reeks.Terugmeldingen => "Terugmeldingen",
        Reeks.Afsluitingen => "Afsluitingen",
    };

    public static string Uitleg(this Reeks reeks) => reeks switch
    {
        Reeks.Meldingen => "Dossiers waarvan de melding in de maand is ontvangen.",
        Reeks.Overdrachten => "Dossiers met een aanbod van een warme overdracht in de maand.",
        Reeks.Acceptaties => "Dossiers met een door het wijkteam geaccepteerde overdracht in de maand.",
        Reeks.Terugmeldingen => "Dossiers die het wijkteam in de maand heeft teruggemeld aan Veilig Thuis.",
        Reeks.Afsluitingen => "Dossiers die in de maand zijn afgesloten.",
    };

    public static string Maandnaam(DateOnly maand) => maand.ToString("MMMM yyyy", Datumtekst.Nederlands);

    public static string Getal(double waarde) => waarde.ToString("0.#", Datumtekst.Nederlands);

    public static string Procent(int teller, int noemer) => noemer == 0 ? "—" : $"{Getal(100.0 * teller / noemer)}%";
}
