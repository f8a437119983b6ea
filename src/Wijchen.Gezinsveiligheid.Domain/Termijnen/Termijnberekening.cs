namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// Turns a moment into the deadline a rule gives. Deadlines are calendar dates in Dutch time: a melding received
/// on Friday evening at 23:30 UTC was received on Saturday in Wijchen.
/// </summary>
public sealed class Termijnberekening(TermijnInstellingen instellingen, WerkdagKalender kalender, TimeZoneInfo tijdzone)
{
    public TermijnInstellingen Instellingen { get; } = instellingen;

    public WerkdagKalender Kalender { get; } = kalender;

    public static TimeZoneInfo Nederland { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public DateOnly Datum(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, tijdzone).DateTime);

    public DateOnly PlusWerkdagen(DateTimeOffset moment, int aantal) => Kalender.PlusWerkdagen(Datum(moment), aantal);

    /// <summary>Working days left until the deadline (negative: that many working days late).</summary>
    public int WerkdagenTot(DateOnly deadline, DateTimeOffset nu) => Kalender.WerkdagenTussen(Datum(nu), deadline);
}
