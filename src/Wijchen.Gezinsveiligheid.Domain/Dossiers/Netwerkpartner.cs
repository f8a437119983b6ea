namespace Wijchen.Gezinsveiligheid.Domain;

public enum NetwerkpartnerSoort
{
    School,
    Kinderopvang,
    Huisarts,
    Ggz,
    Verslavingszorg,
    Politie,
    Zorgaanbieder,
    Anders,
}

public sealed record NetwerkpartnerGegevens(
    NetwerkpartnerSoort Soort,
    string Organisatie,
    string Contactpersoon,
    string Contactgegevens,
    IReadOnlyList<Guid> Gezinsleden);

/// <summary>An organisation around the family, with the household members it serves: the parties the veiligheidsplan goes to.</summary>
public sealed class Netwerkpartner
{
    private Netwerkpartner()
    {
        Organisatie = Contactpersoon = Contactgegevens = "";
    }

    internal Netwerkpartner(Guid id, int volgnummer, NetwerkpartnerGegevens gegevens)
    {
        Id = id;
        Volgnummer = volgnummer;
        Organisatie = Contactpersoon = Contactgegevens = "";
        Wijzig(gegevens);
    }

    public Guid Id { get; private set; }

    /// <summary>The chronology number of the action that recorded this: orders records that share a moment.</summary>
    public int Volgnummer { get; private set; }

    public NetwerkpartnerSoort Soort { get; private set; }

    public string Organisatie { get; private set; }

    public string Contactpersoon { get; private set; }

    public string Contactgegevens { get; private set; }

    public IReadOnlyList<Guid> Gezinsleden { get; private set; } = [];

    /// <summary>How the partner is named on lists and in the plan, e.g. "Basisschool De Regenboog (school)".</summary>
    public string Weergave => $"{Organisatie} ({Soort.Naam()})";

    internal void Wijzig(NetwerkpartnerGegevens gegevens)
    {
        Soort = gegevens.Soort;
        Organisatie = gegevens.Organisatie.Trim();
        Contactpersoon = gegevens.Contactpersoon.Trim();
        Contactgegevens = gegevens.Contactgegevens.Trim();
        Gezinsleden = [.. gegevens.Gezinsleden];
    }
}

public static class NetwerkpartnerTeksten
{
    public static string Naam(this NetwerkpartnerSoort soort) => soort switch
    {
        NetwerkpartnerSoort.School => "school",
        NetwerkpartnerSoort.Kinderopvang => "kinderopvang",
        NetwerkpartnerSoort.Huisarts => "huisarts",
        NetwerkpartnerSoort.Ggz => "GGZ",
        NetwerkpartnerSoort.Verslavingszorg => "verslavingszorg",
        NetwerkpartnerSoort.Politie => "politie",
        NetwerkpartnerSoort.Zorgaanbieder => "zorgaanbieder",
        NetwerkpartnerSoort.Anders => "anders",
    };
}
