using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Beheer;

/// <summary>The teams of Veilig Thuis and the wijkteams, with their number of accounts; a new team is added here.</summary>
[Authorize(Policy = Beleid.Beheer)]
public sealed class TeamsModel(AppDbContext db, Toegangsregistratie registratie, TimeProvider klok, IValidator<TeamsModel.InputModel> validator) : PageModel
{
    public static IReadOnlyList<SelectListItem> Organisaties { get; } =
        [new("Kies de organisatie", ""), new("Veilig Thuis", nameof(Organisatie.VeiligThuis)), new("Gemeente (wijkteam)", nameof(Organisatie.Gemeente))];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<(string Naam, Organisatie Organisatie, int Accounts)> Teams { get; private set; } = [];

    public async Task OnGetAsync() => await LaadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        if (geldig && await db.Teams.AnyAsync(t => t.Naam == Input.Naam.Trim()))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Naam)}", "Er is al een team met deze naam.");
            geldig = false;
        }

        if (!geldig)
        {
            await LaadAsync();
            return Page();
        }

        await using var transactie = await db.Database.BeginTransactionAsync();
        db.Teams.Add(new Team { Id = Guid.CreateVersion7(klok.GetUtcNow()), Naam = Input.Naam.Trim(), Organisatie = Input.Organisatie!.Value });
        await db.SaveChangesAsync();
        registratie.Noteer(Toegangssoort.Wijzigen, $"Beheer: team aangemaakt: {Input.Naam.Trim()}");
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        return RedirectToPage();
    }

    private async Task LaadAsync() =>
        Teams = [.. (await db.Teams.AsNoTracking().OrderBy(t => t.Organisatie).ThenBy(t => t.Naam)
                .Select(t => new { t.Naam, t.Organisatie, Accounts = db.Users.Count(u => u.TeamId == t.Id) }).ToListAsync())
            .Select(t => (t.Naam, t.Organisatie, t.Accounts))];

    public sealed class InputModel
    {
        public string Naam { get; set; } = "";

        public Organisatie? Organisatie { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Naam).NotEmpty().WithMessage("Vul de naam van het team in.").MaximumLength(150).WithMessage("Houd de naam korter dan 150 tekens.");
            RuleFor(i => i.Organisatie).NotNull().WithMessage("Kies de organisatie.").IsInEnum().WithMessage("Kies de organisatie.");
        }
    }
}
