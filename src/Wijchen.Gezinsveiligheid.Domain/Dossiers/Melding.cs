namespace Wijchen.Gezinsveiligheid.Domain;

public enum SoortZorg
{
    Partnergeweld,
    Kindermishandeling,
    KindGetuigeVanHuiselijkGeweld,
    Ouderenmishandeling,
    EergerelateerdGeweld,
    Huwelijksdwang,
    Overig,
}

/// <summary>What VT records when a melding comes in.</summary>
public sealed record MeldingGegevens(
    DateTimeOffset OntvangenOp,
    string MelderNaam,
    string MelderRol,
    string MelderContact,
    bool MelderAnoniemNaarGezin,
    SoortZorg SoortZorg,
    string Omschrijving);

/// <summary>The melding that opened the dossier. The melder's identity is for Veilig Thuis only.</summary>
public sealed class Melding
{
    private Melding()
    {
        MelderNaam = MelderRol = MelderContact = Omschrijving = "";
    }

    internal Melding(MeldingGegevens gegevens)
    {
        OntvangenOp = gegevens.OntvangenOp;
        MelderNaam = gegevens.MelderNaam.Trim();
        MelderRol = gegevens.MelderRol.Trim();
        MelderContact = gegevens.MelderContact.Trim();
        MelderAnoniemNaarGezin = gegevens.MelderAnoniemNaarGezin;
        SoortZorg = gegevens.SoortZorg;
        Omschrijving = gegevens.Omschrijving.Trim();
    }

    public DateTimeOffset OntvangenOp { get; private set; }

    public string MelderNaam { get; private set; }

    public string MelderRol { get; private set; }

    public string MelderContact { get; private set; }

    public bool MelderAnoniemNaarGezin { get; private set; }

    /// <summary>A melder who did not give Veilig Thuis a name stays anonymous to Veilig Thuis too (and so to everyone).</summary>
    public bool MelderAnoniemVoorVeiligThuis => MelderNaam.Length == 0;

    public SoortZorg SoortZorg { get; private set; }

    public string Omschrijving { get; private set; }
}

/// <summary>
/// A later melding about a household that already has an open dossier, added to that dossier instead of opening a
/// second one for the same family. Its melder is protected exactly like the first melding's.
/// </summary>
public sealed class LatereMelding
{
    private LatereMelding()
    {
        Melding = null!;
        GeregistreerdDoorId = GeregistreerdDoorNaam = "";
    }

    internal LatereMelding(Guid id, MeldingGegevens gegevens, Handeling handeling)
    {
        Id = id;
        Melding = new Melding(gegevens);
        GeregistreerdOp = handeling.Op;
        GeregistreerdDoorId = handeling.Door.Id;
        GeregistreerdDoorNaam = handeling.Door.Naam;
    }

    public Guid Id { get; private set; }

    public Melding Melding { get; private set; }

    public DateTimeOffset GeregistreerdOp { get; private set; }

    public string GeregistreerdDoorId { get; private set; }

    public string GeregistreerdDoorNaam { get; private set; }
}

public static class SoortZorgTeksten
{
    public static string Naam(this SoortZorg soort) => soort switch
    {
        SoortZorg.Partnergeweld => "Partnergeweld",
        SoortZorg.Kindermishandeling => "Kindermishandeling",
        SoortZorg.KindGetuigeVanHuiselijkGeweld => "Kind getuige van huiselijk geweld",
        SoortZorg.Ouderenmishandeling => "Ouderenmishandeling",
        SoortZorg.EergerelateerdGeweld => "Eergerelateerd geweld",
        SoortZorg.Huwelijksdwang => "Huwelijksdwang",
        SoortZorg.Overig => "Overig",
    };
}
