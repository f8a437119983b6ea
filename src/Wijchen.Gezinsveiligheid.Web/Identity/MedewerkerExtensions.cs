using System.Security.Claims;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

public static class MedewerkerExtensions
{
    public static string Id(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Geen aangemelde gebruiker.");

    public static Guid? TeamId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(GezinsveiligheidClaims.TeamId), out var id) ? id : null;

    public static string Naam(this ClaimsPrincipal user) => user.FindFirstValue(GezinsveiligheidClaims.Naam) ?? user.Identity?.Name ?? "";

    /// <summary>The signed-in user as the domain sees them, or null for staff outside both organisations.</summary>
    public static Medewerker? AlsMedewerker(this ClaimsPrincipal user) =>
        Enum.TryParse<Organisatie>(user.FindFirstValue(GezinsveiligheidClaims.Organisatie), out var organisatie)
            ? new Medewerker(user.Id(), user.Naam(), organisatie, user.TeamId())
            {
                Functies = Rollen.Alle.Where(user.IsInRole).Aggregate(Functie.Geen, (functies, rol) => functies | Rollen.Functie(rol)),
            }
            : null;
}
