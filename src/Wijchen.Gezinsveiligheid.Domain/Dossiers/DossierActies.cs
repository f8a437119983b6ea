using System.Collections.Frozen;

namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>Who may take an action on a dossier, as its declaration says; several flags mean any of them.</summary>
[Flags]
public enum Bevoegd
{
    VeiligThuis = 1,

    /// <summary>Every member of the dossier's wijkteam, its teamleider included.</summary>
    Wijkteam = 2,

    /// <summary>The teamleider of the dossier's wijkteam.</summary>
    Teamleider = 4,

    /// <summary>The person who holds regie.</summary>
    Casusregisseur = 8,

    /// <summary>The side that leads: Veilig Thuis, or in casusregie the casusregisseur and the teamleider.</summary>
    Regievoerend = 16,
}

/// <summary>How a worker's roles count for <see cref="Bevoegd"/>; the roles themselves are the web's (Identity).</summary>
[Flags]
public enum Functie
{
    Geen = 0,
    VeiligThuis = 1,
    Wijkteam = 2,
    Teamleider = 4,

    /// <summary>The privacy officer: no dossier action, only a correction granted under the AVG.</summary>
    Privacy = 8,
}

/// <summary>How an action is offered on the dossier page.</summary>
public enum ActieGewicht
{
    /// <summary>A step forward on the lifecycle's route: the first two are the page's primary buttons.</summary>
    Volgende,

    /// <summary>Work within the phase (partners, plan versions, household): a secondary button.</summary>
    Overig,

    /// <summary>Leaves the route or ends it (decline, withdraw, report back, end): apart from the rest, so it is not pressed by mistake.</summary>
    Afwijkend,

    /// <summary>Offered where its subject is (a row of the household or the MDO actions, the melding form), not among the buttons.</summary>
    Elders,
}

/// <summary>One move of the lifecycle; <see cref="Van"/> equal to <see cref="Naar"/> records work without changing phase.</summary>
public readonly record struct Overgang(DossierFase Van, DossierFase Naar);

/// <summary>
/// An action on a dossier, declared once: the moves it makes, what must hold besides the phase, who may take it, how
/// users read it and where its form lives. The domain, the authorization, the dossier page and the action pages all
/// read this (ADR 0012).
/// </summary>
/// <param name="Actie">The action this declares.</param>
/// <param name="Naam">Its label on buttons and page titles.</param>
/// <param name="Gedaan">What happened, as the confirmation after the action says it.</param>
/// <param name="Gewicht">Where the dossier page offers it.</param>
/// <param name="Bevoegd">Who may take it; the domain refuses anyone else and authorization asks the same question.</param>
/// <param name="Pagina">The Razor page of its form, by page name; the domain does not interpret it.</param>
/// <param name="Overgangen">Its rows of the transition table.</param>
/// <param name="Weigering">Why the action cannot be taken now besides the phase, or null when it can.</param>
/// <param name="Uitleg">What confirming means, for actions whose page is only a confirmation.</param>
/// <param name="VraagtReden">The confirmation asks for a reason, which the chronology keeps.</param>
public sealed record ActieDeclaratie(
    DossierActie Actie,
    string Naam,
    string Gedaan,
    ActieGewicht Gewicht,
    Bevoegd Bevoegd,
    string Pagina,
    IReadOnlyList<Overgang> Overgangen,
    Func<Dossier, string?> Weigering,
    string? Uitleg = null,
    bool VraagtReden = false)
{
    /// <summary>Whether <paramref name="door"/> may take this action on <paramref name="dossier"/>.</summary>
    public bool Mag(Medewerker door, Dossier dossier)
    {
        var vanHetTeam = dossier.WijkteamId is { } team && door.TeamId == team;
        var teamleider = vanHetTeam && door.Functies.HasFlag(Functie.Teamleider);
        var casusregisseur = dossier.RegiehouderId is { } regie && regie == door.Id;
        var vt = door.Functies.HasFlag(Functie.VeiligThuis);
        return (Bevoegd.HasFlag(Bevoegd.VeiligThuis) && vt)
            || (Bevoegd.HasFlag(Bevoegd.Wijkteam) && vanHetTeam && (teamleider || door.Functies.HasFlag(Functie.Wijkteam)))
            || (Bevoegd.HasFlag(Bevoegd.Teamleider) && teamleider)
            || (Bevoegd.HasFlag(Bevoegd.Casusregisseur) && casusregisseur)
            || (Bevoegd.HasFlag(Bevoegd.Regievoerend) && (dossier.Fase == DossierFase.Casusregie ? casusregisseur || teamleider : vt));
    }

    /// <summary>The refusal when someone else tries, naming who may.</summary>
    public string NietBevoegd
    {
        get
        {
            List<string> wie = [];
            if (Bevoegd.HasFlag(Bevoegd.Casusregisseur))
            {
                wie.Add("de casusregisseur");
            }

            if (Bevoegd.HasFlag(Bevoegd.Teamleider))
            {
                wie.Add("de teamleider van het wijkteam");
            }

            if (Bevoegd.HasFlag(Bevoegd.Wijkteam))
            {
                wie.Add("het wijkteam van het dossier");
            }

            if (Bevoegd.HasFlag(Bevoegd.VeiligThuis))
            {
                wie.Add("Veilig Thuis");
            }

            if (Bevoegd.HasFlag(Bevoegd.Regievoerend))
            {
                wie.Add("wie de regie voert (Veilig Thuis, of in casusregie de casusregisseur en de teamleider)");
            }

            var opsomming = wie.Count == 1 ? wie[0] : $"{string.Join(", ", wie[..^1])} of {wie[^1]}";
            return $"'{Naam}' is voorbehouden aan {opsomming}.";
        }
    }
}

