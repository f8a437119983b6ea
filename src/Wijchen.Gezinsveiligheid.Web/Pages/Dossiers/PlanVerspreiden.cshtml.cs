using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Records to whom the plan in force was sent and when; the dossier keeps saying who does not have it yet.</summary>
public sealed class PlanVerspreidenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<PlanVerspreidenModel.InputModel> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.VeiligheidsplanVerspreiden;

    public IReadOnlyList<SelectListItem> NogTeDelen =>
        [.. (Dossier.GeldendPlan?.NietGedeeld ?? []).Select(v => new SelectListItem(v.Partij, v.NetwerkpartnerId.ToString()))];

    protected override Task VulStandaardAsync()
    {
        Input.VerzondenOp = Handelingen.Vandaag;
        return Task.CompletedTask;
    }

    protected override Task<bool> ValideerAsync() => ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.VerspreidVeiligheidsplan(Input.Partijen, Input.VerzondenOp!.Value, handeling);
        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() => Url.Veiligheidsplan(Id);

    public sealed class InputModel
    {
        public List<Guid> Partijen { get; set; } = [];

        public DateOnly? VerzondenOp { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok, Termijnberekening termijnen)
        {
            RuleFor(i => i.Partijen).NotEmpty().WithMessage("Kies met wie het plan gedeeld is.");
            RuleFor(i => i.VerzondenOp).NotNull().WithMessage("Vul de datum van verzenden in.")
                .Must(d => d is null || d <= termijnen.Datum(klok.GetUtcNow())).WithMessage("De datum van verzenden kan niet in de toekomst liggen.");
        }
    }
}
