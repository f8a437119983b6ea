using System.Collections.Concurrent;

namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>Counts working days: Monday to Friday, minus the Dutch public holidays.</summary>
public sealed class WerkdagKalender
{
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _feestdagenPerJaar = new();

    public bool IsWerkdag(DateOnly datum) =>
        datum.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_feestdagenPerJaar.GetOrAdd(datum.Year, jaar => [.. Feestdagen.In(jaar).Select(f => f.Datum)]).Contains(datum);

    /// <summary>The n-th working day after <paramref name="datum"/> (the day itself does not count).</summary>
    public DateOnly PlusWerkdagen(DateOnly datum, int aantal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aantal);
        var dag = datum;
        while (aantal > 0)
        {
            dag = dag.AddDays(1);
            if (IsWerkdag(dag))
            {
                aantal--;
            }
        }

        return dag;
    }

    /// <summary>
    /// Working days from <paramref name="van"/> to <paramref name="tot"/>: positive when <paramref name="tot"/> lies ahead,
    /// negative when it has passed. Counts the working days in (van, tot].
    /// </summary>
    public int WerkdagenTussen(DateOnly van, DateOnly tot)
    {
        if (tot == van)
        {
            return 0;
        }

        var (begin, eind, teken) = tot > van ? (van, tot, 1) : (tot, van, -1);
        var aantal = 0;
        for (var dag = begin.AddDays(1); dag <= eind; dag = dag.AddDays(1))
        {
            if (IsWerkdag(dag))
            {
                aantal++;
            }
        }

        return teken * aantal;
    }
}
