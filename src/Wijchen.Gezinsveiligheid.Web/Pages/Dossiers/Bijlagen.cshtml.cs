using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Bijlagen;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// The attachments of a dossier, and the form to add one: the file is checked (size, virus scan, type by content) before
/// anything is stored, and every refusal is said next to the file field with the description and choices kept.
/// </summary>
public sealed class BijlagenModel(AppDbContext db, Dossierinzage inzage, Toegangsregistratie registratie, Bijlagebeheer beheer, Handelingen handelingen) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Dossier Dossier { get; private set; } = null!;

    public IReadOnlyList<Bijlage> Bijlagen { get; private set; } = [];

    public bool MagWijzigen { get; private set; }

    public IReadOnlyList<SelectListItem> Onderdelen { get; private set; } = [];

    public string Maximum => beheer.MaximumTekst;

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Bijlageformulier.StaGroteUploadToe(context.HttpContext, beheer.MaximumBytes);
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await inzage.OpenAsync(User, Id, "Bijlagen") is not { Dossier: var dossier })
        {
            return NotFound();
        }

        await VulAsync(dossier);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await inzage.OpenAsync(User, Id, "Bijlage toevoegen", Toegangssoort.Wijzigen, bijhouden: true) is not { Dossier: var dossier })
        {
            return NotFound();
        }

        await VulAsync(dossier);
        if (!MagWijzigen)
        {
            registratie.ZetUitkomst(Toegangsuitkomst.Geweigerd);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var onderdeel = Input.Onderdeel is { } gekozen ? Bijlageformulier.Onderdelen(dossier).FirstOrDefault(o => o.Id == gekozen) : default;
        Valideer(onderdeel.Omschrijving);
        var upload = ModelState.IsValid ? await Bijlageformulier.LeesAsync(Input.Bestand, cancellationToken) : null;
        if (ModelState.IsValid)
        {
            var keuring = await beheer.KeurAsync(upload, cancellationToken);
            if (keuring.Goedgekeurd)
            {
                await VoegToeAsync(dossier, upload!, keuring, onderdeel.Omschrijving is null ? null : onderdeel, cancellationToken);
                TempData[Bevestigingen.Sleutel] = $"Bijlage toegevoegd: {keuring.Bestandsnaam}.";
                return RedirectToPage();
            }

            ModelState.AddModelError("Input.Bestand", keuring.Weigering!);
        }

        registratie.ZetUitkomst(Toegangsuitkomst.NietUitgevoerd);
        return Page();
    }

    private void Valideer(string? onderdeel)
    {
        if (Input.Bestand is null || Input.Bestand.Length == 0)
        {
            ModelState.AddModelError("Input.Bestand", "Kies een bestand om toe te voegen.");
        }
        else if (beheer.TeGroot(Input.Bestand.Length) is { } teGroot)
        {
            ModelState.AddModelError("Input.Bestand", teGroot);
        }

        if (Input.Categorie is null || !Enum.IsDefined(Input.Categorie.Value))
        {
            ModelState.AddModelError("Input.Categorie", "Kies wat voor document dit is.");
        }

        if (string.IsNullOrWhiteSpace(Input.Beschrijving))
        {
            ModelState.AddModelError("Input.Beschrijving", "Beschrijf in een zin wat er in het document staat.");
        }
        else if (Input.Beschrijving.Trim().Length > 400)
        {
            ModelState.AddModelError("Input.Beschrijving", "Houd de beschrijving korter dan 400 tekens.");
        }

        if (Input.Onderdeel is not null && onderdeel is null)
        {
            ModelState.AddModelError("Input.Onderdeel", "Kies een onderdeel uit de lijst, of 'Hoort bij het dossier als geheel'.");
        }

        // The browser cannot be given the file back; the message says so, the other fields stay as typed.
        if (!ModelState.IsValid && Input.Bestand is { Length: > 0 } && ModelState["Input.Bestand"] is not { Errors.Count: > 0 })
        {
            ModelState.AddModelError("Input.Bestand", "Kies het bestand opnieuw: de browser stuurt het niet mee terug.");
        }
    }

    private async Task VoegToeAsync(Dossier dossier, Upload upload, Bestandskeuring keuring, (Guid Id, string Omschrijving)? onderdeel, CancellationToken cancellationToken)
    {
        var handeling = handelingen.Voor(User);
        var bijlage = new Bijlage
        {
            Id = Guid.CreateVersion7(handeling.Op), DossierId = dossier.Id, Categorie = Input.Categorie!.Value, Beschrijving = Input.Beschrijving.Trim(),
            OnderdeelId = onderdeel?.Id, Onderdeel = onderdeel?.Omschrijving, ToegevoegdOp = handeling.Op, ToegevoegdDoorId = handeling.Door.Id, ToegevoegdDoorNaam = handeling.Door.Naam,
        };
        var versie = await beheer.MaakVersieAsync(bijlage, upload, keuring, handeling.Door.Naam, cancellationToken);
        await beheer.BewaarAsync(versie, async () =>
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Bijlagen.Add(bijlage);
            dossier.NoteerDocument($"Bijlage toegevoegd ({bijlage.Categorie.Naam()}): {bijlage.Beschrijving}", handeling);
            await db.SaveChangesAsync(cancellationToken);
            await registratie.SchrijfAsync();
            await transactie.CommitAsync(cancellationToken);
        });
    }

    private async Task VulAsync(Dossier dossier)
    {
        Dossier = dossier;
        MagWijzigen = Bijlagebeheer.MagWijzigen(User, dossier);
        Bijlagen = await db.Bijlagen.AsNoTracking().Include(b => b.Versies).Where(b => b.DossierId == dossier.Id).OrderByDescending(b => b.ToegevoegdOp).ToListAsync();
        Onderdelen = [new("Hoort bij het dossier als geheel", ""), .. Bijlageformulier.Onderdelen(dossier).Select(o => new SelectListItem(o.Omschrijving, o.Id.ToString()))];
    }

    public sealed class InputModel
    {
        public IFormFile? Bestand { get; set; }

        public Bijlagecategorie? Categorie { get; set; }

        public string Beschrijving { get; set; } = "";

        public Guid? Onderdeel { get; set; }
    }
}
