using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>Puts the display name, team and organisation into the sign-in cookie.</summary>
public sealed class MedewerkerClaimsFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GezinsveiligheidClaims.Naam, user.DisplayName));
        if (user.TeamId is { } teamId)
        {
            var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == teamId);
            identity.AddClaim(new Claim(GezinsveiligheidClaims.TeamId, team.Id.ToString()));
            identity.AddClaim(new Claim(GezinsveiligheidClaims.TeamNaam, team.Naam));
            identity.AddClaim(new Claim(GezinsveiligheidClaims.Organisatie, team.Organisatie.ToString()));
        }

        return identity;
    }
}
