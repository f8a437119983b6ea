using System.Globalization;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>A list of months as people type it in a form: "3, 6, 12, 18" (commas, semicolons or spaces between).</summary>
public static class Maandenlijst
{
    /// <summary>The months, or the first part that is not a whole number.</summary>
    public static (IReadOnlyList<int> Maanden, string? GeenGetal) Lees(string? tekst)
    {
        var maanden = new List<int>();
        foreach (var deel in (tekst ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(deel, NumberStyles.None, CultureInfo.InvariantCulture, out var maand))
            {
                return (maanden, deel);
            }

            maanden.Add(maand);
        }

        return (maanden, null);
    }

    public static string Fout(string geenGetal) => $"'{geenGetal}' is geen aantal maanden. Geef bijvoorbeeld 3, 6, 12, 18.";
}
