using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>
/// Legal holds: the dossiers whose retention is suspended (a complaint, a court case, an inspection, an objection),
/// and the form to suspend one by its kenmerk with a ground and a reason. Lifting is on each hold's own page. The list
/// shows kenmerken only: the privacy officer does not see dossiers.
/// </summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class BewaarplichtModel(AppDbContext db, Toegangsregistratie registratie, TimeProvider klok) : PageModel
{
    public static IReadOnlyList<SelectListItem> Gronden { get; } =
        [new("Kies de grond", ""), .. Enum.GetValues<Bewaargrond>().Select(g => new SelectListItem(Naam(g), g.ToString()))];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Bewaarplicht> Actief { get; private set; } = [];

    public IReadOnlyList<Bewaarplicht> Opgeheven { get; private set; } = [];

    public static string Naam(Bewaargrond grond) => grond switch
    {
        Bewaargrond.Klacht => "Klacht",
        Bewaargrond.Rechtszaak => "Rechtszaak",
        Bewaargrond.Inspectie => "Onderzoek van de inspectie",
        Bewaargrond.Bezwaar => "Bezwaar of verzoek van een betrokkene",
    };

    public async Task OnGetAsync() => await LaadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Guid? dossier = null;
        if (string.IsNullOrWhiteSpace(Input.Kenmerk))
        {
            ModelState.AddModelError("Input.Kenmerk", "Vul het kenmerk van het dossier in: de 12 tekens onder de naam van het gezin.");
        }
        else if (!System.Text.RegularExpressions.Regex.IsMatch(Input.Kenmerk.Trim(), "^[0-9A-Fa-f]{12}$"))
        {
            ModelState.AddModelError("Input.Kenmerk", "Een kenmerk bestaat uit 12 tekens: cijfers en de letters A tot en met F.");
        }
        else if ((dossier = await db.Dossiers.MetKenmerkAsync(Input.Kenmerk)) is null)
        {
            ModelState.AddModelError("Input.Kenmerk", "Er is geen dossier met dit kenmerk. Is het al vernietigd? Kijk dan bij de vernietigde dossiers hieronder.");
        }
        else if (await db.Bewaarplichten.AnyAsync(b => b.DossierId == dossier && b.OpgehevenOp == null))
        {
            ModelState.AddModelError("Input.Kenmerk", "Voor dit dossier is de bewaartermijn al opgeschort; zie de lijst hieronder.");
        }

        if (Input.Grond is null || !Enum.IsDefined(Input.Grond.Value))
        {
            ModelState.AddModelError("Input.Grond", "Kies waarom de bewaartermijn wordt opgeschort.");
        }

        if (Input.Reden.Trim().Length < 10)
        {
            ModelState.AddModelError("Input.Reden", "Beschrijf de reden in minstens 10 tekens, bijvoorbeeld het nummer van de klacht of de zaak.");
        }
        else if (Input.Reden.Trim().Length > 2000)
        {
            ModelState.AddModelError("Input.Reden", "Houd de reden korter dan 2000 tekens.");
        }

        if (!ModelState.IsValid)
        {
            await LaadAsync();
            return Page();
        }

        await using var transactie = await db.Database.BeginTransactionAsync();
        db.Bewaarplichten.Add(new Bewaarplicht
        {
            Id = Guid.CreateVersion7(klok.GetUtcNow()), DossierId = dossier!.Value, Grond = Input.Grond!.Value, Reden = Input.Reden.Trim(), GeplaatstOp = klok.GetUtcNow(), GeplaatstDoorNaam = User.Naam(),
        });
        await db.SaveChangesAsync();
        registratie.Noteer(Toegangssoort.Wijzigen, $"Bewaarplicht opgeschort: {Naam(Input.Grond.Value)}", dossier);
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        TempData[Bevestigingen.Sleutel] = $"Bewaartermijn opgeschort voor dossier {Weergave.Kenmerk(dossier.Value)}: het wordt niet vernietigd tot u de opschorting opheft.";
        return RedirectToPage();
    }

    private async Task LaadAsync()
    {
        registratie.Noteer(Toegangssoort.Lezen, "Bewaarplichten");
        Actief = await db.Bewaarplichten.AsNoTracking().Where(b => b.OpgehevenOp == null).OrderByDescending(b => b.GeplaatstOp).ToListAsync();
        Opgeheven = await db.Bewaarplichten.AsNoTracking().Where(b => b.OpgehevenOp != null).OrderByDescending(b => b.OpgehevenOp).Take(50).ToListAsync();
        Vernietigd = await db.Vernietigingen.AsNoTracking().OrderByDescending(v => v.VernietigdOp).Take(50).ToListAsync();
    }

    /// <summary>The latest destructions, so the officer can tell "never existed" from "destroyed on …".</summary>
    public IReadOnlyList<Vernietiging> Vernietigd { get; private set; } = [];

    public sealed class InputModel
    {
        public string Kenmerk { get; set; } = "";

        public Bewaargrond? Grond { get; set; }

        public string Reden { get; set; } = "";
    }
}
