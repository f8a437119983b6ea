using System.Globalization;

namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>Dates as Dutch readers write them ("12 maart 2026"), for the domain's messages and every page.</summary>
public static class Datumtekst
{
    public static CultureInfo Nederlands { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static string Van(DateOnly datum) => datum.ToString("d MMMM yyyy", Nederlands);
}
