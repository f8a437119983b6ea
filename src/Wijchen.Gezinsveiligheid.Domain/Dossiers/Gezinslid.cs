namespace Wijchen.Gezinsveiligheid.Domain;

public enum GezinslidRol
{
    OuderVerzorger,
    Kind,
    Partner,
    ExPartner,
    Huisgenoot,
    Netwerk,
}

/// <summary>What a user enters about a household member; the dossier checks it before anything changes.</summary>
public sealed record GezinslidGegevens(string Naam, DateOnly Geboortedatum, string? Bsn, GezinslidRol Rol, bool WoontInHuis);

/// <summary>A member of the household or a relevant other around it (domain invariant 3: everyone is recorded).</summary>
public sealed class Gezinslid
{
    public const int Meerderjarig = 18;

    private Gezinslid()
    {
        Naam = "";
    }

    internal Gezinslid(Guid id, GezinslidGegevens gegevens, Bsn? bsn)
    {
        Id = id;
        Naam = gegevens.Naam.Trim();
        Geboortedatum = gegevens.Geboortedatum;
        Bsn = bsn;
        Rol = gegevens.Rol;
        WoontInHuis = gegevens.WoontInHuis;
    }

    public Guid Id { get; private set; }

    public string Naam { get; private set; }

    public DateOnly Geboortedatum { get; private set; }

    public Bsn? Bsn { get; private set; }

    public GezinslidRol Rol { get; private set; }

    public bool WoontInHuis { get; private set; }

    /// <summary>A child in the sense of the invariants: under 18 on the given date, whatever their role.</summary>
    public bool IsMinderjarigOp(DateOnly datum) => LeeftijdOp(datum) < Meerderjarig;

    public int LeeftijdOp(DateOnly datum)
    {
        var leeftijd = datum.Year - Geboortedatum.Year;
        return Geboortedatum.AddYears(leeftijd) > datum ? leeftijd - 1 : leeftijd;
    }

    internal void Wijzig(GezinslidGegevens gegevens, Bsn? bsn)
    {
        Naam = gegevens.Naam.Trim();
        Geboortedatum = gegevens.Geboortedatum;
        Bsn = bsn;
        Rol = gegevens.Rol;
        WoontInHuis = gegevens.WoontInHuis;
    }
}

public static class GezinslidRolTeksten
{
    public static string Naam(this GezinslidRol rol) => rol switch
    {
        GezinslidRol.OuderVerzorger => "Ouder/verzorger",
        GezinslidRol.Kind => "Kind",
        GezinslidRol.Partner => "Partner",
        GezinslidRol.ExPartner => "Ex-partner",
        GezinslidRol.Huisgenoot => "Huisgenoot",
        GezinslidRol.Netwerk => "Netwerk",
    };
}
