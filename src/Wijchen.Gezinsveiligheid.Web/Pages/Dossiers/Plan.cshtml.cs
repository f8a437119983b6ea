using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>One version of the veiligheidsplan, its distribution, and optionally a comparison with another version.</summary>
public sealed class PlanModel(Dossierinzage inzage) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;

    public Veiligheidsplan Plan { get; private set; } = null!;

    /// <summary>The version compared with, when the user asked for a comparison.</summary>
    public Veiligheidsplan? Vergelijking { get; private set; }

    public IReadOnlyList<DossierActie> Acties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? versie, int? vergelijk)
    {
        if (await inzage.OpenAsync(User, id, "Veiligheidsplan") is not { Dossier: var dossier }
            || (versie is null ? dossier.HuidigPlan : dossier.Veiligheidsplannen.FirstOrDefault(p => p.Versie == versie)) is not { } plan)
        {
            return NotFound();
        }

        Dossier = dossier;
        Plan = plan;
        Vergelijking = dossier.Veiligheidsplannen.FirstOrDefault(p => p.Versie == vergelijk && p != plan);
        Acties = DossierRechten.VoorGebruiker(User, dossier);
        return Page();
    }

    /// <summary>Section by section, the text of both versions and whether it changed.</summary>
    public IEnumerable<(string Kop, IReadOnlyList<string> Oud, IReadOnlyList<string> Nieuw, bool Gewijzigd)> Verschillen()
    {
        var (oud, nieuw) = Vergelijking!.Versie < Plan.Versie ? (Vergelijking, Plan) : (Plan, Vergelijking);
        return PlanOnderdelen.Van(oud, metInterneNotitie: true).Zip(PlanOnderdelen.Van(nieuw, metInterneNotitie: true))
            .Select(p => (p.First.Kop, p.First.Regels, p.Second.Regels, !p.First.Regels.SequenceEqual(p.Second.Regels)));
    }
}
