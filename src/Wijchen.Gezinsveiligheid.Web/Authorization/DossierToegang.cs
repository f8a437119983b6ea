using System.Security.Claims;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Authorization;

/// <summary>
/// Need-to-know as one query filter, used by every list and every dossier page: a dossier outside it does not exist
/// for that user (404, never 403).
/// </summary>
public static class DossierToegang
{
    public static IQueryable<Dossier> ZichtbaarVoor(this IQueryable<Dossier> dossiers, ClaimsPrincipal user)
    {
        if (user.IsInRole(Rollen.VtMedewerker))
        {
            return dossiers;
        }

        var teamId = user.TeamId();
        if (user.IsInRole(Rollen.Teamleider) && teamId is not null)
        {
            return dossiers.Where(d => d.WijkteamId == teamId);
        }

        if (user.IsInRole(Rollen.WijkteamMedewerker) && teamId is not null)
        {
            var userId = user.Id();
            return dossiers.Where(d => d.RegiehouderId == userId || (d.WijkteamId == teamId && DossierFasen.OverdrachtOpen.Contains(d.Fase)));
        }

        return dossiers.Where(_ => false);
    }

    /// <summary>The melder's identity is for Veilig Thuis only.</summary>
    public static bool MagMelderZien(this ClaimsPrincipal user) => user.IsInRole(Rollen.VtMedewerker);
}
