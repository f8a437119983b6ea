using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// Break the glass: a wijkteam professional opens a dossier outside their work after choosing a ground and writing down
/// why (<see cref="Noodtoegangen"/>). The reason and every page they then open are logged as noodtoegang; the dossier's
/// teamleider sees it in Mijn werk and the privacy officer reviews it. Beyond the daily limit the request waits for a
/// teamleider of the requester's own team. The form looks the same whether or not the dossier exists.
/// </summary>
[Authorize(Roles = $"{Rollen.WijkteamMedewerker},{Rollen.Teamleider}")]
[ToontGeenDossiergegevens]
public sealed class NoodtoegangModel(
    AppDbContext db,
    Noodtoegangen noodtoegangen,
    Toegangsregistratie registratie,
    IOptions<NoodtoegangInstellingen> instellingen,
    IValidator<NoodtoegangModel.InputModel> validator) : PageModel
{
    public static IReadOnlyList<SelectListItem> Gronden { get; } =
        [new("Kies de grond", ""), .. Enum.GetValues<Noodtoegangsgrond>().Select(g => new SelectListItem(Noodtoegangen.Omschrijving(g), g.ToString()))];

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Kenmerk => Weergave.Kenmerk(Id);

    public int PerDag => instellingen.Value.PerDag;

    /// <summary>The user's own request for this dossier that waits for their teamleider: then there is nothing to fill in.</summary>
    public Noodtoegang? Wachtend { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await HoortBijWerkAsync())
        {
            return Redirect(Url.Dossier(Id));
        }

        Wachtend = await noodtoegangen.WachtendeAanvraagAsync(User, Id);
        return Page();
    }

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
            registratie.Noteer(Toegangssoort.Lezen, Noodtoegangen.Gevraagd, Id, Toegangsuitkomst.NietGevonden, Toegangsdoel.Noodtoegang);
            return NotFound();
        }

        // A request that waits (this one, or one sent before) is shown by the page itself: reloading it asks nothing twice.
        if (await noodtoegangen.WachtendeAanvraagAsync(User, Id) is not null
            || (await noodtoegangen.VraagAsync(User, dossier.Id, dossier.WijkteamId, Input.Grond!.Value, Input.Reden)).WachtOpGoedkeuring)
        {
            return RedirectToPage();
        }

        return Redirect(Url.Dossier(dossier.Id));
    }

    /// <summary>The dossier is open to this user already: their own work, or a break-the-glass that is still valid (perhaps just approved).</summary>
    private async Task<bool> HoortBijWerkAsync() => await db.Dossiers.ZichtbaarVoor(User).AnyAsync(d => d.Id == Id) || await noodtoegangen.IsOpenVoorAsync(User, Id);

    public sealed class InputModel
    {
        public Noodtoegangsgrond? Grond { get; set; }

        public string Reden { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public const int MinimaleLengte = 20;

        public const int MinimaleWoorden = 4;

        public InputValidator()
        {
            RuleFor(i => i.Grond).NotNull().WithMessage("Kies waarom u noodtoegang nodig hebt.")
                .IsInEnum().WithMessage("Kies een van de gronden in de lijst.");
            RuleFor(i => i.Reden).NotEmpty().WithMessage("Schrijf op waarom u dit dossier nu moet inzien.")
                .Must(r => r.Trim().Length >= MinimaleLengte).When(i => !string.IsNullOrWhiteSpace(i.Reden), ApplyConditionTo.CurrentValidator)
                .WithMessage($"Beschrijf de reden in minstens {MinimaleLengte} tekens: de privacyfunctionaris moet hem kunnen beoordelen.")
                .Must(r => VerschillendeWoorden(r) >= MinimaleWoorden).When(i => i.Reden.Trim().Length >= MinimaleLengte, ApplyConditionTo.CurrentValidator)
                .WithMessage($"Beschrijf de situatie in gewone woorden (minstens {MinimaleWoorden} verschillende): wie, wat en waarom nu.")
                .MaximumLength(2000).WithMessage("Houd de reden korter dan 2000 tekens.");
        }

        /// <summary>Words of two letters or more, counted once: "xxxx xxxx xxxx" or a row of one word is not a reason.</summary>
        private static int VerschillendeWoorden(string tekst) =>
            System.Text.RegularExpressions.Regex.Matches(tekst, @"\p{L}{2,}").Select(w => w.Value.ToLowerInvariant()).Distinct().Count();
    }
}
