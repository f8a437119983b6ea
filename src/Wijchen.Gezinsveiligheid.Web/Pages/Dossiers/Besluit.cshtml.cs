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

    public bool VraagtReden => Soort is DossierActie.OverdrachtIntrekken or DossierActie.OverdrachtAfwijzen
        or DossierActie.BemoeienisBeeindigen or DossierActie.AfsluitingTerugsturen;

    public string Uitleg => Soort switch
    {
        DossierActie.VoorwaardenEnVervolgStarten => "Veilig Thuis houdt de regie en spreekt veiligheidsvoorwaarden af met het gezin. De fase duurt volgens afspraak hoogstens tien weken.",
        DossierActie.OnderzoekStarten => "Veilig Thuis start een onderzoek en houdt de regie.",
        DossierActie.OverdrachtIntrekken => "Het aanbod aan het wijkteam vervalt; de regie blijft bij Veilig Thuis, dat een nieuw vervolg kiest.",
        DossierActie.OverdrachtAfwijzen => "Het wijkteam neemt het dossier niet over. De regie blijft bij Veilig Thuis, dat de reden ziet en binnen de termijn een ander vervolg kiest.",
        DossierActie.BemoeienisBeeindigen => "Veilig Thuis beëindigt zijn bemoeienis en sluit het dossier. Er is daarna geen regiehouder meer.",
        DossierActie.AfsluitingGoedkeuren => "U keurt het voorstel tot afsluiten goed (vier ogen). Het dossier wordt gesloten en Veilig Thuis wordt geïnformeerd.",
        DossierActie.AfsluitingTerugsturen => "Het voorstel tot afsluiten gaat terug naar de casusregisseur; het dossier blijft open.",
        _ => "",
    };

    protected override bool Bestaat(Dossier dossier) => Soort is DossierActie.VoorwaardenEnVervolgStarten or DossierActie.OnderzoekStarten or DossierActie.OverdrachtIntrekken
        or DossierActie.OverdrachtAfwijzen or DossierActie.BemoeienisBeeindigen or DossierActie.AfsluitingGoedkeuren or DossierActie.AfsluitingTerugsturen;

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
