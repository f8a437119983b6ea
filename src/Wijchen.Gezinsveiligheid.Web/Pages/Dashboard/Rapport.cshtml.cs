using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dashboard;

/// <summary>The inspection report for the chosen period and team: a page to print on A4, and the same figures as CSV.</summary>
public sealed class RapportModel(AppDbContext db, Handelingen handelingen, Regiecijfers cijfers, Toegangsregistratie registratie) : DashboardModel(db, handelingen)
{
    public Inspectierapport Rapport { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Rapport = await MaakAsync();
        registratie.Noteer(Toegangssoort.Afdrukken, "Inspectierapport");
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var rapport = await MaakAsync();
        registratie.Noteer(Toegangssoort.Exporteren, "Inspectierapport (CSV)");
        var naam = string.Create(CultureInfo.InvariantCulture, $"inspectierapport-gezinsveiligheid-{Filter.Van:yyyy-MM-dd}-tot-en-met-{Filter.Tot:yyyy-MM-dd}.csv");
        return File(rapport.AlsCsv(), "text/csv; charset=utf-8", naam);
    }

    private async Task<Inspectierapport> MaakAsync()
    {
        await BepaalFilterAsync();
        return await Inspectierapport.MaakAsync(cijfers, Filter, TeamNaam ?? "alle wijkteams", Vandaag);
    }
}
