using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dashboard;

/// <summary>The regie dashboard: regie now, what is over its deadline, lead times and shares for the period, and twelve months of trends.</summary>
public sealed class IndexModel(AppDbContext db, Handelingen handelingen, Regiecijfers cijfers) : DashboardModel(db, handelingen)
{
    public Regiecijfers.RegieNu Regie { get; private set; } = null!;

    public IReadOnlyList<Regiecijfers.SignaalTelling> Signalen { get; private set; } = [];

    public IReadOnlyList<Regiecijfers.DoorlooptijdUitkomst> Doorlooptijden { get; private set; } = [];

    public IReadOnlyList<Regiecijfers.AandeelUitkomst> Aandelen { get; private set; } = [];

    public IReadOnlyList<Regiecijfers.Trend> Trends { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await BepaalFilterAsync();
        (Regie, Signalen) = await cijfers.NuAsync(Filter, Vandaag);
        Doorlooptijden = await cijfers.DoorlooptijdenAsync(Filter);
        Aandelen = await cijfers.AandelenAsync(Filter, Vandaag);
        Trends = await cijfers.TrendsAsync(Filter);
    }

    public Regiecijfers.SignaalTelling Tegel(Signaal signaal) => Signalen.Single(s => s.Definitie.Signaal == signaal);
}
