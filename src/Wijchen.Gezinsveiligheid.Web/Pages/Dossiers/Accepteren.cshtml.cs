using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>The teamleider accepts after the held gesprek: regie moves to the named casusregisseur in this transaction.</summary>
public sealed class AccepterenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<AccepterenModel.InputModel> validator)
    : TeamActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.OverdrachtAccepteren;

    protected override Task VulStandaardAsync()
    {
        Input.Casusregisseur = Dossier.HuidigeOverdracht?.BeoogdCasusregisseurId ?? "";
        return Task.CompletedTask;
    }

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        return Teamlid(Input.Casusregisseur, $"{nameof(Input)}.{nameof(InputModel.Casusregisseur)}") is not null && geldig;
    }

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.AccepteerOverdracht(Team.Single(m => m.Id == Input.Casusregisseur), handeling);
        return Task.CompletedTask;
    }

    public sealed class InputModel
    {
        public string Casusregisseur { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() => RuleFor(i => i.Casusregisseur).NotEmpty().WithMessage("Kies de casusregisseur die de regie neemt.");
    }
}
