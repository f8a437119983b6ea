using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dashboard;

/// <summary>
/// The filter every dashboard page shares, read from the query string so a view can be bookmarked and handed on. A
/// teamleider always sees their own team; a manager chooses. Invalid input is reported next to its field, and the page
/// then shows the default period so there is always something to read.
/// </summary>
[Authorize(Roles = $"{Rollen.Teamleider},{Rollen.Manager}")]
public abstract class DashboardModel(AppDbContext db, Handelingen handelingen) : PageModel
{
    /// <summary>Lead times fetch two dates per handover in the period; two years keeps that bounded.</summary>
    public const int LangstePeriodeDagen = 731;

    [BindProperty(SupportsGet = true, Name = "van")]
    public DateOnly? Van { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public DateOnly? Tot { get; set; }

    [BindProperty(SupportsGet = true, Name = "team")]
    public Guid? Team { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisatie")]
    public Organisatie? Organisatie { get; set; }

    public Dashboardfilter Filter { get; private set; } = null!;

    protected AppDbContext Db { get; } = db;

    public DateOnly Vandaag => handelingen.Vandaag;

    /// <summary>The teamleider's own team; null for a manager, who may look at every team.</summary>
    public Guid? VastTeam => User.IsInRole(Rollen.Teamleider) ? User.TeamId() : null;

    public IReadOnlyList<(Guid Id, string Naam)> Teams { get; private set; } = [];

    public string? TeamNaam => Filter.TeamId is { } id ? Teams.FirstOrDefault(t => t.Id == id).Naam : null;

    public string Periode => $"{Weergave.Datum(Filter.Van)} tot en met {Weergave.Datum(Filter.Tot)}";

    protected async Task BepaalFilterAsync()
    {
        Teams = [.. (await Db.Teams.AsNoTracking().Where(t => t.Organisatie == Domain.Organisatie.Gemeente).OrderBy(t => t.Naam)
            .Select(t => new { t.Id, t.Naam }).ToListAsync()).Select(t => (t.Id, t.Naam))];

        var tot = Tot ?? Vandaag;
        var van = Van ?? new DateOnly(tot.Year, tot.Month, 1).AddMonths(-2);
        if (van > tot)
        {
            ModelState.AddModelError("van", "De begindatum ligt na de einddatum.");
        }
        else if (tot.DayNumber - van.DayNumber > LangstePeriodeDagen)
        {
            ModelState.AddModelError("van", "Kies een periode van hoogstens twee jaar.");
        }

        if (VastTeam is null && Team is { } gekozen && Teams.All(t => t.Id != gekozen))
        {
            ModelState.AddModelError("team", "Dit wijkteam bestaat niet.");
        }

        if (!ModelState.IsValid)
        {
            tot = Vandaag;
            van = new DateOnly(tot.Year, tot.Month, 1).AddMonths(-2);
        }

        var team = VastTeam ?? (ModelState.IsValid ? Team : null);
        Filter = new Dashboardfilter(van, tot, team, ModelState.IsValid ? Organisatie : null);
    }

    /// <summary>The query string of the current filter, plus <paramref name="extra"/>: every link keeps the view it came from.</summary>
    public RouteValueDictionary Waarden(object? extra = null)
    {
        var waarden = new RouteValueDictionary(extra)
        {
            ["van"] = Filter.Van.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["tot"] = Filter.Tot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (VastTeam is null && Filter.TeamId is { } team)
        {
            waarden["team"] = team;
        }

        if (Filter.Organisatie is { } organisatie)
        {
            waarden["organisatie"] = organisatie;
        }

        return waarden;
    }

    public string Link(Drilldown drilldown)
    {
        var waarden = Waarden(new
        {
            signaal = drilldown.Signaal,
            fase = drilldown.Fase,
            regie = drilldown.Regie,
            regieteam = drilldown.RegieTeam,
            regisseur = drilldown.Regisseur,
            doorlooptijd = drilldown.Doorlooptijd,
            aandeel = drilldown.Aandeel,
            teller = drilldown.Aandeel is null ? null : (bool?)drilldown.Teller,
            reeks = drilldown.Reeks,
            maand = drilldown.Maand?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        });
        foreach (var leeg in waarden.Where(w => w.Value is null).Select(w => w.Key).ToList())
        {
            waarden.Remove(leeg);
        }

        return Url.Page("/Dashboard/Dossiers", waarden)!;
    }
}
