using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Beheer;

/// <summary>A new account: name, e-mail, role and team. The result is a one-time activation link to give to the person.</summary>
[Authorize(Policy = Beleid.Beheer)]
public sealed class NieuwModel(AppDbContext db, Gebruikersbeheer beheer, IValidator<NieuwAccountInput> validator) : PageModel
{
    [BindProperty]
    public NieuwAccountInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    /// <summary>Shown once after creating: the link with which the person chooses a password.</summary>
    public string? Activeringslink { get; private set; }

    public async Task OnGetAsync() => Teams = await RolEnTeamInput.TeamKeuzesAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Teams = await RolEnTeamInput.TeamKeuzesAsync(db);
        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)) | !await Input.PastBijTeamAsync(db, ModelState, nameof(Input)))
        {
            return Page();
        }

        var (account, resultaat) = await beheer.MaakAsync(Input.Naam.Trim(), Input.Email.Trim(), Input.Rol, Input.TeamId);
        if (account is null)
        {
            foreach (var fout in resultaat.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", fout.Description);
            }

            return Page();
        }

        Activeringslink = Activering.Link(Request, account.Id, await beheer.ActiveringscodeAsync(account));
        return Page();
    }
}
