using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijchen.Gezinsveiligheid.Domain;

using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Every event of the dossier in time order, filtered by kind, and printable.</summary>
public sealed class ChronologieModel(Dossierinzage inzage) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;

    /// <summary>The kinds the user chose; none chosen means all.</summary>
    [BindProperty(SupportsGet = true, Name = "soort")]
    public List<ChronologieSoort> Soorten { get; set; } = [];

    public IReadOnlyList<ChronologieItem> Items { get; private set; } = [];

    public static string Naam(ChronologieSoort soort) => soort switch
    {
        ChronologieSoort.Melding => "Melding",
        ChronologieSoort.Gezin => "Gezin",
        ChronologieSoort.Veiligheidsbeoordeling => "Veiligheidsbeoordeling",
        ChronologieSoort.Overdracht => "Overdracht",
        ChronologieSoort.Regie => "Regie",
        ChronologieSoort.Plan => "Veiligheidsplan en netwerk",
        ChronologieSoort.Mdo => "MDO",
        ChronologieSoort.Evaluatie => "Evaluatie",
        ChronologieSoort.Voorwaarde => "Veiligheidsvoorwaarden",
        ChronologieSoort.Terugmelding => "Terugmelding",
        ChronologieSoort.Afsluiting => "Afsluiting",
        ChronologieSoort.Document => "Documenten",
    };

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await inzage.OpenAsync(User, id, "Chronologie") is not { Dossier: var dossier })
        {
            return NotFound();
        }

        Dossier = dossier;
        Items = [.. dossier.Chronologie.Where(c => Soorten.Count == 0 || Soorten.Contains(c.Soort))];
        return Page();
    }
}
