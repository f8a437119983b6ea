using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Overdrachten;

/// <summary>The teamleider accepts after the held gesprek: regie moves to the named casusregisseur in this transaction.</summary>
public sealed class AccepterenModel(AppDbContext db, IAuthorizationService authorization, Handelingen handelingen, IValidator<AccepterenModel.InputModel> validator)
    : DossierActieModel(db, authorization, handelingen)
{
    private IReadOnlyList<Medewerker> _team = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Kandidaten => _team.AlsKeuzes();

    public override DossierActie Actie => DossierActie.OverdrachtAccepteren;

    protected override Task VulStandaardAsync()
    {
        Input.Casusregisseur = Dossier.HuidigeOverdracht?.BeoogdCasusregisseurId ?? "";
        return Task.CompletedTask;
    }

    protected override async Task VoorbereidenAsync() => _team = Dossier.WijkteamId is { } team ? await Db.MedewerkersVanTeamAsync(team) : [];

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        if (Input.Casusregisseur.Length > 0 && _team.All(m => m.Id != Input.Casusregisseur))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Casusregisseur)}", "Kies iemand uit het wijkteam.");
            return false;
        }

        return geldig;
    }

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.AccepteerOverdracht(_team.Single(m => m.Id == Input.Casusregisseur), handeling);
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
