using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Authorization;

/// <summary>
/// Who may take which action on a dossier they can see. The domain decides whether the move is legal in the current
/// phase; this decides whether this person may make it. The dossier page and every action page ask the same question.
/// </summary>
public static class DossierRechten
{
    public static OperationAuthorizationRequirement Voor(DossierActie actie) => new() { Name = actie.ToString() };

    public static bool Mag(ClaimsPrincipal user, Dossier dossier, DossierActie actie)
    {
        var vt = user.IsInRole(Rollen.VtMedewerker);
        var vanHetTeam = dossier.WijkteamId is { } team && user.TeamId() == team;
        var teamleider = vanHetTeam && user.IsInRole(Rollen.Teamleider);
        var wijkteam = vanHetTeam && (teamleider || user.IsInRole(Rollen.WijkteamMedewerker));
        var casusregisseur = dossier.RegiehouderId is { } regie && regie == user.FindFirstValue(ClaimTypes.NameIdentifier);
        var bijWijkteam = dossier.Fase == DossierFase.Casusregie;

        return actie switch
        {
            DossierActie.GezinslidToevoegen or DossierActie.GezinslidWijzigen => bijWijkteam ? casusregisseur || teamleider : vt,
            DossierActie.GezinslidVerwijderen or DossierActie.MeldingToevoegen => vt,
            DossierActie.VeiligheidsbeoordelingVastleggen or DossierActie.VoorwaardenEnVervolgStarten or DossierActie.OnderzoekStarten
                or DossierActie.OverdrachtAanbieden or DossierActie.OverdrachtIntrekken or DossierActie.BemoeienisBeeindigen => vt,
            DossierActie.GesprekPlannen or DossierActie.GesprekVastleggen => wijkteam,
            DossierActie.OverdrachtAccepteren or DossierActie.OverdrachtAfwijzen => teamleider,
            DossierActie.Terugmelden => casusregisseur || teamleider,
            DossierActie.CasusregisseurWisselen => teamleider,
            DossierActie.AfsluitingVoorstellen => casusregisseur,
            DossierActie.AfsluitingGoedkeuren or DossierActie.AfsluitingTerugsturen => teamleider,
            DossierActie.NetwerkpartnerVastleggen or DossierActie.VeiligheidsplanOpstellen or DossierActie.VeiligheidsplanVerspreiden
                or DossierActie.MdoPlannen or DossierActie.MdoVastleggen or DossierActie.EvaluatieVastleggen => casusregisseur || teamleider,
            DossierActie.VeiligheidsplanVaststellen => casusregisseur,
            DossierActie.MdoActieAfronden or DossierActie.VoorwaardenControleren => casusregisseur || teamleider || vt,
        };
    }

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
