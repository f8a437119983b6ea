namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>What someone did with dossier data (NEN 7513: the kind of access).</summary>
public enum Toegangssoort
{
    Lezen,
    Wijzigen,
    Afdrukken,
    Exporteren,
    Zoeken,
}

/// <summary>How the access ended. Refused and not-found both answer 404 to the user; the log tells them apart.</summary>
public enum Toegangsuitkomst
{
    Toegestaan,
    Geweigerd,
    NietGevonden,
    NietUitgevoerd,
}

/// <summary>Why the user had access: their work, or a break-the-glass with a written reason.</summary>
public enum Toegangsdoel
{
    Normaal,
    Noodtoegang,
}

/// <summary>
/// One row of the access log. Rows are only ever added: each carries the hash of the row before it, so changing or
/// deleting a row breaks the chain (the chain check of the access log). Names are copied, not referenced: the
/// log must still say who it was after an account is removed.
/// </summary>
public sealed class Toegangsregel
{
    public long Volgnummer { get; init; }

    public DateTimeOffset Tijdstip { get; init; }

    public Toegangssoort Soort { get; init; }

    public Toegangsuitkomst Uitkomst { get; init; }

    public string GebruikerId { get; init; } = "";

    public string GebruikerNaam { get; init; } = "";

    public string Rol { get; init; } = "";

    /// <summary>The organisation and team the user acted for.</summary>
    public string Namens { get; init; } = "";

    public Guid? DossierId { get; init; }

    /// <summary>Which part of the dossier or which list: "Dossier", "Veiligheidsplan", "Gesprek vastleggen", "Mijn werk".</summary>
    public string Onderdeel { get; init; } = "";

    /// <summary>The client's IP address as the app saw it (behind a proxy: the forwarded address it trusts).</summary>
    public string Herkomst { get; init; } = "";

    public Toegangsdoel Doel { get; init; }

    public string VorigeHash { get; init; } = "";

    public string Hash { get; set; } = "";
}

/// <summary>
/// The one row that names the end of the chain. Appending updates it first, which serialises writers on every
/// provider; and because it holds the last number and hash, deleting rows from the end is detected too.
/// </summary>
public sealed class ToegangslogKop
{
    public const int EnigeId = 1;

    /// <summary>The hash before the first row.</summary>
    public const string BeginHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public int Id { get; init; }

    public long Volgnummer { get; init; }

    public string Hash { get; init; } = "";
}

/// <summary>Why someone breaks the glass; the reason text says the rest.</summary>
public enum Noodtoegangsgrond
{
    AcuutGevaar,
    RegieNietBereikbaar,
    NieuweMelding,
    Anders,
}

/// <summary>
/// A break-the-glass: a user opens a dossier outside their work after giving a ground and a reason, for a limited time.
/// Beyond the daily limit it is only a request until a teamleider of the user's own team approves it.
/// </summary>
public sealed class Noodtoegang
{
    public Guid Id { get; init; }

    public string GebruikerId { get; init; } = "";

    public string GebruikerNaam { get; init; } = "";

    /// <summary>The requester's own team: its teamleider approves a request beyond the daily limit.</summary>
    public Guid? AanvragerTeamId { get; init; }

    public Guid DossierId { get; init; }

    /// <summary>The dossier's wijkteam at that moment: its teamleider is told in Mijn werk.</summary>
    public Guid? TeamId { get; init; }

    /// <summary>Null for a break-the-glass from before the ground was asked.</summary>
    public Noodtoegangsgrond? Grond { get; init; }

    public string Reden { get; init; } = "";

    public DateTimeOffset Op { get; init; }

    /// <summary>Until when the dossier is open; equal to <see cref="Op"/> while a request waits or after it was refused.</summary>
    public DateTimeOffset GeldigTot { get; private set; }

    public bool GoedkeuringNodig { get; private set; }

    /// <summary>The teamleider's decision on a request beyond the daily limit: null while it waits.</summary>
    public bool? Goedgekeurd { get; private set; }

    public string? BeslistDoor { get; private set; }

    public DateTimeOffset? BeslistOp { get; private set; }

    public DateTimeOffset? BeoordeeldOp { get; private set; }

    public string? BeoordeeldDoor { get; private set; }

    public string? Beoordeling { get; private set; }

    public bool WachtOpGoedkeuring => GoedkeuringNodig && Goedgekeurd is null;

    /// <summary>Opens the dossier at once for <paramref name="duur"/>.</summary>
    public static Noodtoegang Verleend(Noodtoegang aanvraag, TimeSpan duur)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        aanvraag.GeldigTot = aanvraag.Op + duur;
        return aanvraag;
    }

    /// <summary>Beyond the daily limit: nothing opens until a teamleider approves.</summary>
    public static Noodtoegang TerGoedkeuring(Noodtoegang aanvraag)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        aanvraag.GoedkeuringNodig = true;
        aanvraag.GeldigTot = aanvraag.Op;
        return aanvraag;
    }

    /// <summary>A teamleider decides on a waiting request; approved, the dossier opens from now for <paramref name="duur"/>.</summary>
    public void Beslis(bool goedgekeurd, string door, DateTimeOffset op, TimeSpan duur)
    {
        if (!WachtOpGoedkeuring)
        {
            throw new InvalidOperationException("Deze aanvraag voor noodtoegang wacht niet op goedkeuring.");
        }

        Goedgekeurd = goedgekeurd;
        BeslistDoor = door;
        BeslistOp = op;
        if (goedgekeurd)
        {
            GeldigTot = op + duur;
        }
    }

    public void Beoordeel(string door, string notitie, DateTimeOffset op)
    {
        BeoordeeldDoor = door;
        Beoordeling = notitie;
        BeoordeeldOp = op;
    }
}
