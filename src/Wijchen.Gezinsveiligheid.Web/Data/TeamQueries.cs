using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data;

public static class TeamQueries
{
    /// <summary>The professionals of one team, as the domain sees them, by name.</summary>
    public static async Task<IReadOnlyList<Medewerker>> MedewerkersVanTeamAsync(this AppDbContext db, Guid teamId) =>
        [.. (await db.Users.AsNoTracking().Where(u => u.TeamId == teamId).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName, u.Team!.Organisatie }).ToListAsync())
            .Select(u => new Medewerker(u.Id, u.DisplayName, u.Organisatie, teamId))];
}
