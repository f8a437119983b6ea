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
public sealed class IndexModel(AppDbContext db, Termijnberekening termijnen, TimeProvider klok, Toegangsregistratie registratie) : PageModel
{
    public IReadOnlyList<Rij> Rijen { get; private set; } = [];

    public async Task OnGetAsync()
    {
        registratie.Noteer(Toegangssoort.Lezen, "Overdrachten");
        // Each dossier in these phases has exactly one open offer: a join on it, not "the latest offer" per dossier,
        // which the database can only answer by numbering every offer in the region.
        var rijen = await (
                from d in db.Dossiers.AsNoTracking().ZichtbaarVoor(User)
                where DossierFasen.OverdrachtOpen.Contains(d.Fase)
                join o in db.Set<Overdracht>().AsNoTracking() on d.Id equals EF.Property<Guid>(o, "DossierId")
                where Overdracht.OpenStatussen.Contains(o.Status)
                orderby d.Deadline, d.Naam
                select new { d.Id, d.Naam, d.Deadline, Overdracht = new { o.TeamNaam, o.AangebodenOp, o.AangebodenDoorNaam, o.GesprekOp, o.GehoudenOp, o.BeoogdCasusregisseurNaam } })
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
