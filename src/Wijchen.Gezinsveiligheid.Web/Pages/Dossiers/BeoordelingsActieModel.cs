using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// An action whose form judges every household member on a date: the veiligheidsbeoordeling and each evaluation. The
/// rows start with one per member, and are checked against the household as it is when the form comes back.
/// </summary>
public abstract class BeoordelingsActieModel<TInput>(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<TInput> validator)
    : DossierActieModel(db, diensten, handelingen)
    where TInput : class, IOordelenInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    protected override Task VulStandaardAsync()
    {
        Input.Datum = Handelingen.Vandaag;
        Beoordelingsregels.VulStandaard(Input, Dossier, Handelingen.Vandaag);
        return Task.CompletedTask;
    }

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        if (Beoordelingsregels.Controleer(ModelState, nameof(Input), Input, Dossier, Input.Datum ?? Handelingen.Vandaag) is { } fout)
        {
            Fout = fout;
            return false;
        }

        return geldig && ModelState.IsValid;
    }
}