/// <summary>
/// The catalogue of dossier actions. The transition table (<see cref="Transities"/>) is built from it; adding an action
/// is one declaration here, its method on <see cref="Dossier"/> and its page.
/// </summary>
public static class DossierActies
{
    /// <summary>The page of the actions that need only a confirmation, or a confirmation with a reason; the action is in its route.</summary>
    public const string BesluitPagina = "/Dossiers/Besluit";

    private static readonly DossierFase[] Open = DossierFasen.Open;

    public static IReadOnlyList<ActieDeclaratie> Alle { get; } =
    [
        new(DossierActie.MeldingToevoegen, "Melding toevoegen aan het dossier", "Melding toegevoegd aan het dossier",
            ActieGewicht.Elders, Bevoegd.VeiligThuis, "/Meldingen/Nieuw",
            // A later melding about the family joins its open dossier in any phase, never a second dossier (domain.md, "Meldingen").
            Blijf(Open), Altijd),
        new(DossierActie.GezinslidToevoegen, "Gezinslid toevoegen", "Gezinslid toegevoegd",
            ActieGewicht.Overig, Bevoegd.Regievoerend, "/Dossiers/Gezinslid", Blijf(Open), Altijd),
        new(DossierActie.GezinslidWijzigen, "Gezinslid wijzigen", "Gezinslid gewijzigd",
            ActieGewicht.Elders, Bevoegd.Regievoerend, "/Dossiers/Gezinslid", Blijf(Open), Altijd),
        // Removing someone erases them from the household; only before anyone has been assessed.
        new(DossierActie.GezinslidVerwijderen, "Gezinslid verwijderen", "Gezinslid verwijderd",
            ActieGewicht.Elders, Bevoegd.VeiligThuis, "/Dossiers/Gezinslid", Blijf(DossierFase.Melding),
            d => d.Gezinsleden.Count > 1 ? null : "Een dossier houdt minstens één gezinslid."),
        new(DossierActie.VeiligheidsbeoordelingVastleggen, "Veiligheidsbeoordeling vastleggen", "Veiligheidsbeoordeling vastgelegd",
            ActieGewicht.Volgende, Bevoegd.VeiligThuis, "/Dossiers/Veiligheidsbeoordeling",
            [new(DossierFase.Melding, DossierFase.Veiligheidsbeoordeling), new(DossierFase.Opgeschaald, DossierFase.Veiligheidsbeoordeling)], Altijd),
        new(DossierActie.VoorwaardenEnVervolgStarten, "Voorwaarden en Vervolg starten", "Voorwaarden en Vervolg gestart",
            ActieGewicht.Volgende, Bevoegd.VeiligThuis, BesluitPagina,
            Naar(DossierFase.VoorwaardenEnVervolg, DossierFase.Veiligheidsbeoordeling, DossierFase.Onderzoek, DossierFase.Teruggelegd),
            d => RouteVanHetBesluit(d, DossierActie.VoorwaardenEnVervolgStarten),
            "Veilig Thuis houdt de regie en spreekt veiligheidsvoorwaarden af met het gezin. De fase duurt volgens afspraak hoogstens tien weken."),
        new(DossierActie.OnderzoekStarten, "Onderzoek starten", "Onderzoek gestart",
            ActieGewicht.Volgende, Bevoegd.VeiligThuis, BesluitPagina,
            Naar(DossierFase.Onderzoek, DossierFase.Veiligheidsbeoordeling, DossierFase.Teruggelegd),
            d => RouteVanHetBesluit(d, DossierActie.OnderzoekStarten),
            "Veilig Thuis start een onderzoek en houdt de regie."),
        new(DossierActie.OverdrachtAanbieden, "Warme overdracht aanbieden", "Warme overdracht aangeboden",
            ActieGewicht.Volgende, Bevoegd.VeiligThuis, "/Dossiers/Aanbieden",
            Naar(DossierFase.OverdrachtAangeboden, DossierFase.Veiligheidsbeoordeling, DossierFase.VoorwaardenEnVervolg, DossierFase.Onderzoek, DossierFase.Teruggelegd),
            d => RouteVanHetBesluit(d, DossierActie.OverdrachtAanbieden)),
        new(DossierActie.OverdrachtIntrekken, "Overdracht intrekken", "Overdracht ingetrokken",
            ActieGewicht.Afwijkend, Bevoegd.VeiligThuis, BesluitPagina,
            Naar(DossierFase.Teruggelegd, DossierFasen.OverdrachtOpen), Altijd,
            "Het aanbod aan het wijkteam vervalt; de regie blijft bij Veilig Thuis, dat een nieuw vervolg kiest.", VraagtReden: true),
        new(DossierActie.GesprekPlannen, "Overdrachtsgesprek plannen", "Overdrachtsgesprek gepland",
            ActieGewicht.Volgende, Bevoegd.Wijkteam, "/Dossiers/Plannen",
            [new(DossierFase.OverdrachtAangeboden, DossierFase.OverdrachtsgesprekGepland), .. Blijf(DossierFase.OverdrachtsgesprekGepland)],
            GesprekNogTeHouden),
        new(DossierActie.GesprekVastleggen, "Overdrachtsgesprek vastleggen", "Overdrachtsgesprek vastgelegd",
            ActieGewicht.Volgende, Bevoegd.Wijkteam, "/Dossiers/Gesprek", Blijf(DossierFase.OverdrachtsgesprekGepland), GesprekNogTeHouden),
        new(DossierActie.OverdrachtAccepteren, "Overdracht accepteren", "Overdracht geaccepteerd",
            ActieGewicht.Volgende, Bevoegd.Teamleider, "/Dossiers/Accepteren",
            [new(DossierFase.OverdrachtsgesprekGepland, DossierFase.Casusregie)],
            d => d.HuidigeOverdracht is { IsGesprekGehouden: true } ? null : "Accepteren kan pas na een gehouden overdrachtsgesprek: leg eerst het gesprek vast."),
        new(DossierActie.OverdrachtAfwijzen, "Overdracht afwijzen", "Overdracht afgewezen",
            ActieGewicht.Afwijkend, Bevoegd.Teamleider, BesluitPagina,
            Naar(DossierFase.Teruggelegd, DossierFasen.OverdrachtOpen), Altijd,
            "Het wijkteam neemt het dossier niet over. De regie blijft bij Veilig Thuis, dat de reden ziet en binnen de termijn een ander vervolg kiest.",
            VraagtReden: true),
        new(DossierActie.Terugmelden, "Terugmelden aan Veilig Thuis", "Teruggemeld aan Veilig Thuis",
            ActieGewicht.Afwijkend, Bevoegd.Casusregisseur | Bevoegd.Teamleider, "/Dossiers/Terugmelden",
            [new(DossierFase.Casusregie, DossierFase.Opgeschaald)], Altijd),
        new(DossierActie.CasusregisseurWisselen, "Casusregisseur wisselen", "Casusregisseur gewisseld",
            ActieGewicht.Overig, Bevoegd.Teamleider, "/Dossiers/Wisselen", Blijf(DossierFase.Casusregie), Altijd),
        new(DossierActie.AfsluitingVoorstellen, "Afsluiting voorstellen", "Afsluiting voorgesteld",
            ActieGewicht.Overig, Bevoegd.Casusregisseur, "/Dossiers/Afsluiten", Blijf(DossierFase.Casusregie),
            d => d.AfsluitVoorstel is null ? null : "Er ligt al een voorstel tot afsluiten."),
        new(DossierActie.AfsluitingGoedkeuren, "Afsluiting goedkeuren", "Afsluiting goedgekeurd",
            ActieGewicht.Volgende, Bevoegd.Teamleider, BesluitPagina, [new(DossierFase.Casusregie, DossierFase.Afgesloten)],
            d => d.AfsluitVoorstel is not null ? null : "Er is geen voorstel tot afsluiten om goed te keuren.",
            "U keurt het voorstel tot afsluiten goed (vier ogen). Het dossier wordt gesloten en Veilig Thuis wordt geïnformeerd."),
        new(DossierActie.AfsluitingTerugsturen, "Afsluitvoorstel terugsturen", "Afsluitvoorstel teruggestuurd",
            ActieGewicht.Afwijkend, Bevoegd.Teamleider, BesluitPagina, Blijf(DossierFase.Casusregie),
            d => d.AfsluitVoorstel is not null ? null : "Er is geen voorstel tot afsluiten om terug te sturen.",
            "Het voorstel tot afsluiten gaat terug naar de casusregisseur; het dossier blijft open.", VraagtReden: true),
        new(DossierActie.BemoeienisBeeindigen, "Bemoeienis beëindigen", "Bemoeienis beëindigd",
            ActieGewicht.Afwijkend, Bevoegd.VeiligThuis, BesluitPagina,
            Naar(DossierFase.Afgesloten, DossierFase.Veiligheidsbeoordeling, DossierFase.VoorwaardenEnVervolg, DossierFase.Onderzoek, DossierFase.Teruggelegd),
            d => RouteVanHetBesluit(d, DossierActie.BemoeienisBeeindigen),
            "Veilig Thuis beëindigt zijn bemoeienis en sluit het dossier. Er is daarna geen regiehouder meer.", VraagtReden: true),
        // The casusregisseur's tools record work without changing phase (domain invariants 3–6).
        new(DossierActie.NetwerkpartnerVastleggen, "Netwerkpartner vastleggen", "Netwerkpartner vastgelegd",
            ActieGewicht.Overig, Bevoegd.Casusregisseur | Bevoegd.Teamleider, "/Dossiers/Netwerkpartner", Blijf(DossierFase.Casusregie), Altijd),
        new(DossierActie.VeiligheidsplanOpstellen, "Veiligheidsplan opstellen of wijzigen", "Veiligheidsplan opgeslagen",
            ActieGewicht.Overig, Bevoegd.Casusregisseur | Bevoegd.Teamleider, "/Dossiers/PlanBewerken", Blijf(DossierFase.Casusregie), Altijd),
        new(DossierActie.VeiligheidsplanVaststellen, "Veiligheidsplan vaststellen", "Veiligheidsplan vastgesteld",
            ActieGewicht.Volgende, Bevoegd.Casusregisseur, "/Dossiers/PlanVaststellen", Blijf(DossierFase.Casusregie),
            d => d.HuidigPlan is { IsVastgesteld: false } ? null : "Er is geen concept van het veiligheidsplan om vast te stellen."),
        new(DossierActie.VeiligheidsplanVerspreiden, "Verspreiding van het veiligheidsplan vastleggen", "Verspreiding van het veiligheidsplan vastgelegd",
            ActieGewicht.Volgende, Bevoegd.Casusregisseur | Bevoegd.Teamleider, "/Dossiers/PlanVerspreiden", Blijf(DossierFase.Casusregie),
            d => d.GeldendPlan switch
            {
                null => "Er is nog geen vastgesteld veiligheidsplan om te delen.",
                { NietGedeeld.Count: 0 } => "Het geldende veiligheidsplan is al gedeeld met iedereen op de verspreidingslijst.",
                _ => null,
            }),
        new(DossierActie.MdoPlannen, "MDO plannen", "MDO gepland",
            ActieGewicht.Overig, Bevoegd.Casusregisseur | Bevoegd.Teamleider, "/Dossiers/MdoPlannen", Blijf(DossierFase.Casusregie),
            d => d.Mdos.All(m => m.IsGehouden) ? null : "Er staat al een MDO gepland: leg dat eerst vast."),
        new(DossierActie.MdoVastleggen, "MDO vastleggen", "MDO vastgelegd",
            ActieGewicht.Volgende, Bevoegd.Casusregisseur | Bevoegd.Teamleider, "/Dossiers/MdoVastleggen", Blijf(DossierFase.Casusregie),
            d => d.Mdos.Any(m => !m.IsGehouden) ? null : "Er staat geen MDO gepland om vast te leggen."),
        new(DossierActie.MdoActieAfronden, "MDO-actie afronden", "MDO-actie afgerond",
            ActieGewicht.Elders, Bevoegd.Casusregisseur | Bevoegd.Teamleider | Bevoegd.VeiligThuis, "/Dossiers/MdoActie", Blijf(DossierFase.Casusregie),
            d => d.OpenMdoActies.Any() ? null : "Er staan geen MDO-acties open."),
        new(DossierActie.EvaluatieVastleggen, "Evaluatie vastleggen", "Evaluatie vastgelegd",
            ActieGewicht.Volgende, Bevoegd.Casusregisseur | Bevoegd.Teamleider, "/Dossiers/Evaluatie", Blijf(DossierFase.Casusregie), Altijd),
        new(DossierActie.VoorwaardenControleren, "Veiligheidsvoorwaarden controleren", "Controle van de veiligheidsvoorwaarden vastgelegd",
            ActieGewicht.Overig, Bevoegd.Casusregisseur | Bevoegd.Teamleider | Bevoegd.VeiligThuis, "/Dossiers/Voorwaarden", Blijf(DossierFase.Casusregie), Altijd),
    ];

