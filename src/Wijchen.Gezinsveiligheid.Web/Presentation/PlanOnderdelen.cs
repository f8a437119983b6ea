using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>One section of a veiligheidsplan as it reads on screen, on paper and in a comparison of two versions.</summary>
public sealed record PlanOnderdeel(string Kop, IReadOnlyList<string> Regels);

/// <summary>
/// The one way a plan version becomes text. The dossier page, the print view and the comparison all use it, so a
/// comparison shows exactly what a reader of either version saw. The internal note is only included when asked for.
/// </summary>
public static class PlanOnderdelen
{
    public static IReadOnlyList<PlanOnderdeel> Van(Veiligheidsplan plan, bool metInterneNotitie)
    {
        List<PlanOnderdeel> onderdelen =
        [
            new("Zorgen", Tekst(plan.Zorgen)),
            new("Wat gaat goed", Tekst(plan.WatGaatGoed)),
            new("Veiligheidsdoelen", Tekst(plan.Veiligheidsdoelen)),
            new("Afspraken", [.. plan.Afspraken.Select(a => $"{a.Wie}: {a.Wat} — wanneer: {a.Wanneer}. Als het misgaat: {a.AlsHetMisgaat}")]),
            new("Veiligheidsnetwerk", [.. plan.Netwerk.Select(n => $"{n.Naam} ({n.Relatie}{(n.IsProfessional ? ", professional" : "")})")]),
            new("Schaalvraag (0 = helemaal niet veilig, 10 = helemaal veilig)", [.. plan.Schaalvragen.Select(s => $"{s.Deelnemer}: {s.Score}")]),
            new("Volgende evaluatie", plan.VolgendeEvaluatie is { } datum ? [Datumtekst.Van(datum)] : []),
            new("Verspreidingslijst", [.. plan.Verspreidingslijst.Select(v => v.Partij)]),
        ];
        if (metInterneNotitie && plan.InterneNotitie is { } notitie)
        {
            onderdelen.Add(new("Interne notitie (niet voor het gezin of partners)", Tekst(notitie)));
        }

        return onderdelen;
    }

    private static string[] Tekst(string tekst) => string.IsNullOrWhiteSpace(tekst) ? [] : tekst.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
