using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class WeergaveTests
{
    // Wednesday 23 December 2026, 10:00 in Wijchen; Friday 25 and Saturday 26 are Christmas, 1 January New Year.
    private static readonly Weergave Weergave = new(new VasteKlok(new DateTimeOffset(2026, 12, 23, 9, 0, 0, TimeSpan.Zero)),
        new Termijnberekening(new TermijnInstellingen(), new WerkdagKalender(), Termijnberekening.Nederland));

    [Theory]
    [InlineData("2026-12-23", "vandaag", DeadlineStaat.Vandaag)]
    [InlineData("2026-12-24", "nog 1 werkdag", DeadlineStaat.Binnenkort)]
    [InlineData("2026-12-28", "nog 2 werkdagen", DeadlineStaat.Binnenkort)]
    [InlineData("2027-01-08", "nog 10 werkdagen", DeadlineStaat.OpTijd)]
    [InlineData("2026-12-22", "1 werkdag te laat", DeadlineStaat.TeLaat)]
    [InlineData("2026-12-18", "3 werkdagen te laat", DeadlineStaat.TeLaat)]
    public void Een_termijn_leest_overal_hetzelfde(string deadline, string tekst, DeadlineStaat staat)
    {
        var datum = DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(tekst, Weergave.Termijn(datum));
        Assert.Equal(staat, Weergave.Staat(datum));
    }

    [Fact]
    public void Datums_staan_er_in_het_Nederlands()
    {
        Assert.Equal("12 maart 2026", Weergave.Datum(new DateOnly(2026, 3, 12)));
        Assert.Equal("23 december 2026 om 10:00", Weergave.Moment(new DateTimeOffset(2026, 12, 23, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal("geen termijn", Weergave.Termijn(null));
    }
}
