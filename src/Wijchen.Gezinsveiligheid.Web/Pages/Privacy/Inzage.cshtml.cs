using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>
/// "Wie heeft mijn dossier ingezien": for a person asking under the AVG, every access to a dossier they are a member
/// of — when, who, for which organisation, which part, on what ground. It names staff only: the melder, the household
/// and the dossier's content are not in it. The BSN is posted, never put in the URL.
/// </summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class InzageModel(AppDbContext db, Toegangsregistratie registratie, IValidator<InzageModel.InputModel> validator) : PageModel
{
    public const string Onderdeel = "Inzagerapport per persoon";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Null until a search was done.</summary>
    public IReadOnlyList<Dossierverslag>? Verslagen { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            return;
        }

        var bsn = Bsn.Parse(Input.Bsn);
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.Gezinsleden.Any(g => g.Bsn == bsn)).Select(d => d.Id).ToListAsync();
        if (dossiers.Count == 0)
        {
            registratie.Noteer(Toegangssoort.Zoeken, Onderdeel, uitkomst: Toegangsuitkomst.NietGevonden);
        }

        foreach (var dossier in dossiers)
        {
            registratie.Noteer(Toegangssoort.Lezen, Onderdeel, dossier);
        }

        var regels = await db.Toegangslog.AsNoTracking()
            .Where(r => r.DossierId != null && dossiers.Contains(r.DossierId.Value) && r.Uitkomst == Toegangsuitkomst.Toegestaan && r.Onderdeel != Onderdeel)
            .OrderBy(r => r.Volgnummer).ToListAsync();
        Verslagen = [.. dossiers.Select(id => new Dossierverslag(id, [.. regels.Where(r => r.DossierId == id)]))];
    }

    public sealed record Dossierverslag(Guid DossierId, IReadOnlyList<Toegangsregel> Regels);

    public sealed class InputModel
    {
        public string Bsn { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Bsn).NotEmpty().WithMessage("Vul het BSN van de persoon in.")
                .Must(Domain.Bsn.IsGeldig).When(i => !string.IsNullOrWhiteSpace(i.Bsn), ApplyConditionTo.CurrentValidator)
                .WithMessage("Dit BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.");
        }
    }
}
