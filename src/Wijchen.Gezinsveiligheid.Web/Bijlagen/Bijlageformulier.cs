using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Bijlagen;

/// <summary>What the attachment pages share: the choices on their forms and the request size they accept.</summary>
public static class Bijlageformulier
{
    public static string Naam(this Bijlagecategorie categorie) => categorie switch
    {
        Bijlagecategorie.Rapportage => "Rapportage of onderzoek",
        Bijlagecategorie.Brief => "Brief",
        Bijlagecategorie.Verslag => "Verslag van een gesprek of overleg",
        Bijlagecategorie.Foto => "Foto",
        Bijlagecategorie.Overig => "Overig",
    };

    public static IReadOnlyList<SelectListItem> Categorieen { get; } =
        [new("Kies de soort document", ""), .. Enum.GetValues<Bijlagecategorie>().Select(c => new SelectListItem(c.Naam(), c.ToString()))];

    /// <summary>The parts of the dossier an attachment can belong to, newest first, as the form's choices.</summary>
    public static IReadOnlyList<(Guid Id, string Omschrijving)> Onderdelen(Dossier dossier) =>
    [
        .. dossier.Veiligheidsbeoordelingen.OrderByDescending(v => v.Datum).Select(v => (v.Id, $"Veiligheidsbeoordeling van {Datumtekst.Van(v.Datum)}")),
        .. dossier.Veiligheidsplannen.OrderByDescending(p => p.Versie).Select(p => (p.Id, $"Veiligheidsplan versie {p.Versie}")),
        .. dossier.Mdos.OrderByDescending(m => m.GeplandOp).Select(m => (m.Id, $"MDO van {Datumtekst.Van(DateOnly.FromDateTime(m.GeplandOp.UtcDateTime))}")),
        .. dossier.Evaluaties.OrderByDescending(e => e.Datum).Select(e => (e.Id, $"Evaluatie van {Datumtekst.Van(e.Datum)}")),
    ];

    public static string Accept => string.Join(',', Bestandssoorten.Alle.Select(s => s.Extensie()).Append(".jpeg"));

    /// <summary>
    /// Lets a form post a file up to twice the limit (Kestrel's default stops at 30 MB), so that a file somewhat too large
    /// gets the message next to the field instead of the server's refusal of the whole request. The form reader's own
    /// limit (128 MB) is above that for every allowed setting.
    /// </summary>
    public static void StaGroteUploadToe(HttpContext http, long maximumBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limiet)
        {
            limiet.MaxRequestBodySize = (maximumBytes * 2) + (1024 * 1024);
        }
    }

    public static async Task<Upload?> LeesAsync(IFormFile? bestand, CancellationToken cancellationToken)
    {
        if (bestand is null)
        {
            return null;
        }

        using var geheugen = new MemoryStream((int)Math.Min(bestand.Length, int.MaxValue));
        await bestand.CopyToAsync(geheugen, cancellationToken);
        return new Upload(bestand.FileName, geheugen.ToArray());
    }
}
