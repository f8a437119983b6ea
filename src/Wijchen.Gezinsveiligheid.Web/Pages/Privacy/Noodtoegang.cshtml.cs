using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>
/// Every break-the-glass for review: who, which dossier (by kenmerk), when and why, and how many pages they opened with
/// it. The privacy officer marks each one reviewed with a note; open ones come first.
/// </summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class NoodtoegangModel(AppDbContext db, Toegangsregistratie registratie, TimeProvider klok, IValidator<NoodtoegangModel.InputModel> validator) : PageModel
{
    public const int Maximum = 200;

    public IReadOnlyList<Rij> Rijen { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync() => await LaadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var noodtoegang = await db.Noodtoegangen.SingleOrDefaultAsync(n => n.Id == Input.Id);
        if (noodtoegang is null)
        {
            return NotFound();
        }

        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            await LaadAsync();
            return Page();
        }

        await using var transactie = await db.Database.BeginTransactionAsync();
        noodtoegang.Beoordeel(User.Naam(), Input.Notitie.Trim(), klok.GetUtcNow());
        await db.SaveChangesAsync();
        registratie.Noteer(Toegangssoort.Wijzigen, "Noodtoegang beoordeeld", noodtoegang.DossierId);
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        return RedirectToPage();
    }

    private async Task LaadAsync()
    {
        registratie.Noteer(Toegangssoort.Lezen, "Noodtoegang beoordelen");
        var noodtoegangen = await db.Noodtoegangen.AsNoTracking()
            .OrderBy(n => n.BeoordeeldOp != null).ThenByDescending(n => n.Op).Take(Maximum).ToListAsync();
        var ids = noodtoegangen.Select(n => n.DossierId).Distinct().ToList();
        var gebruikers = noodtoegangen.Select(n => n.GebruikerId).Distinct().ToList();
        var paginas = await db.Toegangslog.AsNoTracking()
            .Where(r => r.Doel == Toegangsdoel.Noodtoegang && r.Uitkomst == Toegangsuitkomst.Toegestaan && r.DossierId != null
                && ids.Contains(r.DossierId.Value) && gebruikers.Contains(r.GebruikerId))
            .Select(r => new { r.DossierId, r.GebruikerId, r.Tijdstip }).ToListAsync();
        Rijen = [.. noodtoegangen.Select(n => new Rij(n, paginas.Count(p => p.DossierId == n.DossierId && p.GebruikerId == n.GebruikerId && p.Tijdstip >= n.Op && p.Tijdstip < n.GeldigTot)))];
    }

    /// <summary>One break-the-glass and the number of log rows it produced (the request itself included).</summary>
    public sealed record Rij(Noodtoegang Noodtoegang, int Paginas);

    public sealed class InputModel
    {
        public Guid Id { get; set; }

        public string Notitie { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Notitie).NotEmpty().WithMessage("Schrijf op wat u hebt vastgesteld.")
                .MaximumLength(2000).WithMessage("Houd de notitie korter dan 2000 tekens.");
        }
    }
}
