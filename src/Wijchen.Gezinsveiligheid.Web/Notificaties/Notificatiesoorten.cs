using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Notificaties;

/// <summary>Every kind of notification once: its title (in the app, the e-mail's subject and the settings page) and who cannot switch its e-mail off.</summary>
public static class Notificatiesoorten
{
    public static IReadOnlyList<Notificatiesoort> Alle { get; } = Enum.GetValues<Notificatiesoort>();

    public static string Titel(this Notificatiesoort soort) => soort switch
    {
        Notificatiesoort.NieuwAanbod => "Nieuw aanbod voor uw team",
        Notificatiesoort.GesprekUitnodiging => "Uitnodiging voor een overdrachtsgesprek",
        Notificatiesoort.DossierOvergedragen => "Dossier aan u overgedragen",
        Notificatiesoort.MdoActie => "MDO-actie aan u toegewezen",
        Notificatiesoort.Terugmelding => "Terugmelding aan Veilig Thuis",
        Notificatiesoort.VoorwaardeNietNageleefd => "Veiligheidsvoorwaarde niet nageleefd",
        Notificatiesoort.Noodtoegang => "Noodtoegang tot een dossier van uw team",
        Notificatiesoort.TermijnNadert => "Termijn verloopt binnenkort",
        Notificatiesoort.TermijnVerstreken => "Termijn verstreken",
        Notificatiesoort.TermijnEscalatie => "Termijn ruim verstreken",
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };

    /// <summary>For the settings page: when this kind comes.</summary>
    public static string Uitleg(this Notificatiesoort soort) => soort switch
    {
        Notificatiesoort.NieuwAanbod => "Veilig Thuis biedt een warme overdracht aan uw team aan (teamleiders).",
        Notificatiesoort.GesprekUitnodiging => "U bent uitgenodigd voor het overdrachtsgesprek.",
        Notificatiesoort.DossierOvergedragen => "U wordt regiehouder: na acceptatie, een wissel of herverdelen.",
        Notificatiesoort.MdoActie => "Een MDO legt een actie bij u neer.",
        Notificatiesoort.Terugmelding => "Het wijkteam meldt een dossier terug aan Veilig Thuis (de medewerker van Veilig Thuis).",
        Notificatiesoort.VoorwaardeNietNageleefd => "Bij een monitoringsmoment is een voorwaarde in uw dossier niet nageleefd.",
        Notificatiesoort.Noodtoegang => "Iemand opent met noodtoegang een dossier van uw team (teamleiders).",
        Notificatiesoort.TermijnNadert => "Een termijn van u verloopt binnen enkele werkdagen.",
        Notificatiesoort.TermijnVerstreken => "Een termijn van u of uw team is verstreken.",
        Notificatiesoort.TermijnEscalatie => "Een termijn is al enkele werkdagen verstreken (ook managers en Veilig Thuis).",
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };

    /// <summary>
    /// A teamleider cannot switch off the e-mail about a new offer or a deadline that has long passed: those are what
    /// the inspection found dropping out of view. A daily digest is allowed.
    /// </summary>
    public static bool KanNietUit(Notificatiesoort soort, IEnumerable<string> rollen) =>
        soort is Notificatiesoort.NieuwAanbod or Notificatiesoort.TermijnEscalatie && rollen.Contains(Rollen.Teamleider);

    public static string Naam(this Bezorging bezorging) => bezorging switch
    {
        Bezorging.Direct => "Direct per e-mail",
        Bezorging.Dagelijks => "In het dagoverzicht (werkdagen om 08:00)",
        Bezorging.Uit => "Geen e-mail, alleen in de applicatie",
        _ => throw new ArgumentOutOfRangeException(nameof(bezorging)),
    };
}
