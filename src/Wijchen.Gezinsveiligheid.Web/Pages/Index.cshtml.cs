using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages;

/// <summary>Mijn werk: what needs this user, by deadline — overdue first, then what is due within five working days.</summary>
public sealed class IndexModel(AppDbContext db, Weergave weergave) : PageModel
{
    public const int Maximum = 200;

    private static readonly DossierFase[] VtFasen =
    [
        DossierFase.Melding, DossierFase.Veiligheidsbeoordeling, DossierFase.VoorwaardenEnVervolg, DossierFase.Onderzoek,
        DossierFase.Teruggelegd, DossierFase.Opgeschaald,
    ];

    public IReadOnlyList<Taak> Taken { get; private set; } = [];

    public IEnumerable<IGrouping<DeadlineStaat, Taak>> PerStaat => Taken.GroupBy(t => t.Staat);

    public async Task OnGetAsync()
    {
        var ik = User.Id();
        var team = User.TeamId();
        var teamleider = User.IsInRole(Rollen.Teamleider);
        var vt = User.IsInRole(Rollen.VtMedewerker);

        var rijen = await db.Dossiers.AsNoTracking().ZichtbaarVoor(User)
            .Where(d =>
                (vt && d.RegiehouderId == ik && VtFasen.Contains(d.Fase))
                || (teamleider && d.WijkteamId == team && (DossierFasen.OverdrachtOpen.Contains(d.Fase) || (d.Fase == DossierFase.Casusregie && d.AfsluitVoorstel != null)))
                || (d.Fase == DossierFase.Casusregie && d.RegiehouderId == ik)
                || (d.Fase == DossierFase.OverdrachtsgesprekGepland && d.Overdrachten.Any(o => o.Status == OverdrachtStatus.GesprekGepland && o.BeoogdCasusregisseurId == ik)))
            .OrderBy(d => d.Deadline == null).ThenBy(d => d.Deadline).ThenBy(d => d.Naam)
            .Take(Maximum)
            .Select(d => new
            {
                d.Id,
                d.Naam,
                d.Fase,
                d.Deadline,
                Voorstel = d.AfsluitVoorstel != null,
                Gesprek = d.Overdrachten.OrderByDescending(o => o.AangebodenOp).Select(o => new { o.GesprekOp, o.GehoudenOp }).FirstOrDefault(),
            })
            .ToListAsync();

        Taken = [.. rijen.Select(r => new Taak(r.Id, r.Naam, Omschrijving(r.Fase, r.Voorstel, r.Gesprek?.GesprekOp, r.Gesprek?.GehoudenOp), r.Deadline, weergave.Staat(r.Deadline)))];
    }

    private string Omschrijving(DossierFase fase, bool voorstel, DateTimeOffset? gesprek, DateTimeOffset? gehouden) => fase switch
    {
        DossierFase.Melding => "Veiligheidsbeoordeling doen",
        DossierFase.Veiligheidsbeoordeling => "Vervolg starten volgens het besluit",
        DossierFase.VoorwaardenEnVervolg => "Voorwaarden en Vervolg afronden",
        DossierFase.Onderzoek => "Onderzoek afronden",
        DossierFase.Teruggelegd => "Overdracht afgewezen of ingetrokken: kies een ander vervolg",
        DossierFase.Opgeschaald => "Terugmelding: nieuwe veiligheidsbeoordeling doen",
        DossierFase.OverdrachtAangeboden => "Nieuw aanbod: overdrachtsgesprek plannen",
        DossierFase.OverdrachtsgesprekGepland when gehouden is not null => "Gesprek gehouden: besluiten over de overdracht",
        DossierFase.OverdrachtsgesprekGepland => $"Overdrachtsgesprek op {(gesprek is { } op ? weergave.Moment(op) : "een nog te bepalen moment")}",
        DossierFase.Casusregie when voorstel => "Voorstel tot afsluiten beoordelen",
        DossierFase.Casusregie => "Casusregie: veiligheidsplan vaststellen",
        DossierFase.Afgesloten => "Afgesloten",
    };

    public sealed record Taak(Guid DossierId, string Naam, string Omschrijving, DateOnly? Deadline, DeadlineStaat Staat);
}
