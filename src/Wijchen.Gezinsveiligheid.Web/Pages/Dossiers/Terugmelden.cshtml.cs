using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Terugmelding: new unsafety goes back to Veilig Thuis, and so does the regie.</summary>
public sealed class TerugmeldenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<TerugmeldenModel.InputModel> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.Terugmelden;

    /// <summary>A condition recorded as not met is the usual reason: the form starts with it.</summary>
    protected override Task VulStandaardAsync()
    {
        if (Dossier.NietNageleefdeVoorwaarden is [_, ..] voorwaarden)
        {
            Input.Reden = "Veiligheidsvoorwaarde niet nageleefd: " + string.Join("; ", voorwaarden.Select(v => v.Omschrijving));
            Input.Zorg = string.Join("\n", voorwaarden.Select(v => v.LaatsteControle!.Toelichting));
        }

        return Task.CompletedTask;
    }

    protected override Task<bool> ValideerAsync() => ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.Terugmelden(Input.Reden, Input.Zorg, handeling);
        return Task.CompletedTask;
    }

    public sealed class InputModel
    {
        public string Reden { get; set; } = "";

        public string Zorg { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Reden).NotEmpty().WithMessage("Geef de reden van de terugmelding.").MaximumLength(2000).WithMessage("Houd de reden korter dan 2000 tekens.");
            RuleFor(i => i.Zorg).NotEmpty().WithMessage("Beschrijf welke veiligheidszorg er is.").MaximumLength(2000).WithMessage("Houd de beschrijving korter dan 2000 tekens.");
        }
    }
}
