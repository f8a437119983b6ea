using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Authorization;

/// <summary>
/// Who may take which action on a dossier they can see: the question each action's declaration answers
/// (<see cref="DossierActies"/>), asked with the signed-in user as the domain sees them. The domain asks the same
/// declaration when the action is taken; the dossier page and every action page ask here.
/// </summary>
public static class DossierRechten
{
    public static OperationAuthorizationRequirement Voor(DossierActie actie) => new() { Name = actie.ToString() };

    public static bool Mag(ClaimsPrincipal user, Dossier dossier, DossierActie actie) =>
        user.AlsMedewerker() is { } medewerker && DossierActies.Van(actie).Mag(medewerker, dossier);

    /// <summary>The actions to offer this user now: in the transition table for the phase, and theirs to take.</summary>
    public static IReadOnlyList<DossierActie> VoorGebruiker(ClaimsPrincipal user, Dossier dossier) =>
        [.. dossier.MogelijkeActies.Where(actie => Mag(user, dossier, actie))];
}

/// <summary>Resource-based authorization: <c>AuthorizeAsync(User, dossier, DossierRechten.Voor(actie))</c>.</summary>
public sealed class DossierActieHandler : AuthorizationHandler<OperationAuthorizationRequirement, Dossier>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Dossier resource)
    {
        if (Enum.TryParse<DossierActie>(requirement.Name, out var actie) && DossierRechten.Mag(context.User, resource, actie))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
