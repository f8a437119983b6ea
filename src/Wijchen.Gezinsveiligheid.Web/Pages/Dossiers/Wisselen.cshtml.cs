using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>The teamleider hands casusregie to another member of the team; the regiehistorie records it.</summary>
public sealed class WisselenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<WisselenModel.InputModel> validator)
    : TeamActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override IReadOnlyList<SelectListItem> Kandidaten => Team.Where(m => m.Id != Dossier.RegiehouderId).AlsKeuzes();

    public override DossierActie Actie => DossierActie.CasusregisseurWisselen;

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        return Teamlid(Input.NieuweCasusregisseur, $"{nameof(Input)}.{nameof(InputModel.NieuweCasusregisseur)}") is not null && geldig;
    }

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.WisselCasusregisseur(Team.Single(m => m.Id == Input.NieuweCasusregisseur), Input.Reden, handeling);
        return Task.CompletedTask;
    }

    public sealed class InputModel
    {
        public string NieuweCasusregisseur { get; set; } = "";

        public string Reden { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.NieuweCasusregisseur).NotEmpty().WithMessage("Kies de nieuwe casusregisseur.");
            RuleFor(i => i.Reden).NotEmpty().WithMessage("Geef de reden van de wissel.").MaximumLength(2000).WithMessage("Houd de reden korter dan 2000 tekens.");
        }
    }
}
