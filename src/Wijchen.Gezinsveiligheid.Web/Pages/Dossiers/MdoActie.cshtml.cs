using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Ticks one open MDO action done.</summary>
public sealed class MdoActieModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen)
    : DossierActieModel(db, diensten, handelingen)
{
    [FromRoute]
    public Guid ActieId { get; set; }

    public override DossierActie Actie => DossierActie.MdoActieAfronden;

    public MdoActie MdoActie => Dossier.Mdos.SelectMany(m => m.Acties).Single(a => a.Id == ActieId);

    protected override bool Bestaat(Dossier dossier) => dossier.Mdos.SelectMany(m => m.Acties).Any(a => a.Id == ActieId);

    protected override Task<bool> ValideerAsync() => Task.FromResult(true);

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.RondMdoActieAf(ActieId, handeling);
        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() => Url.Dossier(Id, "kop-mdo");
}
