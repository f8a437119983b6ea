using System.Security.Claims;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>Turns the signed-in user and the app's clock into the <see cref="Handeling"/> a domain method needs.</summary>
public sealed class Handelingen(TimeProvider klok, Termijnberekening termijnen)
{
    public Handeling Voor(ClaimsPrincipal user) =>
        new(user.AlsMedewerker() ?? throw new InvalidOperationException("Deze gebruiker hoort bij geen organisatie en kan niets aan dossiers doen."),
            klok.GetUtcNow(), termijnen);

    /// <summary>
    /// The privacy officer deciding on an AVG request: they belong to no team and take no dossier action, but act for the
    /// municipality, and the domain accepts a granted correction from them alone (<see cref="Functie.Privacy"/>).
    /// </summary>
    public Handeling VoorPrivacyfunctionaris(ClaimsPrincipal user) =>
        user.IsInRole(Rollen.Privacyfunctionaris)
            ? new(new Medewerker(user.Id(), user.Naam(), Organisatie.Gemeente, null) { Functies = Functie.Privacy }, klok.GetUtcNow(), termijnen)
            : throw new InvalidOperationException("Alleen de privacyfunctionaris besluit over AVG-verzoeken.");

    public DateOnly Vandaag => termijnen.Datum(klok.GetUtcNow());

    public Termijnberekening Termijnen => termijnen;

    public DateTimeOffset Nu => klok.GetUtcNow();

    /// <summary>A date and time as typed in a datetime-local field, which means Dutch time.</summary>
    public static DateTimeOffset AlsNederlandseTijd(DateTime lokaal) =>
        new(lokaal, Termijnberekening.Nederland.GetUtcOffset(DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified)));

    public static DateTime NaarNederlandseTijd(DateTimeOffset moment) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(moment, Termijnberekening.Nederland).DateTime, DateTimeKind.Unspecified);
}
