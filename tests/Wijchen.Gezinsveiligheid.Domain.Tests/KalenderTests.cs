namespace Wijchen.Gezinsveiligheid.Domain.Tests;

public class KalenderTests
{
    private readonly WerkdagKalender _kalender = new();

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    public void Paaszondag_valt_op_de_bekende_datum(int jaar, string pasen) =>
        Assert.Equal(DateOnly.Parse(pasen, System.Globalization.CultureInfo.InvariantCulture), Feestdagen.Paaszondag(jaar));

    [Theory]
    [InlineData(2024, "2024-01-01 2024-03-29 2024-03-31 2024-04-01 2024-04-27 2024-05-09 2024-05-19 2024-05-20 2024-12-25 2024-12-26")]
    [InlineData(2025, "2025-01-01 2025-04-18 2025-04-20 2025-04-21 2025-04-26 2025-05-05 2025-05-29 2025-06-08 2025-06-09 2025-12-25 2025-12-26")]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-05 2026-04-06 2026-04-27 2026-05-14 2026-05-24 2026-05-25 2026-12-25 2026-12-26")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-28 2027-03-29 2027-04-27 2027-05-06 2027-05-16 2027-05-17 2027-12-25 2027-12-26")]
    [InlineData(2030, "2030-01-01 2030-04-19 2030-04-21 2030-04-22 2030-04-27 2030-05-05 2030-05-30 2030-06-09 2030-06-10 2030-12-25 2030-12-26")]
    [InlineData(2031, "2031-01-01 2031-04-11 2031-04-13 2031-04-14 2031-04-26 2031-05-22 2031-06-01 2031-06-02 2031-12-25 2031-12-26")]
    public void Feestdagen_per_jaar(int jaar, string datums)
    {
        var verwacht = datums.Split(' ').Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(verwacht, Feestdagen.In(jaar).Select(f => f.Datum));
    }

    [Fact]
    public void Koningsdag_is_op_de_26e_als_de_27e_een_zondag_is_en_bevrijdingsdag_alleen_in_lustrumjaren()
    {
        Assert.Contains(Feestdagen.In(2025), f => f.Naam == "Koningsdag" && f.Datum == new DateOnly(2025, 4, 26));
        Assert.Contains(Feestdagen.In(2036), f => f.Naam == "Koningsdag" && f.Datum == new DateOnly(2036, 4, 26));
        Assert.DoesNotContain(Feestdagen.In(2026), f => f.Naam == "Bevrijdingsdag");
        Assert.DoesNotContain(Feestdagen.In(2029), f => f.Naam == "Bevrijdingsdag");
        Assert.Contains(Feestdagen.In(2035), f => f.Naam == "Bevrijdingsdag" && f.Datum == new DateOnly(2035, 5, 5));
        Assert.False(_kalender.IsWerkdag(new DateOnly(2025, 5, 5)));
        Assert.True(_kalender.IsWerkdag(new DateOnly(2026, 5, 5)));
    }

    [Theory]
    [InlineData("2026-04-02", 1, "2026-04-07")] // Goede Vrijdag, weekend and Tweede Paasdag skipped
    [InlineData("2026-12-23", 2, "2026-12-28")] // Christmas on Friday
    [InlineData("2026-03-06", 5, "2026-03-13")] // Friday plus a week
    [InlineData("2026-03-07", 1, "2026-03-09")] // received on Saturday: Monday is day one
    [InlineData("2026-05-13", 1, "2026-05-15")] // Hemelvaart
    [InlineData("2025-05-02", 2, "2025-05-07")] // Bevrijdingsdag in a lustrum year
    [InlineData("2026-03-06", 0, "2026-03-06")]
    public void Werkdagen_tellen_zonder_weekend_en_feestdagen(string van, int aantal, string verwacht) =>
        Assert.Equal(Datum(verwacht), _kalender.PlusWerkdagen(Datum(van), aantal));

    [Fact]
    public void Werkdagen_tussen_is_positief_vooruit_en_negatief_bij_te_laat()
    {
        Assert.Equal(1, _kalender.WerkdagenTussen(Datum("2026-04-02"), Datum("2026-04-07")));
        Assert.Equal(-1, _kalender.WerkdagenTussen(Datum("2026-04-07"), Datum("2026-04-02")));
        Assert.Equal(0, _kalender.WerkdagenTussen(Datum("2026-04-07"), Datum("2026-04-07")));
        Assert.Equal(-5, _kalender.WerkdagenTussen(Datum("2026-03-13"), Datum("2026-03-06")));
    }

    [Fact]
    public void Een_moment_telt_op_de_Nederlandse_kalenderdag()
    {
        // Friday 23:30 UTC in November is Saturday 00:30 in Wijchen.
        Assert.Equal(new DateOnly(2026, 11, 21), Scenario.Termijnen.Datum(new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero)));
        // Summer time: 22:30 UTC is already 00:30 the next day.
        Assert.Equal(new DateOnly(2026, 7, 4), Scenario.Termijnen.Datum(new DateTimeOffset(2026, 7, 3, 22, 30, 0, TimeSpan.Zero)));
    }

    private static DateOnly Datum(string tekst) => DateOnly.Parse(tekst, System.Globalization.CultureInfo.InvariantCulture);
}

public class BsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("012345672")]
    [InlineData("1234 56 782")]
    public void Een_nummer_dat_aan_de_elfproef_voldoet_is_geldig(string invoer) => Assert.True(Bsn.IsGeldig(invoer));

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345678")]
    [InlineData("1234567820")]
    [InlineData("12345678a")]
    [InlineData("000000000")]
    [InlineData("")]
    [InlineData(null)]
    public void Een_ander_nummer_is_ongeldig_met_een_leesbare_melding(string? invoer)
    {
        Assert.False(Bsn.IsGeldig(invoer));
        if (invoer is not null)
        {
            Assert.Contains("elfproef", Assert.Throws<DomainException>(() => Bsn.Parse(invoer)).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Het_bsn_wordt_gemaskeerd_getoond()
    {
        var bsn = Bsn.Parse("123456782");
        Assert.Equal("••••••782", bsn.Gemaskeerd);
        Assert.Equal("••••••782", bsn.ToString());
        Assert.Equal("123456782", bsn.Waarde);
    }
}
