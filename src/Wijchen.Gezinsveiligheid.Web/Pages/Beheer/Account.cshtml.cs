using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Beheer;

/// <summary>
/// One account: change role and team, disable or enable, reset the second factor, or make a new activation link. A
/// beheerder cannot disable or demote their own account, so there is always someone left to manage the others.
/// </summary>
[Authorize(Policy = Beleid.Beheer)]
public sealed class AccountModel(AppDbContext db, UserManager<ApplicationUser> users, Gebruikersbeheer beheer, TimeProvider klok, IValidator<RolEnTeamInput> validator)
    : PageModel
{
    [FromRoute]
    public string Id { get; set; } = "";

    [BindProperty]
    public RolEnTeamInput Input { get; set; } = new();

    public ApplicationUser Account { get; private set; } = null!;

    public string Staat { get; private set; } = "";

    public bool IsUitgeschakeld { get; private set; }

    public bool IsGeblokkeerd { get; private set; }

    public bool IsEigenAccount { get; private set; }

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    [TempData]
    public string? Bevestiging { get; set; }

    public string? Activeringslink { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LaadAsync())
        {
            return NotFound();
        }

        Input.Rol = (await users.GetRolesAsync(Account)).FirstOrDefault() ?? "";
        Input.TeamId = Account.TeamId;
        return Page();
    }

    public async Task<IActionResult> OnPostRolEnTeamAsync()
    {
        if (!await LaadAsync())
        {
            return NotFound();
        }

        if (IsEigenAccount)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Rol)}", "U kunt uw eigen rol niet wijzigen; vraag een andere beheerder.");
        }

        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)) | !await Input.PastBijTeamAsync(db, ModelState, nameof(Input)))
        {
            return Page();
        }

        await beheer.WijzigRolEnTeamAsync(Account, Input.Rol, Input.TeamId);
        return Klaar($"Rol en team van {Account.DisplayName} zijn gewijzigd. Dit geldt vanaf het volgende verzoek; een open sessie moet opnieuw inloggen.");
    }

    public async Task<IActionResult> OnPostUitschakelenAsync()
    {
        if (!await LaadAsync())
        {
            return NotFound();
        }

        if (IsEigenAccount)
        {
            return Klaar("U kunt uw eigen account niet uitschakelen.");
        }

        await beheer.SchakelUitAsync(Account);
        return Klaar($"Het account van {Account.DisplayName} is uitgeschakeld. Een open sessie werkt bij het volgende verzoek niet meer.");
    }

    public async Task<IActionResult> OnPostInschakelenAsync()
    {
        if (!await LaadAsync())
        {
            return NotFound();
        }

        var wasGeblokkeerd = Aanmeldremming.IsGeblokkeerd(Account.LockoutEnd);
        await beheer.SchakelInAsync(Account);
        return Klaar(wasGeblokkeerd ? $"De blokkade van {Account.DisplayName} is opgeheven." : $"Het account van {Account.DisplayName} is weer ingeschakeld.");
    }

    public async Task<IActionResult> OnPostTweestapsAsync()
    {
        if (!await LaadAsync())
        {
            return NotFound();
        }

        await beheer.ResetTweestapsAsync(Account);
        return Klaar($"De authenticator-app van {Account.DisplayName} is ontkoppeld. Bij de volgende aanmelding koppelt hij of zij een nieuwe.");
    }

    public async Task<IActionResult> OnPostActiveringslinkAsync()
    {
        if (!await LaadAsync())
        {
            return NotFound();
        }

        Activeringslink = Activering.Link(Request, Account.Id, await beheer.ActiveringscodeAsync(Account));
        return Page();
    }

    private RedirectToPageResult Klaar(string bevestiging)
    {
        Bevestiging = bevestiging;
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LaadAsync()
    {
        Teams = await RolEnTeamInput.TeamKeuzesAsync(db);
        if (await users.FindByIdAsync(Id) is not { } account)
        {
            return false;
        }

        Account = account;
        Staat = Gebruikersbeheer.Staat(account.LockoutEnd, account.PasswordHash, klok.GetUtcNow());
        IsUitgeschakeld = Aanmeldremming.IsUitgeschakeld(account.LockoutEnd);
        IsGeblokkeerd = Aanmeldremming.IsGeblokkeerd(account.LockoutEnd);
        IsEigenAccount = account.Id == users.GetUserId(User);
        return true;
    }
}
