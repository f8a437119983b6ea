namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// VT's monitoring moments: the months after acceptance at which Veilig Thuis checks the veiligheidsvoorwaarden. One
/// rule for the regional agreement (Beheer → Termijnen), for an offer, and for both forms.
/// </summary>
public static class Monitoringsmomenten
{
    public const int MaximumMaanden = 60;

    public const string Uitleg = "Geef een oplopende reeks zonder dubbelen, elk tussen 1 en 60 maanden, bijvoorbeeld 3, 6, 12, 18.";

    public static bool ZijnGeldig(IReadOnlyCollection<int> maanden) =>
        maanden.Count > 0 && maanden.All(m => m is >= 1 and <= MaximumMaanden) && maanden.SequenceEqual(maanden.Order().Distinct());
}
