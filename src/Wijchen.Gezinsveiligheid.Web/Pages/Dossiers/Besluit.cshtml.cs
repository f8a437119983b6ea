using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>The actions that need only a confirmation, or a confirmation with a reason.</summary>
public sealed class BesluitModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<BesluitModel.RedenInput> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [FromRoute]
    public DossierActie Soort { get; set; }

    [BindProperty]
    public RedenInput Input { get; set; } = new();

    public override DossierActie Actie => Soort;

    public bool VraagtReden => DossierActies.Van(Soort).VraagtReden;

    public string Uitleg => DossierActies.Van(Soort).Uitleg ?? "";

    protected override bool Bestaat(Dossier dossier) => DossierActies.Van(Soort).Pagina == DossierActies.BesluitPagina;

    protected override async Task<bool> ValideerAsync() =>
        !VraagtReden || await ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        switch (Soort)
        {
            case DossierActie.VoorwaardenEnVervolgStarten:
                Dossier.StartVoorwaardenEnVervolg(handeling);
                break;
            case DossierActie.OnderzoekStarten:
                Dossier.StartOnderzoek(handeling);
                break;
            case DossierActie.OverdrachtIntrekken:
                Dossier.TrekOverdrachtIn(Input.Reden, handeling);
                break;
            case DossierActie.OverdrachtAfwijzen:
                Dossier.WijsOverdrachtAf(Input.Reden, handeling);
                break;
            case DossierActie.BemoeienisBeeindigen:
                Dossier.BeeindigBemoeienis(Input.Reden, handeling);
                break;
            case DossierActie.AfsluitingGoedkeuren:
                Dossier.KeurAfsluitingGoed(handeling);
                break;
            case DossierActie.AfsluitingTerugsturen:
                Dossier.StuurAfsluitingTerug(Input.Reden, handeling);
                break;
            default:
                throw new InvalidOperationException($"{Soort} hoort niet op deze pagina.");
        }

        return Task.CompletedTask;
    }

    public sealed class RedenInput
    {
        public string Reden { get; set; } = "";
    }

    public sealed class RedenValidator : AbstractValidator<RedenInput>
    {
        public RedenValidator()
        {
            RuleFor(i => i.Reden).NotEmpty().WithMessage("Geef een reden op.")
                .MaximumLength(2000).WithMessage("Houd de reden korter dan 2000 tekens.");
        }
    }
}
