using System.Text;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Dashboard;

/// <summary>
/// The dashboard's figures arranged by the five themes of the inspection's closing letter, each with its definition,
/// for the printed report and the CSV export alike.
/// </summary>
public sealed record Inspectierapport(
    Dashboardfilter Filter,
    string Bereik,
    DateOnly Peildatum,
    IReadOnlyList<Inspectierapport.Regel> Regels,
    IReadOnlyList<Regiecijfers.Trend> Trends)
{
    /// <summary>One figure: its value as text, and the numbers behind it for a spreadsheet.</summary>
    public sealed record Regel(Thema Thema, string Cijfer, string Waarde, int? Aantal, double? Mediaan, double? P90, string Over, string Definitie);

    public static async Task<Inspectierapport> MaakAsync(Regiecijfers cijfers, Dashboardfilter filter, string bereik, DateOnly peildatum)
    {
        var (regie, signalen) = await cijfers.NuAsync(filter, peildatum);
        var doorlooptijden = await cijfers.DoorlooptijdenAsync(filter);
        var aandelen = await cijfers.AandelenAsync(filter, peildatum);
        var trends = await cijfers.TrendsAsync(filter);

        var opPeildatum = $"op {Datumtekst.Van(peildatum)}";
        var inPeriode = $"{Datumtekst.Van(filter.Van)} t/m {Datumtekst.Van(filter.Tot)}";
        var regels = new List<Regel>();
        regels.AddRange(regie.PerRegiehouder.Select(t => new Regel(Thema.Regievoering, $"Open dossiers met regie bij {t.Label}", t.Aantal.ToString(Datumtekst.Nederlands), t.Aantal,
            null, null, opPeildatum, "Open dossiers waarvan de regiehouder bij deze organisatie werkt.")));
        regels.AddRange(signalen.Select(s => new Regel(s.Definitie.Thema, s.Definitie.Titel, s.Aantal.ToString(Datumtekst.Nederlands), s.Aantal, null, null, opPeildatum, s.Definitie.Uitleg)));
        regels.AddRange(doorlooptijden.Select(d => new Regel(
            d.Stap == Doorlooptijd.MeldingTotVeiligheidsbeoordeling ? Thema.Veiligheid : Thema.Overdracht,
            $"Doorlooptijd {d.Stap.Naam()}",
            d.Aantal == 0 ? "geen metingen" : $"mediaan {DashboardTeksten.Getal(d.Mediaan!.Value)}, 90e percentiel {DashboardTeksten.Getal(d.P90!.Value)} werkdagen ({d.Aantal} metingen)",
            d.Aantal, d.Mediaan, d.P90, inPeriode,
            d.Stap.Uitleg() + " Mediaan en 90e percentiel zoals PERCENTIEL.INC in Excel.")));
        regels.AddRange(aandelen.Select(a => new Regel(
            a.Aandeel == Aandeel.Warm ? Thema.Overdracht : Thema.Veiligheid,
            a.Aandeel.Naam(),
            $"{DashboardTeksten.Procent(a.Teller, a.Noemer)} ({a.Teller} van {a.Noemer})",
            a.Teller, null, null, inPeriode, a.Aandeel.Uitleg())));

        return new Inspectierapport(filter, bereik, peildatum, [.. regels.OrderBy(r => r.Thema)], trends);
    }

    /// <summary>
    /// Semicolon-separated UTF-8 with a byte order mark and CRLF line ends: what Dutch Excel opens without an import
    /// step. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
    /// </summary>
    public byte[] AlsCsv()
    {
        var csv = new StringBuilder();
        void Rij(params string?[] velden) => csv.Append(string.Join(';', velden.Select(Veld))).Append("\r\n");

        Rij("Thema", "Cijfer", "Waarde", "Aantal", "Mediaan (werkdagen)", "90e percentiel (werkdagen)", "Over", "Definitie");
        foreach (var regel in Regels)
        {
            Rij(regel.Thema.Naam(), regel.Cijfer, regel.Waarde, regel.Aantal?.ToString(Datumtekst.Nederlands),
                regel.Mediaan is { } mediaan ? DashboardTeksten.Getal(mediaan) : null, regel.P90 is { } p90 ? DashboardTeksten.Getal(p90) : null, regel.Over, regel.Definitie);
        }

        foreach (var trend in Trends)
        {
            foreach (var punt in trend.Punten)
            {
                Rij("Trend", $"{trend.Reeks.Naam()} in {DashboardTeksten.Maandnaam(punt.Maand)}", punt.Aantal.ToString(Datumtekst.Nederlands), punt.Aantal.ToString(Datumtekst.Nederlands),
                    null, null, DashboardTeksten.Maandnaam(punt.Maand), trend.Reeks.Uitleg());
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Veld(string? waarde)
    {
        var tekst = waarde ?? "";
        if (tekst.Length > 0 && tekst[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            tekst = "'" + tekst;
        }

        return tekst.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{tekst.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : tekst;
    }
}
