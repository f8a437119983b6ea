using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages;

/// <summary>
/// The one error page, for exceptions and for status codes. It shows no details, only a correlation id that is also
/// in the technical log (the W3C trace id), so support can find the entry.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed partial class FoutModel : PageModel
{
    public string Titel { get; private set; } = "";

    public string Uitleg { get; private set; } = "";

    public string Kenmerk { get; private set; } = "";

    /// <summary>
    /// For a dossier that is not found, the way to break the glass: offered whether or not the dossier exists, so the
    /// page tells nobody which ids are real.
    /// </summary>
    public string? NoodtoegangLink { get; private set; }

    public void OnGet(int? code) => Vul(code);

    public void OnPost(int? code) => Vul(code);

    private void Vul(int? code)
    {
        Kenmerk = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        (Titel, Uitleg) = code switch
        {
            404 => ("Niet gevonden", "Deze pagina of dit dossier bestaat niet, of u hebt er geen toegang toe."),
            403 => ("Geen toegang", "U hebt geen toegang tot deze pagina."),
            400 => ("Ongeldig verzoek", "Het verzoek kon niet worden verwerkt. Laad de pagina opnieuw en probeer het nog eens."),
            null or >= 500 => ("Er ging iets mis", "Er is een fout opgetreden. Er is niets half opgeslagen; probeer het later opnieuw."),
            _ => ("Er ging iets mis", "Het verzoek kon niet worden verwerkt."),
        };
        Response.StatusCode = code ?? StatusCodes.Status500InternalServerError;
        if (code == StatusCodes.Status404NotFound && Dossierinzage.MagNoodtoegangVragen(User)
            && HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } pad && DossierPad().Match(pad) is { Success: true } dossier)
        {
            NoodtoegangLink = $"/Dossiers/{dossier.Groups[1].Value}/Noodtoegang";
        }
    }

    [GeneratedRegex("^/Dossiers/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/|$)")]
    private static partial Regex DossierPad();
}
