using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>The casusregisseur proposes closure with the checklist; a teamleider approves it (four eyes).</summary>
public sealed class AfsluitenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<AfsluitenModel.InputModel> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.AfsluitingVoorstellen;

    protected override Task<bool> ValideerAsync() => ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.StelAfsluitingVoor(new AfsluitChecklist(Input.VeiligheidStabielEnGeevalueerd, Input.VtMonitoringAfgerondOfGeinformeerd, Input.GezinEnPartnersGeinformeerd), Input.Toelichting, handeling);
        return Task.CompletedTask;
    }

    public sealed class InputModel
    {
        public bool VeiligheidStabielEnGeevalueerd { get; set; }

        public bool VtMonitoringAfgerondOfGeinformeerd { get; set; }

        public bool GezinEnPartnersGeinformeerd { get; set; }

        public string Toelichting { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.VeiligheidStabielEnGeevalueerd).Equal(true).WithMessage("Afsluiten kan pas als de veiligheid stabiel is en dat in een evaluatie is vastgesteld.");
            RuleFor(i => i.VtMonitoringAfgerondOfGeinformeerd).Equal(true).WithMessage("Rond de monitoring door Veilig Thuis af of informeer Veilig Thuis eerst.");
            RuleFor(i => i.GezinEnPartnersGeinformeerd).Equal(true).WithMessage("Informeer eerst het gezin en de netwerkpartners.");
            RuleFor(i => i.Toelichting).NotEmpty().WithMessage("Licht het voorstel toe: waarom is het gezin nu veilig genoeg?").MaximumLength(2000).WithMessage("Houd de toelichting korter dan 2000 tekens.");
        }
    }
}
