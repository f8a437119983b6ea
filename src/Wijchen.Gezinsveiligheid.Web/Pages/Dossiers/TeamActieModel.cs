using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>An action that names a member of the dossier's wijkteam (beoogd casusregisseur, casusregisseur, new casusregisseur).</summary>
public abstract class TeamActieModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen)
    : DossierActieModel(db, diensten, handelingen)
{
    protected IReadOnlyList<Medewerker> Team { get; private set; } = [];

    public virtual IReadOnlyList<SelectListItem> Kandidaten => Team.AlsKeuzes();

    protected override async Task VoorbereidenAsync() => Team = Dossier.WijkteamId is { } team ? await Db.MedewerkersVanTeamAsync(team) : [];

    /// <summary>The chosen team member, or null with a message next to <paramref name="veld"/> when the choice is not from this team.</summary>
    protected Medewerker? Teamlid(string? gekozen, string veld)
    {
        var lid = Team.FirstOrDefault(m => m.Id == gekozen);
        if (lid is null && !string.IsNullOrEmpty(gekozen))
        {
            ModelState.AddModelError(veld, "Kies iemand uit het wijkteam.");
        }

        return lid;
    }
}
