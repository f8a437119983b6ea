using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Avg;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Privacy;

/// <summary>
/// The AVG requests: the open ones by deadline, the ones handled lately, and the form to register a new request for a
/// person by BSN, or by name and birth date. The BSN is posted, never put in an address.
/// </summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class VerzoekenModel(AppDbContext db, Toegangsregistratie registratie, Handelingen handelingen) : PageModel
{
    public static IReadOnlyList<SelectListItem> Rechten { get; } = [.. Enum.GetValues<Avgrecht>().Select(r => new SelectListItem(r.Naam(), r.ToString()))];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Avgverzoek> Open { get; private set; } = [];

    public IReadOnlyList<Avgverzoek> Afgehandeld { get; private set; } = [];

    public DateOnly Vandaag => handelingen.Vandaag;

    public async Task OnGetAsync()
    {
        Input.OntvangenOp = handelingen.Vandaag;
        await LaadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Valideer();
        if (!ModelState.IsValid)
        {
            await LaadAsync();
            return Page();
        }

        var ontvangen = Input.OntvangenOp!.Value;
        var verzoek = new Avgverzoek
        {
            Id = Guid.CreateVersion7(handelingen.Nu), Recht = Input.Recht!.Value, OntvangenOp = ontvangen, Uiterlijk = Avgverzoeken.Termijn(ontvangen), Status = Verzoekstatus.InBehandeling,
            Bsn = string.IsNullOrWhiteSpace(Input.Bsn) ? null : Bsn.Parse(Input.Bsn).Waarde,
            Naam = string.IsNullOrWhiteSpace(Input.Bsn) ? Input.Naam.Trim() : null, Geboortedatum = string.IsNullOrWhiteSpace(Input.Bsn) ? Input.Geboortedatum : null,
            BehandelaarId = User.Id(), BehandelaarNaam = User.Naam(),
        };
        await using var transactie = await db.Database.BeginTransactionAsync();
        db.Avgverzoeken.Add(verzoek);
        await db.SaveChangesAsync();
        registratie.Noteer(Toegangssoort.Wijzigen, $"AVG-verzoek {verzoek.Id} vastgelegd: {verzoek.Recht.Naam()}");
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        return RedirectToPage("/Privacy/Verzoek", new { id = verzoek.Id });
    }

    private void Valideer()
    {
        if (Input.Recht is null || !Enum.IsDefined(Input.Recht.Value))
        {
            ModelState.AddModelError("Input.Recht", "Kies wat de persoon vraagt: inzage of correctie.");
        }

        if (Input.OntvangenOp is not { } ontvangen)
        {
            ModelState.AddModelError("Input.OntvangenOp", "Vul in wanneer het verzoek binnenkwam: daar begint de termijn van een maand.");
        }
        else if (ontvangen > handelingen.Vandaag)
        {
            ModelState.AddModelError("Input.OntvangenOp", "De ontvangstdatum kan niet in de toekomst liggen.");
        }

        if (!string.IsNullOrWhiteSpace(Input.Bsn))
        {
            if (!Bsn.IsGeldig(Input.Bsn))
            {
                ModelState.AddModelError("Input.Bsn", "Dit is geen geldig BSN (9 cijfers die de elfproef doorstaan).");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(Input.Naam))
            {
                ModelState.AddModelError("Input.Naam", "Vul het BSN in, of anders de volledige naam met de geboortedatum.");
            }

            if (Input.Geboortedatum is null)
            {
                ModelState.AddModelError("Input.Geboortedatum", "Vul het BSN in, of anders de geboortedatum met de volledige naam.");
            }
        }
    }

    private async Task LaadAsync()
    {
        registratie.Noteer(Toegangssoort.Lezen, "AVG-verzoeken");
        Open = await Avgverzoeken.OpenAsync(db);
        Afgehandeld = await db.Avgverzoeken.AsNoTracking().Where(v => v.Status == Verzoekstatus.Afgehandeld).OrderByDescending(v => v.AfgehandeldOp).Take(50).ToListAsync();
    }

    public sealed class InputModel
    {
        public Avgrecht? Recht { get; set; }

        public string Bsn { get; set; } = "";

        public string Naam { get; set; } = "";

        public DateOnly? Geboortedatum { get; set; }

        public DateOnly? OntvangenOp { get; set; }
    }
}
