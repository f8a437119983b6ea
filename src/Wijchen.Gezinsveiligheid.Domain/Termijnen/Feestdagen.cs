namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>The Dutch public holidays that stop the working-day clock (domain invariant 7).</summary>
public static class Feestdagen
{
    public static IReadOnlyList<(DateOnly Datum, string Naam)> In(int jaar)
    {
        var pasen = Paaszondag(jaar);
        var koningsdag = new DateOnly(jaar, 4, 27);
        if (koningsdag.DayOfWeek == DayOfWeek.Sunday)
        {
            koningsdag = koningsdag.AddDays(-1);
        }

        var dagen = new List<(DateOnly, string)>
        {
            (new DateOnly(jaar, 1, 1), "Nieuwjaarsdag"),
            (pasen.AddDays(-2), "Goede Vrijdag"),
            (pasen, "Eerste Paasdag"),
            (pasen.AddDays(1), "Tweede Paasdag"),
            (koningsdag, "Koningsdag"),
            (pasen.AddDays(39), "Hemelvaartsdag"),
            (pasen.AddDays(49), "Eerste Pinksterdag"),
            (pasen.AddDays(50), "Tweede Pinksterdag"),
            (new DateOnly(jaar, 12, 25), "Eerste Kerstdag"),
            (new DateOnly(jaar, 12, 26), "Tweede Kerstdag"),
        };

        // Bevrijdingsdag is a day off only in lustrum years (2025, 2030, ...).
        if (jaar % 5 == 0)
        {
            dagen.Add((new DateOnly(jaar, 5, 5), "Bevrijdingsdag"));
        }

        dagen.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return dagen;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly Paaszondag(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }
}
