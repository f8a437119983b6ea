using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>How a deadline reads to a worker.</summary>
public enum DeadlineStaat
{
    Geen,
    OpTijd,
    Binnenkort,
    Vandaag,
    TeLaat,
}

/// <summary>The one place where dates, moments and deadlines become Dutch text.</summary>
public sealed class Weergave(TimeProvider klok, Termijnberekening termijnen)
{
    /// <summary>Within this many working days a deadline counts as "binnenkort" (Mijn werk uses the same window).</summary>
    public const int BinnenkortWerkdagen = 5;

    public static string Datum(DateOnly datum) => Datumtekst.Van(datum);

    /// <summary>
    /// A dossier's short reference: the random last part of its id, so a manager and a teamleider can talk about one
    /// dossier without its name.
    /// </summary>
    public static string Kenmerk(Guid dossierId) => dossierId.ToString("D")[^12..].ToUpperInvariant();

    public string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Termijnberekening.Nederland).ToString("d MMMM yyyy 'om' HH:mm", Datumtekst.Nederlands);

    public DeadlineStaat Staat(DateOnly? deadline)
    {
        if (deadline is not { } datum)
        {
            return DeadlineStaat.Geen;
        }

        var over = termijnen.WerkdagenTot(datum, klok.GetUtcNow());
        var vandaag = termijnen.Datum(klok.GetUtcNow());
        return datum < vandaag ? DeadlineStaat.TeLaat
            : datum == vandaag ? DeadlineStaat.Vandaag
            : over <= BinnenkortWerkdagen ? DeadlineStaat.Binnenkort
            : DeadlineStaat.OpTijd;
    }

    /// <summary>"nog 3 werkdagen", "vandaag", "2 werkdagen te laat": the same words on every page.</summary>
    public string Termijn(DateOnly? deadline)
    {
        if (deadline is not { } datum)
        {
            return "geen termijn";
        }

        var vandaag = termijnen.Datum(klok.GetUtcNow());
        var werkdagen = termijnen.WerkdagenTot(datum, klok.GetUtcNow());
        if (datum == vandaag)
        {
            return "vandaag";
        }

        if (datum < vandaag)
        {
            // A deadline on a weekend day that has passed is late from the next working day on.
            var telaat = Math.Max(1, -werkdagen);
            return telaat == 1 ? "1 werkdag te laat" : $"{telaat} werkdagen te laat";
        }

        return werkdagen switch
        {
            0 => "nog 0 werkdagen",
            1 => "nog 1 werkdag",
            _ => $"nog {werkdagen} werkdagen",
        };
    }
}