    private static readonly FrozenDictionary<DossierActie, ActieDeclaratie> PerActie = Alle.ToFrozenDictionary(a => a.Actie);

    public static ActieDeclaratie Van(DossierActie actie) => PerActie[actie];

    /// <summary>The action that follows a VB's besluit: the route the besluit chose.</summary>
    public static DossierActie Vervolg(this VeiligheidsbeoordelingBesluit besluit) => besluit switch
    {
        VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam => DossierActie.OverdrachtAanbieden,
        VeiligheidsbeoordelingBesluit.VoorwaardenEnVervolg => DossierActie.VoorwaardenEnVervolgStarten,
        VeiligheidsbeoordelingBesluit.Onderzoek => DossierActie.OnderzoekStarten,
        VeiligheidsbeoordelingBesluit.EindeBemoeienis => DossierActie.BemoeienisBeeindigen,
    };

    private static string? Altijd(Dossier dossier) => null;

    /// <summary>Right after a VB only the route its besluit chose may follow; later (V&amp;V, onderzoek, teruggelegd) VT chooses again.</summary>
    private static string? RouteVanHetBesluit(Dossier dossier, DossierActie actie) =>
        dossier.Fase != DossierFase.Veiligheidsbeoordeling || dossier.LaatsteVeiligheidsbeoordeling is not { } vb || vb.Besluit.Vervolg() == actie
            ? null
            : $"Het besluit van de veiligheidsbeoordeling is '{vb.Besluit.Naam()}', niet '{Van(actie).Naam}'.";

    private static string? GesprekNogTeHouden(Dossier dossier) =>
        dossier.HuidigeOverdracht is { IsGesprekGehouden: false } ? null : "Het overdrachtsgesprek is al gehouden.";

    private static Overgang[] Blijf(params DossierFase[] fasen) => [.. fasen.Select(f => new Overgang(f, f))];

    private static Overgang[] Naar(DossierFase naar, params DossierFase[] van) => [.. van.Select(f => new Overgang(f, naar))];
}
