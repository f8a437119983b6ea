using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dashboard;

/// <summary>
/// Caseload continuity: when a casusregisseur leaves or is away, the teamleider hands several of their dossiers to others
/// in the team at once, with a handover note per dossier. Each is an ordinary change of casusregisseur (regiehistorie,
/// chronology, the new regisseur's Mijn werk); all are saved together or none.
/// </summary>
[Authorize(Roles = Rollen.Teamleider)]
public sealed class HerverdelenModel(AppDbContext db, Handelingen handelingen, IValidator<HerverdelenModel.InputModel> validator, Toegangsregistratie registratie, Toegangslog log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "van")]
    public string? Van { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Bevestiging { get; set; }

    public string? Fout { get; private set; }

    public IReadOnlyList<Medewerker> Team { get; private set; } = [];

    public IReadOnlyList<(string Id, string Naam, int Aantal)> Regisseurs { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Naam, DateOnly? Deadline)> Dossiers { get; private set; } = [];

    public Medewerker? Vertrekkend => Team.FirstOrDefault(m => m.Id == Van);

    public IReadOnlyList<SelectListItem> Kandidaten => Team.Where(m => m.Id != Van).AlsKeuzes();

    public async Task OnGetAsync()
    {
        await LaadAsync();
        Input.Regels = [.. Dossiers.Select(d => new RegelInput { DossierId = d.Id })];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LaadAsync();
        if (Vertrekkend is null)
        {
            return NotFound();
        }

        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        var gekozen = Input.Regels.Select((regel, index) => (Regel: regel, Index: index)).Where(r => r.Regel.Meenemen).ToList();
        foreach (var (regel, index) in gekozen.Where(r => r.Regel.NieuweCasusregisseur.Length > 0 && Kandidaten.All(k => k.Value != r.Regel.NieuweCasusregisseur)))
        {
            ModelState.AddModelError($"Input.Regels[{index}].NieuweCasusregisseur", "Kies iemand anders uit het wijkteam.");
            geldig = false;
        }

        if (!geldig)
        {
            return Page();
        }

        var ids = gekozen.Select(r => r.Regel.DossierId).ToList();
        var dossiers = await db.Dossiers.ZichtbaarVoor(User).MetAggregaat().Where(d => ids.Contains(d.Id)).ToListAsync();
        var handeling = handelingen.Voor(User);
        foreach (var (regel, index) in gekozen)
        {
            var dossier = dossiers.FirstOrDefault(d => d.Id == regel.DossierId);
            if (dossier is null || dossier.RegiehouderId != Van || !DossierRechten.Mag(User, dossier, DossierActie.CasusregisseurWisselen))
            {
                ModelState.AddModelError($"Input.Regels[{index}].Meenemen", "Dit dossier ligt niet (meer) bij deze casusregisseur.");
                continue;
            }

            try
            {
                dossier.WisselCasusregisseur(Team.Single(m => m.Id == regel.NieuweCasusregisseur), regel.Notitie, handeling);
            }
            catch (DomainException fout)
            {
                ModelState.AddModelError($"Input.Regels[{index}].NieuweCasusregisseur", fout.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync();
            await db.SaveChangesAsync();
            foreach (var dossier in dossiers)
            {
                await log.SchrijfAsync(Toegangssoort.Wijzigen, "Dossiers herverdelen", dossier.Id);
            }

            await transactie.CommitAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            Fout = "Iemand anders heeft intussen een van deze dossiers gewijzigd. Er is niets overgedragen; bekijk de lijst en probeer het opnieuw.";
            db.ChangeTracker.Clear();
            await LaadAsync();
            return Page();
        }

        Bevestiging = gekozen.Count == 1 ? "1 dossier overgedragen." : $"{gekozen.Count} dossiers overgedragen.";
        return RedirectToPage(new { van = Van });
    }

    private async Task LaadAsync()
    {
        registratie.Noteer(Toegangssoort.Lezen, "Dossiers herverdelen");
        var team = User.TeamId() ?? throw new InvalidOperationException("Een teamleider hoort bij een team.");
        Team = await db.MedewerkersVanTeamAsync(team);
        var caseload = await db.Dossiers.AsNoTracking().ZichtbaarVoor(User).Where(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId != null)
            .GroupBy(d => d.RegiehouderId!).Select(g => new { Id = g.Key, Aantal = g.Count() }).ToListAsync();
        Regisseurs = [.. Team.Select(m => (m.Id, m.Naam, caseload.FirstOrDefault(c => c.Id == m.Id)?.Aantal ?? 0))];
        Dossiers = Vertrekkend is null
            ? []
            : [.. (await db.Dossiers.AsNoTracking().ZichtbaarVoor(User).Where(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == Van)
                    .OrderBy(d => d.Deadline).ThenBy(d => d.Naam).Select(d => new { d.Id, d.Naam, d.Deadline }).ToListAsync())
                .Select(d => (d.Id, d.Naam, d.Deadline))];
    }

    public sealed class InputModel
    {
        public List<RegelInput> Regels { get; set; } = [];
    }

    public sealed class RegelInput
    {
        public Guid DossierId { get; set; }

        public bool Meenemen { get; set; }

        public string NieuweCasusregisseur { get; set; } = "";

        public string Notitie { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Regels).Must(regels => regels.Any(r => r.Meenemen)).WithMessage("Kies minstens één dossier om over te dragen.");
            RuleForEach(i => i.Regels).ChildRules(regel =>
            {
                regel.RuleFor(r => r.NieuweCasusregisseur).NotEmpty().When(r => r.Meenemen).WithMessage("Kies de nieuwe casusregisseur.");
                regel.RuleFor(r => r.Notitie).NotEmpty().When(r => r.Meenemen).WithMessage("Schrijf een overdrachtsnotitie voor de nieuwe casusregisseur.")
                    .MaximumLength(2000).WithMessage("Houd de notitie korter dan 2000 tekens.");
            });
        }
    }
}
