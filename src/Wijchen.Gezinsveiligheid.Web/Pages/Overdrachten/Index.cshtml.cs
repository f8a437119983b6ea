using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Overdrachten;

/// <summary>The inbox of open offers: for a wijkteam the offers to the team, for Veilig Thuis all open offers.</summary>
[Authorize(Roles = $"{Rollen.VtMedewerker},{Rollen.Teamleider},{Rollen.WijkteamMedewerker}")]
public sealed class IndexModel(AppDbContext db, Termijnberekening termijnen, TimeProvider klok, Toegangslog toegangslog) : PageModel
{
    public IReadOnlyList<Rij> Rijen { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await toegangslog.SchrijfAsync(Toegangssoort.Lezen, "Overdrachten");
        var rijen = await db.Dossiers.AsNoTracking().ZichtbaarVoor(User)
            .Where(d => DossierFasen.OverdrachtOpen.Contains(d.Fase))
            .OrderBy(d => d.Deadline).ThenBy(d => d.Naam)
            .Select(d => new
            {
                d.Id,
                d.Naam,
                d.Deadline,
                Overdracht = d.Overdrachten.OrderByDescending(o => o.AangebodenOp)
                    .Select(o => new { o.TeamNaam, o.AangebodenOp, o.AangebodenDoorNaam, o.GesprekOp, o.GehoudenOp, o.BeoogdCasusregisseurNaam }).First(),
            })
            .ToListAsync();

        var vandaag = termijnen.Datum(klok.GetUtcNow());
        Rijen = [.. rijen.Select(r => new Rij(r.Id, r.Naam, r.Overdracht.TeamNaam, r.Overdracht.AangebodenOp, r.Overdracht.AangebodenDoorNaam,
            termijnen.Kalender.WerkdagenTussen(termijnen.Datum(r.Overdracht.AangebodenOp), vandaag),
            r.Overdracht.GehoudenOp is not null ? "Gesprek gehouden: besluiten"
                : r.Overdracht.GesprekOp is not null ? $"Gesprek gepland, beoogd casusregisseur {r.Overdracht.BeoogdCasusregisseurNaam}"
                : "Gesprek nog plannen",
            r.Overdracht.GesprekOp, r.Deadline))];
    }

    public sealed record Rij(Guid DossierId, string Naam, string Team, DateTimeOffset AangebodenOp, string AangebodenDoor, int WerkdagenOud, string Stand, DateTimeOffset? GesprekOp, DateOnly? Deadline);
}
