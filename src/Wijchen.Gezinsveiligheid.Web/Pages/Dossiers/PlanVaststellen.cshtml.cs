using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>The casusregisseur fixes the concept: the page shows the plan and what is still missing (domain invariant 4).</summary>
public sealed class PlanVaststellenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen)
    : DossierActieModel(db, diensten, handelingen)
{
    public override DossierActie Actie => DossierActie.VeiligheidsplanVaststellen;

    public Veiligheidsplan Concept => Dossier.HuidigPlan!;

    /// <summary>What the domain will refuse, shown before the user tries.</summary>
    public IReadOnlyList<string> Ontbrekend => Concept.Ontbrekend(Handelingen.Vandaag, Dossier.EvaluatieUiterlijk ?? Handelingen.Vandaag);

    protected override Task<bool> ValideerAsync() => Task.FromResult(true);

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.StelVeiligheidsplanVast(handeling);
        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() => Url.Veiligheidsplan(Id);
}
