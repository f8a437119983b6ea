using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dashboard;

/// <summary>
/// The dossiers behind one dashboard figure, a page at a time. A teamleider sees the household's name and can open
/// their team's dossiers; a manager sees the kenmerk, phase, team, regiehouder and deadline, never the content.
/// </summary>
public sealed class DossiersModel(AppDbContext db, Handelingen handelingen, Regiecijfers cijfers, Toegangsregistratie registratie) : DashboardModel(db, handelingen)
{
    [BindProperty(SupportsGet = true, Name = "signaal")]
    public Signaal? Signaal { get; set; }

    [BindProperty(SupportsGet = true, Name = "fase")]
    public DossierFase? Fase { get; set; }

    [BindProperty(SupportsGet = true, Name = "regie")]
    public Organisatie? Regie { get; set; }

    [BindProperty(SupportsGet = true, Name = "regieteam")]
    public Guid? RegieTeam { get; set; }

    [BindProperty(SupportsGet = true, Name = "regisseur")]
    public string? Regisseur { get; set; }

    [BindProperty(SupportsGet = true, Name = "doorlooptijd")]
    public Doorlooptijd? Doorlooptijd { get; set; }

    [BindProperty(SupportsGet = true, Name = "aandeel")]
    public Aandeel? Aandeel { get; set; }

    [BindProperty(SupportsGet = true, Name = "teller")]
    public bool Teller { get; set; }

    [BindProperty(SupportsGet = true, Name = "reeks")]
    public Reeks? Reeks { get; set; }

    [BindProperty(SupportsGet = true, Name = "maand")]
    public string? Maand { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public Drilldown Selectie { get; private set; } = new();

    public string Titel { get; private set; } = "";

    public string? Uitleg { get; private set; }

    public Regiecijfers.Lijst Lijst { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        await BepaalFilterAsync();
        DateOnly? maand = DateOnly.TryParseExact(Maand, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null;
        Selectie = new Drilldown
        {
            Signaal = Signaal, Fase = Fase, Regie = Regie, RegieTeam = RegieTeam, Regisseur = Regisseur, Doorlooptijd = Doorlooptijd,
            Aandeel = Aandeel, Teller = Teller, Reeks = Reeks, Maand = maand,
        };
        (Titel, Uitleg) = await BeschrijfAsync(maand);
        if (Titel.Length == 0)
        {
            return NotFound();
        }

        registratie.Noteer(Toegangssoort.Lezen, "Regiedashboard: dossiers achter een cijfer");
        Lijst = await cijfers.LijstAsync(Filter, Selectie, Vandaag, User, Pagina);
        return Page();
    }

    public string PaginaLink(int pagina) => Url.Page("/Dashboard/Dossiers", new Microsoft.AspNetCore.Routing.RouteValueDictionary(Request.Query.ToDictionary(q => q.Key, q => (object?)q.Value.ToString())) { ["pagina"] = pagina })!;

    /// <summary>The figure's name and definition, as on the dashboard; empty when the link names no figure.</summary>
    private async Task<(string, string?)> BeschrijfAsync(DateOnly? maand)
    {
        if (Signaal is { } signaal)
        {
            var definitie = Signalen.Van(signaal);
            return (definitie.Titel, definitie.Uitleg);
        }

        if (Fase is { } fase)
        {
            return ($"Open dossiers in fase {fase.Naam()}", null);
        }

        if (Regie is { } regie)
        {
            return regie == Domain.Organisatie.VeiligThuis
                ? ("Open dossiers met regie bij Veilig Thuis", null)
                : ($"Open dossiers met regie bij {Teams.FirstOrDefault(t => t.Id == RegieTeam).Naam ?? "een wijkteam"}", null);
        }

        if (Regisseur is { } regisseur)
        {
            var naam = await Db.Users.FindAsync(regisseur) is { } gebruiker ? gebruiker.DisplayName : "onbekende medewerker";
            return ($"Caseload van {naam}", "Dossiers in casusregie met deze medewerker als casusregisseur.");
        }

        if (Doorlooptijd is { } stap)
        {
            return ($"Doorlooptijd {stap.Naam()}", stap.Uitleg() + " Langste eerst.");
        }

        if (Aandeel is { } aandeel)
        {
            return (Teller ? aandeel.Naam() : $"Acceptaties waarover '{aandeel.Naam().ToLowerInvariant()}' gaat", aandeel.Uitleg());
        }

        if (Reeks is { } reeks && maand is { } gekozen)
        {
            return ($"{reeks.Naam()} in {DashboardTeksten.Maandnaam(gekozen)}", reeks.Uitleg());
        }

        return ("", null);
    }
}
