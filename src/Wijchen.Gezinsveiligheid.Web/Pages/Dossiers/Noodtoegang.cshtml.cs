using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// Break the glass: a wijkteam professional opens a dossier outside their work after writing down why. The reason and
/// every page they then open are logged as noodtoegang; the dossier's teamleider sees it in Mijn werk and the privacy
/// officer reviews it. The form looks the same whether or not the dossier exists.
/// </summary>
[Authorize(Roles = $"{Rollen.WijkteamMedewerker},{Rollen.Teamleider}")]
[ToontGeenDossiergegevens]
public sealed class NoodtoegangModel(AppDbContext db, Toegangsregistratie registratie, TimeProvider klok, IValidator<NoodtoegangModel.InputModel> validator) : PageModel
{
    public const string Onderdeel = "Noodtoegang gevraagd";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Kenmerk => Weergave.Kenmerk(Id);

    public async Task<IActionResult> OnGetAsync() => await HoortBijWerkAsync() ? Redirect(Url.Dossier(Id)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await HoortBijWerkAsync())
        {
            return Redirect(Url.Dossier(Id));
        }

        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            return Page();
        }

        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == Id).Select(d => new { d.Id, d.WijkteamId }).SingleOrDefaultAsync();
        if (dossier is null)
        {
            registratie.Noteer(Toegangssoort.Lezen, Onderdeel, Id, Toegangsuitkomst.NietGevonden, Toegangsdoel.Noodtoegang);
            return NotFound();
        }

        var nu = klok.GetUtcNow();
        await using var transactie = await db.Database.BeginTransactionAsync();
        db.Noodtoegangen.Add(new Noodtoegang
        {
            Id = Guid.CreateVersion7(nu),
            GebruikerId = User.Id(),
            GebruikerNaam = User.Naam(),
            DossierId = dossier.Id,
            TeamId = dossier.WijkteamId,
            Reden = Input.Reden.Trim(),
            Op = nu,
            GeldigTot = nu + Dossierinzage.NoodtoegangDuur,
        });
        await db.SaveChangesAsync();
        registratie.Noteer(Toegangssoort.Lezen, Onderdeel, dossier.Id, Toegangsuitkomst.Toegestaan, Toegangsdoel.Noodtoegang);
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        return Redirect(Url.Dossier(dossier.Id));
    }

    private Task<bool> HoortBijWerkAsync() => db.Dossiers.ZichtbaarVoor(User).AnyAsync(d => d.Id == Id);

    public sealed class InputModel
    {
        public string Reden { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public const int MinimaleLengte = 20;

        public InputValidator()
        {
            RuleFor(i => i.Reden).NotEmpty().WithMessage("Schrijf op waarom u dit dossier nu moet inzien.")
                .Must(r => r.Trim().Length >= MinimaleLengte).When(i => !string.IsNullOrWhiteSpace(i.Reden), ApplyConditionTo.CurrentValidator)
                .WithMessage($"Beschrijf de reden in minstens {MinimaleLengte} tekens: de privacyfunctionaris moet hem kunnen beoordelen.")
                .MaximumLength(2000).WithMessage("Houd de reden korter dan 2000 tekens.");
        }
    }
}
