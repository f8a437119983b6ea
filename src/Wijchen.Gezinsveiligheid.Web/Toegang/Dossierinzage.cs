using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Toegang;

/// <summary>
/// The one way a page opens a dossier: within the user's need-to-know or an active break-the-glass, else not found.
/// Every outcome is noted for the request's access-log row (<see cref="Toegangsregistratie"/>); a refusal and a missing
/// id look the same to the user and differ only in the log.
/// </summary>
public sealed class Dossierinzage(AppDbContext db, Toegangsregistratie registratie, Noodtoegangen noodtoegangen)
{
    /// <summary>How long a break-the-glass opens a dossier before the user must give a reason again.</summary>
    public static readonly TimeSpan NoodtoegangDuur = TimeSpan.FromHours(8);

    /// <summary>
    /// Opens the dossier for <paramref name="soort"/> and notes the access or the refusal. A caller that learns more
    /// afterwards (the user may not take this action) sets the outcome on the same note.
    /// </summary>
    public async Task<Inzage?> OpenAsync(ClaimsPrincipal user, Guid id, string onderdeel, Toegangssoort soort = Toegangssoort.Lezen, bool bijhouden = false)
    {
        var dossiers = bijhouden ? db.Dossiers.AsTracking() : db.Dossiers.AsNoTracking();
        var dossier = await dossiers.ZichtbaarVoor(user).MetAggregaat().SingleOrDefaultAsync(d => d.Id == id);
        var doel = Toegangsdoel.Normaal;
        if (dossier is null && await noodtoegangen.IsOpenVoorAsync(user, id))
        {
            dossier = await dossiers.MetAggregaat().SingleOrDefaultAsync(d => d.Id == id);
            doel = Toegangsdoel.Noodtoegang;
        }

        if (dossier is null)
        {
            var bestaat = await db.Dossiers.AnyAsync(d => d.Id == id);
            registratie.Noteer(soort, onderdeel, id, bestaat ? Toegangsuitkomst.Geweigerd : Toegangsuitkomst.NietGevonden);
            return null;
        }

        registratie.Noteer(soort, onderdeel, id, Toegangsuitkomst.Toegestaan, doel);
        return new Inzage(dossier, doel);
    }

    /// <summary>Wijkteam staff may break the glass; VT sees every dossier already, and the other roles see none.</summary>
    public static bool MagNoodtoegangVragen(ClaimsPrincipal user) => user.IsInRole(Rollen.WijkteamMedewerker) || user.IsInRole(Rollen.Teamleider);
}

/// <summary>An opened dossier and on what ground it was opened.</summary>
public sealed record Inzage(Dossier Dossier, Toegangsdoel Doel);
