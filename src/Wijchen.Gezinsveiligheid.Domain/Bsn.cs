namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>A burgerservicenummer that passed the elfproef. Only ever shown masked unless the task needs it.</summary>
public sealed record Bsn
{
    private Bsn(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    /// <summary>The last three digits, the rest hidden: enough to tell two people apart on screen.</summary>
    public string Gemaskeerd => "••••••" + Waarde[6..];

    public static bool IsGeldig(string? invoer) => Normaliseer(invoer) is { } cijfers && VoldoetAanElfproef(cijfers);

    public static Bsn Parse(string invoer) =>
        Normaliseer(invoer) is { } cijfers && VoldoetAanElfproef(cijfers)
            ? new Bsn(cijfers)
            : throw new DomainException("Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.");

    public override string ToString() => Gemaskeerd;

    private static string? Normaliseer(string? invoer)
    {
        if (invoer is null)
        {
            return null;
        }

        var cijfers = invoer.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return cijfers.Length == 9 && cijfers.All(char.IsAsciiDigit) ? cijfers : null;
    }

    // 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11; all zeros passes the sum but is no number.
    private static bool VoldoetAanElfproef(string cijfers)
    {
        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * (cijfers[i] - '0');
        }

        som -= cijfers[8] - '0';
        return som % 11 == 0 && cijfers != "000000000";
    }
}
