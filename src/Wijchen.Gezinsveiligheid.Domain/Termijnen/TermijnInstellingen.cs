namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// The regional agreements on deadlines (domain.md marks them *setting*). Bound from configuration section
/// <c>Termijnen</c>; the defaults are the values Gelderland-Zuid agreed.
/// </summary>
public sealed class TermijnInstellingen
{
    public const string Sectie = "Termijnen";

    /// <summary>From the offer of a warme overdracht to a planned overdrachtsgesprek.</summary>
    public int GesprekPlannenWerkdagen { get; set; } = 5;

    /// <summary>From the offer to the wijkteam's decision (accept or decline).</summary>
    public int OverdrachtBesluitWerkdagen { get; set; } = 10;

    /// <summary>From acceptance to a vastgesteld veiligheidsplan.</summary>
    public int VeiligheidsplanWerkdagen { get; set; } = 20;

    /// <summary>From a declined or withdrawn offer to VT's next decision.</summary>
    public int TerugleggingBesluitWerkdagen { get; set; } = 5;

    /// <summary>Duration of Voorwaarden en Vervolg or onderzoek after the veiligheidsbeoordeling [practice].</summary>
    public int VoorwaardenEnVervolgWeken { get; set; } = 10;

    /// <summary>How often the casusregisseur evaluates the risks.</summary>
    public int EvaluatieMaanden { get; set; } = 3;

    /// <summary>VT's monitoring moments, in months after acceptance.</summary>
    public IList<int> MonitoringMaanden { get; set; } = [3, 6, 12, 18];

    /// <summary>How many working days before a deadline its owner is reminded.</summary>
    public int WaarschuwingWerkdagen { get; set; } = 2;

    /// <summary>How many working days after a passed deadline the manager (and, for a handover, Veilig Thuis) is told too.</summary>
    public int EscalatieWerkdagen { get; set; } = 5;

    /// <summary>How long a closed dossier with a child in it is kept (Jeugdwet art. 7.3.8: twenty years).</summary>
    public int BewaarJarenJeugd { get; set; } = 20;

    /// <summary>How long any other closed dossier is kept.</summary>
    public int BewaarJarenOverig { get; set; } = 20;

    /// <summary>What is wrong, per setting, in words for the beheer page; configuration prefixes the section.</summary>
    public IEnumerable<(string Veld, string Melding)> Valideer()
    {
        if (GesprekPlannenWerkdagen is < 1 or > 60)
        {
            yield return (nameof(GesprekPlannenWerkdagen), "Kies een waarde van 1 tot en met 60.");
        }

        if (OverdrachtBesluitWerkdagen < GesprekPlannenWerkdagen || OverdrachtBesluitWerkdagen > 120)
        {
            yield return (nameof(OverdrachtBesluitWerkdagen), "Kies minstens de termijn voor het plannen van het gesprek, en hoogstens 120.");
        }

        if (VeiligheidsplanWerkdagen is < 1 or > 120)
        {
            yield return (nameof(VeiligheidsplanWerkdagen), "Kies een waarde van 1 tot en met 120.");
        }

        if (TerugleggingBesluitWerkdagen is < 1 or > 60)
        {
            yield return (nameof(TerugleggingBesluitWerkdagen), "Kies een waarde van 1 tot en met 60.");
        }

        if (VoorwaardenEnVervolgWeken is < 1 or > 52)
        {
            yield return (nameof(VoorwaardenEnVervolgWeken), "Kies een waarde van 1 tot en met 52.");
        }

        if (EvaluatieMaanden is < 1 or > 12)
        {
            yield return (nameof(EvaluatieMaanden), "Kies een waarde van 1 tot en met 12.");
        }

        if (!Monitoringsmomenten.ZijnGeldig([.. MonitoringMaanden]))
        {
            yield return (nameof(MonitoringMaanden), Monitoringsmomenten.Uitleg);
        }

        if (WaarschuwingWerkdagen is < 0 or > 20)
        {
            yield return (nameof(WaarschuwingWerkdagen), "Kies een waarde van 0 tot en met 20.");
        }

        if (EscalatieWerkdagen is < 1 or > 60)
        {
            yield return (nameof(EscalatieWerkdagen), "Kies een waarde van 1 tot en met 60.");
        }

        if (BewaarJarenJeugd is < 1 or > 100)
        {
            yield return (nameof(BewaarJarenJeugd), "Kies een waarde van 1 tot en met 100.");
        }

        if (BewaarJarenOverig is < 1 or > 100)
        {
            yield return (nameof(BewaarJarenOverig), "Kies een waarde van 1 tot en met 100.");
        }
    }
}

/// <summary>The fixed terms of law and practice, which no region can change.</summary>
public static class WettelijkeTermijnen
{
    /// <summary>Uitvoeringsbesluit Wmo 2015 art. 4.1.7: the VB decision within 5 working days of the melding.</summary>
    public const int VeiligheidsbeoordelingWerkdagen = 5;
}
