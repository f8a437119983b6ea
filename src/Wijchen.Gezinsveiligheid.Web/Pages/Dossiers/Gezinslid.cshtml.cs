using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Pages.Meldingen;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Adds or changes a household member of an existing dossier; removing is possible only before the VB.</summary>
public sealed class GezinslidModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, GezinslidValidator validator)
    : DossierActieModel(db, diensten, handelingen)
{
    private bool _verwijderen;

    [FromRoute]
    public Guid? LidId { get; set; }

    [BindProperty]
    public GezinslidInput Input { get; set; } = new() { WoontInHuis = true };

    public override DossierActie Actie => _verwijderen ? DossierActie.GezinslidVerwijderen
        : LidId is null ? DossierActie.GezinslidToevoegen : DossierActie.GezinslidWijzigen;

    public bool KanVerwijderen => LidId is not null && Dossier.MogelijkeActies.Contains(DossierActie.GezinslidVerwijderen);

    protected override bool Bestaat(Dossier dossier) => LidId is null || dossier.Gezinsleden.Any(g => g.Id == LidId);

    public Task<IActionResult> OnPostVerwijderenAsync()
    {
        _verwijderen = true;
        return VoerActieUitAsync();
    }

    protected override Task VulStandaardAsync()
    {
        if (Dossier.Gezinsleden.FirstOrDefault(g => g.Id == LidId) is { } lid)
        {
            Input = GezinslidInput.Van(lid);
        }

        return Task.CompletedTask;
    }

    protected override async Task<bool> ValideerAsync() => _verwijderen || await ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        if (_verwijderen)
        {
            Dossier.VerwijderGezinslid(LidId!.Value, handeling);
        }
        else if (LidId is { } id)
        {
            Dossier.WijzigGezinslid(id, Input.AlsGegevens(), handeling);
        }
        else
        {
            Dossier.VoegGezinslidToe(Input.AlsGegevens(), handeling);
        }

        return Task.CompletedTask;
    }
}
