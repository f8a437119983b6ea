namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// Turns a moment into the deadline a rule gives. Deadlines are calendar dates in Dutch time: a melding received
/// on Friday evening at 23:30 UTC was received on Saturday in Wijchen.
/// </summary>
public sealed class Termijnberekening(TermijnInstellingen instellingen, WerkdagKalender kalender, TimeZoneInfo tijdzone)
{
    private TermijnInstellingen huidige = instellingen;

    /// <summary>The agreements in force now. A change applies to deadlines set from then on; set deadlines stay.</summary>
    public TermijnInstellingen Instellingen => Volatile.Read(ref huidige);

    public WerkdagKalender Kalender { get; } = kalender;

    /// <summary>
    /// Puts new agreements in force, whole: a calculation sees either the old set or the new one. The caller hands
    /// over a set it no longer changes.
    /// </summary>
    public void Vervang(TermijnInstellingen nieuwe)
    {
        ArgumentNullException.ThrowIfNull(nieuwe);
        if (nieuwe.Valideer().FirstOrDefault() is { Veld: not null } fout)
        {
            throw new DomainException($"{fout.Veld}: {fout.Melding}");
        }

        Volatile.Write(ref huidige, nieuwe);
    }

    public static TimeZoneInfo Nederland { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public DateOnly Datum(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, tijdzone).DateTime);

    public DateOnly PlusWerkdagen(DateTimeOffset moment, int aantal) => Kalender.PlusWerkdagen(Datum(moment), aantal);

    /// <summary>Working days from the day of <paramref name="van"/> to the day of <paramref name="tot"/>, in Dutch time: a lead time.</summary>
    public int WerkdagenTussen(DateTimeOffset van, DateTimeOffset tot) => Kalender.WerkdagenTussen(Datum(van), Datum(tot));

    /// <summary>Working days left until the deadline (negative: that many working days late).</summary>
    public int WerkdagenTot(DateOnly deadline, DateTimeOffset nu) => Kalender.WerkdagenTussen(Datum(nu), deadline);
}
