using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>
/// The access log for the privacy officer, filtered by user, dossier, period, kind, purpose and outcome, newest first.
/// It shows who did what with which dossier, never the dossier's content. Reading the log is itself logged.
/// </summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class IndexModel(AppDbContext db, Toegangsregistratie registratie, IValidator<IndexModel.FilterModel> validator) : PageModel
{
    public const int Maximum = 200;

    /// <summary>
    /// A filtered count stops here: counting millions of rows on every view is what made the log slow, and "more than a
    /// thousand" tells the officer to narrow the filter as well as an exact figure would.
    /// </summary>
    public const int Telgrens = 1_000;

    [BindProperty(SupportsGet = true)]
    public FilterModel Filter { get; set; } = new();

    public IReadOnlyList<Toegangsregel> Regels { get; private set; } = [];

    public long Totaal { get; private set; }

    /// <summary>A filtered count reached <see cref="Telgrens"/>; <see cref="Totaal"/> is then the limit, not the count.</summary>
    public bool MeerDanTelgrens { get; private set; }

    public IReadOnlyList<SelectListItem> Gebruikers { get; private set; } = [];

    /// <summary>The officer's own deadlines: the open AVG requests, on the page they start on.</summary>
    public IReadOnlyList<Avgverzoek> OpenVerzoeken { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        OpenVerzoeken = await Avg.Avgverzoeken.OpenAsync(db);
        Gebruikers = [new("Iedereen", ""), .. (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync())
            .Select(u => new SelectListItem($"{u.DisplayName} ({u.Email})", u.Id))];
        if (!await ModelState.ValideerAsync(validator, Filter, nameof(Filter)))
        {
            return Page();
        }

        var dossierId = await DossierIdAsync();
        if (Filter.Kenmerk is { Length: > 0 } && dossierId is null)
        {
            ModelState.AddModelError("Filter.Kenmerk", "Er is geen dossier met dit kenmerk.");
            return Page();
        }

        registratie.Noteer(Toegangssoort.Zoeken, "Toegangslog", dossierId);
        // Written before reading: the log the officer sees includes this look at it.
        await registratie.SchrijfAsync();
        var regels = db.Toegangslog.AsNoTracking();
        var kop = await db.ToegangslogKop.AsNoTracking().SingleAsync(k => k.Id == ToegangslogKop.EnigeId);
        var ongefilterd = regels;
        if (Filter.Gebruiker is { Length: > 0 } gebruiker)
        {
            regels = regels.Where(r => r.GebruikerId == gebruiker);
        }

        if (dossierId is { } dossier)
        {
            regels = regels.Where(r => r.DossierId == dossier);
        }

        if (Filter.Van is { } van)
        {
            var vanaf = Dashboardfilter.Begin(van);
            regels = regels.Where(r => r.Tijdstip >= vanaf);
        }

        if (Filter.Tot is { } tot)
        {
            var totEnMet = Dashboardfilter.Begin(tot.AddDays(1));
            regels = regels.Where(r => r.Tijdstip < totEnMet);
        }

        // The rare values (a change, a refusal, a break-the-glass) are what an officer looks for, and each has a partial
        // index of only those rows. SQLite uses a partial index only when the query repeats its condition, so the
        // condition is stated next to the chosen value; for the common value the newest rows match at once anyway.
        if (Filter.Soort is { } soort)
        {
            regels = soort == Toegangssoort.Lezen ? regels.Where(r => r.Soort == soort) : regels.Where(r => r.Soort == soort && r.Soort != Toegangssoort.Lezen);
        }

        if (Filter.Doel is { } doel)
        {
            regels = doel == Toegangsdoel.Normaal ? regels.Where(r => r.Doel == doel) : regels.Where(r => r.Doel == doel && r.Doel != Toegangsdoel.Normaal);
        }

        if (Filter.Uitkomst is { } uitkomst)
        {
            regels = uitkomst == Toegangsuitkomst.Toegestaan
                ? regels.Where(r => r.Uitkomst == uitkomst)
                : regels.Where(r => r.Uitkomst == uitkomst && r.Uitkomst != Toegangsuitkomst.Toegestaan);
        }

        if (ReferenceEquals(regels, ongefilterd))
        {
            // The chain's head knows how many rows there are, and reading back from its number is a search on the
            // primary key, whatever the planner knows.
            Totaal = kop.Volgnummer;
            Regels = await regels.Where(r => r.Volgnummer <= kop.Volgnummer).OrderByDescending(r => r.Volgnummer).Take(Maximum).ToListAsync();
            return Page();
        }

        // Filtered, newest first by moment: every filter's index ends in the moment, so both the count (which stops after
        // the limit) and the list walk the chosen rows from the newest and stop, also for a period years back. Within
        // one group commit the moments can be a few milliseconds out of chain order; the number breaks ties.
        var nieuwsteEerst = regels.OrderByDescending(r => r.Tijdstip).ThenByDescending(r => r.Volgnummer);
        Totaal = await nieuwsteEerst.Take(Telgrens + 1).CountAsync();
        MeerDanTelgrens = Totaal > Telgrens;
        Regels = await nieuwsteEerst.Take(Maximum).ToListAsync();
        return Page();
    }

    public static IReadOnlyList<SelectListItem> Soorten { get; } = Keuzes<Toegangssoort>("Alle soorten", Naam);

    public static IReadOnlyList<SelectListItem> Doelen { get; } = Keuzes<Toegangsdoel>("Eigen werk en noodtoegang", Naam);

    public static IReadOnlyList<SelectListItem> Uitkomsten { get; } = Keuzes<Toegangsuitkomst>("Alle uitkomsten", Naam);

    public static string Naam(Toegangssoort soort) => soort.ToString().ToLowerInvariant();

    public static string Naam(Toegangsdoel doel) => doel == Toegangsdoel.Noodtoegang ? "noodtoegang" : "eigen werk";

    public static string Naam(Toegangsuitkomst uitkomst) => uitkomst switch
    {
        Toegangsuitkomst.Toegestaan => "toegestaan",
        Toegangsuitkomst.Geweigerd => "geweigerd (buiten het werk)",
        Toegangsuitkomst.NietGevonden => "geweigerd (bestaat niet)",
        Toegangsuitkomst.NietUitgevoerd => "niet uitgevoerd",
    };

    private static SelectListItem[] Keuzes<T>(string alle, Func<T, string> naam)
        where T : struct, Enum =>
        [new(alle, ""), .. Enum.GetValues<T>().Select(waarde => new SelectListItem(naam(waarde), waarde.ToString()))];

    private async Task<Guid?> DossierIdAsync() => Filter.Kenmerk is { Length: > 0 } kenmerk ? await db.Dossiers.MetKenmerkAsync(kenmerk) : null;

    public sealed class FilterModel
    {
        public string? Gebruiker { get; set; }

        public string? Kenmerk { get; set; }

        public DateOnly? Van { get; set; }

        public DateOnly? Tot { get; set; }

        public Toegangssoort? Soort { get; set; }

        public Toegangsdoel? Doel { get; set; }

        public Toegangsuitkomst? Uitkomst { get; set; }
    }

    public sealed class FilterValidator : AbstractValidator<FilterModel>
    {
        public FilterValidator()
        {
            RuleFor(f => f.Kenmerk).Matches("^\\s*[0-9A-Fa-f]{12}\\s*$").When(f => !string.IsNullOrEmpty(f.Kenmerk))
                .WithMessage("Een kenmerk bestaat uit 12 tekens: cijfers en de letters A tot en met F.");
            RuleFor(f => f.Tot).GreaterThanOrEqualTo(f => f.Van).When(f => f.Van is not null && f.Tot is not null)
                .WithMessage("De einddatum ligt voor de begindatum.");
        }
    }
}
