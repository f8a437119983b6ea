using System.Text;
using System.Text.Json;
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
/// One AVG request. Inzage: the assembled export, part by part, where the officer marks what to withhold and why;
/// once reviewed it is released, frozen as it was, for print and as JSON. Correctie: which member's data, what the
/// person asks, then the decision — granted through the domain (the chronology says so, the request keeps the old
/// value), or refused, and then the person's own statement is put on the dossier. Every step writes the access log.
/// </summary>
[Authorize(Roles = Rollen.Privacyfunctionaris)]
public sealed class VerzoekModel(AppDbContext db, Inzageexport export, Toegangsregistratie registratie, Handelingen handelingen) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public Avgverzoek Verzoek { get; private set; } = null!;

    public IReadOnlyList<Inzageonderdeel> Onderdelen { get; private set; } = [];

    public IReadOnlyList<Vindplaats> Vindplaatsen { get; private set; } = [];

    [BindProperty]
    public List<Beoordeling> Beoordelingen { get; set; } = [];

    [BindProperty]
    public CorrectieInput Correctie { get; set; } = new();

    [BindProperty]
    public BesluitInput Besluit { get; set; } = new();

    [BindProperty]
    public string Verlengingsreden { get; set; } = "";

    /// <summary>A refusal of the whole step, above the form (releasing before review, for example).</summary>
    public string? Fout { get; private set; }

    public DateOnly Vandaag => handelingen.Vandaag;

    public static IReadOnlyList<SelectListItem> Velden { get; } =
        [new("Kies wat er niet klopt", ""), .. Enum.GetValues<Correctieveld>().Select(v => new SelectListItem(v.Naam(), v.ToString()))];

    public static IReadOnlyList<SelectListItem> Besluiten { get; } =
        [new("Toewijzen: de gegevens worden aangepast", nameof(Correctiebesluit.Toegewezen)), new("Afwijzen: de verklaring van de persoon komt bij het dossier", nameof(Correctiebesluit.Afgewezen))];

    public IReadOnlyList<SelectListItem> Leden => [.. Vindplaatsen.Select(v => new SelectListItem($"Dossier {v.Kenmerk}: {v.Naam}, {v.Rol.Naam().ToLowerInvariant()}, geboren {Datumtekst.Van(v.Geboortedatum)}", v.GezinslidId.ToString()))];

    public async Task<IActionResult> OnGetAsync() => await LaadAsync("bekeken") ?? Page();

    /// <summary>The released export as a JSON file, exactly as it was released.</summary>
    public async Task<IActionResult> OnGetJsonAsync()
    {
        if (await LaadAsync("JSON gedownload", Toegangssoort.Exporteren) is { } fout)
        {
            return fout;
        }

        if (Verzoek.Vrijgegeven is not { } json)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"inzage-{Verzoek.OntvangenOp:yyyy-MM-dd}-{Verzoek.Id.ToString()[^12..]}.json");
    }

    public async Task<IActionResult> OnPostVerlengenAsync()
    {
        if (await LaadAsync("termijn verlengd", Toegangssoort.Wijzigen, bijhouden: true) is { } fout)
        {
            return fout;
        }

        if (Verzoek.Status == Verzoekstatus.Afgehandeld || Verzoek.VerlengingReden is not null)
        {
            Fout = "Dit verzoek is al afgehandeld of al eens verlengd; de termijn kan maar één keer met twee maanden worden verlengd.";
            return NietUitgevoerd();
        }

        if (Verlengingsreden.Trim().Length < 10)
        {
            ModelState.AddModelError(nameof(Verlengingsreden), "Schrijf op waarom meer tijd nodig is (minstens 10 tekens); de persoon krijgt die reden te horen.");
            return NietUitgevoerd();
        }

        Verzoek.VerlengingReden = Verlengingsreden.Trim();
        Verzoek.Uiterlijk = Avgverzoeken.Verlengd(Verzoek.OntvangenOp);
        return await BewaarAsync($"Termijn verlengd tot {Datumtekst.Van(Verzoek.Uiterlijk)}.");
    }

    public async Task<IActionResult> OnPostBeoordelenAsync()
    {
        if (await LaadAsync("beoordeeld", Toegangssoort.Wijzigen, bijhouden: true) is { } fout)
        {
            return fout;
        }

        if (Verzoek.Recht != Avgrecht.Inzage || Verzoek.Status == Verzoekstatus.Afgehandeld)
        {
            Fout = "Dit verzoek is al vrijgegeven; de beoordeling ligt vast.";
            return NietUitgevoerd();
        }

        var sleutels = Onderdelen.Select(o => o.Sleutel).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Beoordelingen.Count; i++)
        {
            var b = Beoordelingen[i];
            if (!sleutels.Contains(b.Onderdeel))
            {
                return BadRequest();
            }

            var reden = b.Reden.Trim();
            if (reden.Length > 2000)
            {
                ModelState.AddModelError($"Beoordelingen[{i}].Reden", "Houd de reden korter dan 2000 tekens.");
            }
            else if (b.Achterhouden && reden.Length < 10)
            {
                ModelState.AddModelError($"Beoordelingen[{i}].Reden", "Geef bij wat u achterhoudt de reden (minstens 10 tekens), bijvoorbeeld: AVG art. 15 lid 4, gegevens van de moeder.");
            }
            else if (!b.Achterhouden && reden.Length > 0)
            {
                // A reason without the box ticked is a decision half made: saving it as "release" would drop what was typed.
                ModelState.AddModelError($"Beoordelingen[{i}].Reden", "U gaf een reden, maar vinkte 'Dit onderdeel achterhouden' niet aan. Vink het aan, of maak de reden leeg.");
            }
        }

        if (!ModelState.IsValid)
        {
            return NietUitgevoerd();
        }

        Verzoek.Achterhoudingen.Clear();
        Verzoek.Achterhoudingen.AddRange(Beoordelingen.Where(b => b.Achterhouden).Select(b => new Achterhouding { VerzoekId = Verzoek.Id, Onderdeel = b.Onderdeel, Reden = b.Reden.Trim() }));
        Verzoek.Status = Verzoekstatus.Beoordeeld;
        return await BewaarAsync($"Beoordeling vastgelegd: {Verzoek.Achterhoudingen.Count} van {Onderdelen.Count} onderdelen achtergehouden. Controleer het overzicht en geef het vrij.");
    }

    public async Task<IActionResult> OnPostVrijgevenAsync()
    {
        if (await LaadAsync("vrijgegeven", Toegangssoort.Exporteren, bijhouden: true) is { } fout)
        {
            return fout;
        }

        if (Verzoek.Recht != Avgrecht.Inzage || Verzoek.Status != Verzoekstatus.Beoordeeld)
        {
            Fout = Verzoek.Status == Verzoekstatus.Afgehandeld
                ? "Dit overzicht is al vrijgegeven."
                : "Beoordeel eerst elk onderdeel en leg de beoordeling vast; pas daarna kan het overzicht worden vrijgegeven.";
            return NietUitgevoerd();
        }

        var achtergehouden = Verzoek.Achterhoudingen.ToDictionary(a => a.Onderdeel, a => a.Reden, StringComparer.Ordinal);
        var vrijgegeven = new Vrijgave(
            Verzoek.Recht.Naam(), Avgverzoeken.Betrokkene(Verzoek), Verzoek.OntvangenOp, handelingen.Nu, User.Naam(), Inzageexport.Uitgesloten,
            [.. Onderdelen.Where(o => !achtergehouden.ContainsKey(o.Sleutel))],
            [.. Onderdelen.Where(o => achtergehouden.ContainsKey(o.Sleutel)).Select(o => new Achtergehouden(o.Kop, achtergehouden[o.Sleutel]))]);
        Verzoek.Vrijgegeven = JsonSerializer.Serialize(vrijgegeven, Inzageexport.Json);
        Verzoek.Status = Verzoekstatus.Afgehandeld;
        Verzoek.AfgehandeldOp = handelingen.Nu;
        return await BewaarAsync("Overzicht vrijgegeven. Druk het af of download het als JSON-bestand voor de persoon.");
    }

    public async Task<IActionResult> OnPostVastleggenAsync()
    {
        if (await LaadAsync("correctie vastgelegd", Toegangssoort.Wijzigen, bijhouden: true) is { } fout)
        {
            return fout;
        }

        if (Verzoek.Recht != Avgrecht.Correctie || Verzoek.GezinslidId is not null)
        {
            Fout = "Wat de persoon vraagt, is al vastgelegd.";
            return NietUitgevoerd();
        }

        var plaats = Vindplaatsen.FirstOrDefault(v => v.GezinslidId == Correctie.Gezinslid);
        if (plaats is null)
        {
            ModelState.AddModelError("Correctie.Gezinslid", "Kies over welk gezinslid in welk dossier het verzoek gaat.");
        }

        if (Correctie.Veld is null || !Enum.IsDefined(Correctie.Veld.Value))
        {
            ModelState.AddModelError("Correctie.Veld", "Kies welk gegeven volgens de persoon niet klopt.");
        }

        var gevraagd = Correctie.GevraagdeWaarde.Trim();
        if (gevraagd.Length == 0)
        {
            ModelState.AddModelError("Correctie.GevraagdeWaarde", "Vul in wat het volgens de persoon moet zijn.");
        }
        else if (Correctie.Veld == Correctieveld.Geboortedatum && !DateOnly.TryParseExact(gevraagd, "d-M-yyyy", Datumtekst.Nederlands, System.Globalization.DateTimeStyles.None, out _))
        {
            ModelState.AddModelError("Correctie.GevraagdeWaarde", "Schrijf de geboortedatum als dag-maand-jaar, bijvoorbeeld 3-7-2015.");
        }

        if (Correctie.Toelichting.Trim().Length > 4000)
        {
            ModelState.AddModelError("Correctie.Toelichting", "Houd de toelichting korter dan 4000 tekens.");
        }

        if (!ModelState.IsValid)
        {
            return NietUitgevoerd();
        }

        Verzoek.DossierId = plaats!.DossierId;
        Verzoek.GezinslidId = plaats.GezinslidId;
        Verzoek.Veld = Correctie.Veld;
        Verzoek.OudeWaarde = Correctie.Veld == Correctieveld.Naam ? plaats.Naam : plaats.Geboortedatum.ToString("d-M-yyyy", Datumtekst.Nederlands);
        Verzoek.GevraagdeWaarde = gevraagd;
        Verzoek.Toelichting = string.IsNullOrWhiteSpace(Correctie.Toelichting) ? null : Correctie.Toelichting.Trim();
        return await BewaarAsync("Het verzoek is vastgelegd. Neem nu een besluit.", plaats.DossierId);
    }

    public async Task<IActionResult> OnPostBesluitenAsync()
    {
        if (await LaadAsync("correctie besloten", Toegangssoort.Wijzigen, bijhouden: true) is { } fout)
        {
            return fout;
        }

        if (Verzoek.Recht != Avgrecht.Correctie || Verzoek.GezinslidId is null || Verzoek.Besluit is not null)
        {
            Fout = Verzoek.Besluit is null ? "Leg eerst vast wat de persoon vraagt." : "Over dit verzoek is al besloten.";
            return NietUitgevoerd();
        }

        if (Besluit.Besluit is null || !Enum.IsDefined(Besluit.Besluit.Value))
        {
            ModelState.AddModelError("Besluit.Besluit", "Kies of u het verzoek toewijst of afwijst.");
        }

        if (Besluit.Reden.Trim().Length < 10)
        {
            ModelState.AddModelError("Besluit.Reden", "Geef de reden van het besluit (minstens 10 tekens); de persoon krijgt die te horen.");
        }

        if (!ModelState.IsValid)
        {
            return NietUitgevoerd();
        }

        var dossier = await db.Dossiers.AsTracking().MetAggregaat().SingleAsync(d => d.Id == Verzoek.DossierId);
        var handeling = handelingen.VoorPrivacyfunctionaris(User);
        try
        {
            if (Besluit.Besluit == Correctiebesluit.Toegewezen)
            {
                var lid = dossier.Gezinsleden.Single(g => g.Id == Verzoek.GezinslidId);
                var gegevens = new GezinslidGegevens(lid.Naam, lid.Geboortedatum, lid.Bsn?.Waarde, lid.Rol, lid.WoontInHuis);
                gegevens = Verzoek.Veld == Correctieveld.Naam
                    ? gegevens with { Naam = Verzoek.GevraagdeWaarde! }
                    : gegevens with { Geboortedatum = DateOnly.ParseExact(Verzoek.GevraagdeWaarde!, "d-M-yyyy", Datumtekst.Nederlands) };
                dossier.CorrigeerGezinslid(lid.Id, gegevens, handeling);
            }
            else
            {
                dossier.NoteerDocument(
                    $"Eigen verklaring van een betrokkene (AVG art. 16, correctie afgewezen): {Verzoek.Veld!.Value.Naam().ToLowerInvariant()} is volgens de betrokkene '{Verzoek.GevraagdeWaarde}' in plaats van '{Verzoek.OudeWaarde}'."
                    + (Verzoek.Toelichting is { } toelichting ? $" Toelichting: {toelichting}" : ""), handeling);
            }
        }
        catch (DomainException weigering)
        {
            ModelState.AddModelError("Besluit.Besluit", $"Toewijzen kan zo niet: {weigering.Message}");
            return NietUitgevoerd();
        }

        Verzoek.Besluit = Besluit.Besluit;
        Verzoek.BesluitReden = Besluit.Reden.Trim();
        Verzoek.Status = Verzoekstatus.Afgehandeld;
        Verzoek.AfgehandeldOp = handelingen.Nu;
        return await BewaarAsync(Besluit.Besluit == Correctiebesluit.Toegewezen
            ? "Correctie toegewezen: de gegevens zijn aangepast, de oude waarde staat bij dit verzoek en de chronologie van het dossier vermeldt het."
            : "Correctie afgewezen: de verklaring van de persoon staat nu in het dossier.", dossier.Id);
    }

    private async Task<IActionResult> BewaarAsync(string bevestiging, Guid? dossier = null)
    {
        await using var transactie = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        if (dossier is not null)
        {
            registratie.Noteer(Toegangssoort.Wijzigen, $"AVG-verzoek {Verzoek.Id}: {Verzoek.Recht.Naam()}", dossier);
        }

        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        TempData[Bevestigingen.Sleutel] = bevestiging;
        return RedirectToPage();
    }

    private async Task<IActionResult?> LaadAsync(string stap, Toegangssoort soort = Toegangssoort.Lezen, bool bijhouden = false)
    {
        var verzoeken = bijhouden ? db.Avgverzoeken.AsTracking() : db.Avgverzoeken.AsNoTracking();
        if (await verzoeken.Include(v => v.Achterhoudingen).SingleOrDefaultAsync(v => v.Id == Id) is not { } verzoek)
        {
            return NotFound();
        }

        Verzoek = verzoek;
        registratie.Noteer(soort, $"AVG-verzoek {verzoek.Id}: {verzoek.Recht.Naam()} {stap}", verzoek.DossierId);
        if (verzoek.Status != Verzoekstatus.Afgehandeld)
        {
            Vindplaatsen = await export.ZoekAsync(verzoek);
            if (verzoek.Recht == Avgrecht.Inzage)
            {
                Onderdelen = await export.StelSamenAsync(verzoek);
                if (Beoordelingen.Count == 0)
                {
                    var achtergehouden = verzoek.Achterhoudingen.ToDictionary(a => a.Onderdeel, a => a.Reden, StringComparer.Ordinal);
                    Beoordelingen = [.. Onderdelen.Select(o => new Beoordeling
                    {
                        Onderdeel = o.Sleutel, Achterhouden = achtergehouden.ContainsKey(o.Sleutel), Reden = achtergehouden.GetValueOrDefault(o.Sleutel) ?? "",
                    })];
                }
            }
        }

        return null;
    }

    private PageResult NietUitgevoerd()
    {
        registratie.ZetUitkomst(Toegangsuitkomst.NietUitgevoerd);
        return Page();
    }

    /// <summary>The export as released: what the person receives, and what was withheld and why.</summary>
    public sealed record Vrijgave(
        string Verzoek, string Betrokkene, DateOnly Ontvangen, DateTimeOffset Vrijgegeven, string Door, string Uitgesloten,
        IReadOnlyList<Inzageonderdeel> Onderdelen, IReadOnlyList<Achtergehouden> Achtergehouden);

    public sealed record Achtergehouden(string Onderdeel, string Reden);

    public sealed class Beoordeling
    {
        public string Onderdeel { get; set; } = "";

        public bool Achterhouden { get; set; }

        public string Reden { get; set; } = "";
    }

    public sealed class CorrectieInput
    {
        public Guid? Gezinslid { get; set; }

        public Correctieveld? Veld { get; set; }

        public string GevraagdeWaarde { get; set; } = "";

        public string Toelichting { get; set; } = "";
    }

    public sealed class BesluitInput
    {
        public Correctiebesluit? Besluit { get; set; }

        public string Reden { get; set; } = "";
    }
}
