using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Bijlagen;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// One attachment: its versions to download, a new version to replace it (the old ones stay), and deleting it with a
/// reason. Downloading goes through here only, within the dossier's need-to-know, as an attachment that is never
/// cached, and every download is a row in the access log.
/// </summary>
public sealed class BijlageModel(
    AppDbContext db, Dossierinzage inzage, Toegangsregistratie registratie, Bijlagebeheer beheer, Handelingen handelingen, ILogger<BijlageModel> logger) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid BijlageId { get; set; }

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    [BindProperty]
    public string Reden { get; set; } = "";

    public Dossier Dossier { get; private set; } = null!;

    public Bijlage Bijlage { get; private set; } = null!;

    public bool MagWijzigen { get; private set; }

    public string Maximum => beheer.MaximumTekst;

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Bijlageformulier.StaGroteUploadToe(context.HttpContext, beheer.MaximumBytes);
    }

    public async Task<IActionResult> OnGetAsync() => await LaadAsync("Bijlage", Toegangssoort.Lezen) ?? Page();

    public async Task<IActionResult> OnGetDownloadAsync(int versie, CancellationToken cancellationToken)
    {
        if (await LaadAsync($"Bijlage gedownload: {BijlageId} versie {versie}", Toegangssoort.Lezen) is { } geweigerd)
        {
            return geweigerd;
        }

        if (Bijlage.VerwijderdOp is not null || Bijlage.Versies.FirstOrDefault(v => v.Nummer == versie) is not { Opslagnaam: not null } gekozen)
        {
            registratie.ZetUitkomst(Toegangsuitkomst.NietGevonden);
            return NotFound();
        }

        byte[] inhoud;
        try
        {
            inhoud = await beheer.LeesAsync(gekozen, cancellationToken);
        }
        catch (Exception fout) when (fout is CryptographicException or FileNotFoundException)
        {
            // A file that is gone or does not match its key and hash is never served; the operator finds why in the log.
            logger.LogError(fout, "Bijlageversie {Versie} kon niet worden gelezen", gekozen.Id);
            registratie.ZetUitkomst(Toegangsuitkomst.NietUitgevoerd);
            return StatusCode(StatusCodes.Status410Gone);
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(inhoud, gekozen.Soort.Mediatype(), gekozen.Bestandsnaam);
    }

    public async Task<IActionResult> OnPostVervangenAsync(CancellationToken cancellationToken)
    {
        if (await LaadVoorWijzigingAsync("Bijlage vervangen") is { } geweigerd)
        {
            return geweigerd;
        }

        if (Bestand is not null && beheer.TeGroot(Bestand.Length) is { } teGroot)
        {
            ModelState.AddModelError(nameof(Bestand), teGroot);
            return NietUitgevoerd();
        }

        var upload = await Bijlageformulier.LeesAsync(Bestand, cancellationToken);
        var keuring = await beheer.KeurAsync(upload, cancellationToken);
        if (!keuring.Goedgekeurd)
        {
            ModelState.AddModelError(nameof(Bestand), keuring.Weigering!);
            return NietUitgevoerd();
        }

        var handeling = handelingen.Voor(User);
        var versie = await beheer.MaakVersieAsync(Bijlage, upload!, keuring, handeling.Door.Naam, cancellationToken);
        await beheer.BewaarAsync(versie, async () =>
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(versie);
            Dossier.NoteerDocument($"Bijlage vervangen door versie {versie.Nummer} ({Bijlage.Categorie.Naam()}): {Bijlage.Beschrijving}", handeling);
            await db.SaveChangesAsync(cancellationToken);
            await registratie.SchrijfAsync();
            await transactie.CommitAsync(cancellationToken);
        });

        TempData[Bevestigingen.Sleutel] = $"Versie {versie.Nummer} toegevoegd: {versie.Bestandsnaam}. De vorige versies blijven bewaard.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(CancellationToken cancellationToken)
    {
        if (await LaadVoorWijzigingAsync("Bijlage verwijderd") is { } geweigerd)
        {
            return geweigerd;
        }

        if (string.IsNullOrWhiteSpace(Reden) || Reden.Trim().Length < 10)
        {
            ModelState.AddModelError(nameof(Reden), "Schrijf op waarom de bijlage weg moet (minstens 10 tekens), bijvoorbeeld: hoort bij een ander gezin.");
            return NietUitgevoerd();
        }

        if (Reden.Trim().Length > 2000)
        {
            ModelState.AddModelError(nameof(Reden), "Houd de reden korter dan 2000 tekens.");
            return NietUitgevoerd();
        }

        var handeling = handelingen.Voor(User);
        var bestanden = beheer.Verwijder(Bijlage, Reden, handeling.Door.Naam);
        await using (var transactie = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Dossier.NoteerDocument($"Bijlage verwijderd ({Bijlage.Categorie.Naam()}): {Bijlage.Beschrijving}. Reden: {Bijlage.VerwijderReden}", handeling);
            await db.SaveChangesAsync(cancellationToken);
            await registratie.SchrijfAsync();
            await transactie.CommitAsync(cancellationToken);
        }

        beheer.VernietigBestanden(bestanden);
        TempData[Bevestigingen.Sleutel] = "Bijlage verwijderd; de bestanden zijn vernietigd en de reden is vastgelegd.";
        return RedirectToPage("/Dossiers/Bijlagen", new { id = Id });
    }

    private async Task<IActionResult?> LaadVoorWijzigingAsync(string onderdeel)
    {
        if (await LaadAsync(onderdeel, Toegangssoort.Wijzigen, bijhouden: true) is { } geweigerd)
        {
            return geweigerd;
        }

        if (!MagWijzigen)
        {
            registratie.ZetUitkomst(Toegangsuitkomst.Geweigerd);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return null;
    }

    private async Task<IActionResult?> LaadAsync(string onderdeel, Toegangssoort soort, bool bijhouden = false)
    {
        if (await inzage.OpenAsync(User, Id, onderdeel, soort, bijhouden) is not { Dossier: var dossier })
        {
            return NotFound();
        }

        var bijlagen = bijhouden ? db.Bijlagen.AsTracking() : db.Bijlagen.AsNoTracking();
        if (await bijlagen.Include(b => b.Versies).SingleOrDefaultAsync(b => b.Id == BijlageId && b.DossierId == Id) is not { } bijlage)
        {
            registratie.ZetUitkomst(Toegangsuitkomst.NietGevonden);
            return NotFound();
        }

        (Dossier, Bijlage) = (dossier, bijlage);
        MagWijzigen = Bijlagebeheer.MagWijzigen(User, dossier) && bijlage.VerwijderdOp is null;
        return null;
    }

    private PageResult NietUitgevoerd()
    {
        registratie.ZetUitkomst(Toegangsuitkomst.NietUitgevoerd);
        return Page();
    }
}
