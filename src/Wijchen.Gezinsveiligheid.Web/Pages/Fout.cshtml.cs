using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages;

/// <summary>
/// The one error page, for exceptions and for status codes. It shows no details, only a correlation id that is also
/// in the technical log (the W3C trace id), so support can find the entry. It is re-executed with the method of the
/// failed request, so it answers a POST too, and never binds the form: the form may be what could not be read. Only a
/// form refused for its token is read, to give its input back, and a form that cannot be read then gets its own status.
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

    // No parameters: model binding would read the form, and the form may be what could not be read.
    /// <summary>For a form refused for an expired token: the address of the form and what was typed into it, for formulieren.js.</summary>
    public string? HerstelAdres { get; private set; }

    public string? HerstelInvoer { get; private set; }

    public void OnGet() => Vul();

    public async Task OnPostAsync()
    {
        if (!VerlopenFormulier.IsVerlopen(HttpContext) || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not { } mislukt)
        {
            Vul();
            return;
        }

        // Refused for its token: the form is read here only to give the input back, and only when it can be read at all
        // (a body over the limit ends up here too, as the token check could not read it).
        var (invoer, fout) = await VerlopenFormulier.LeesAsync(Request);
        if (invoer is null)
        {
            Vul(fout);
            return;
        }

        Vul();
        Titel = "Formulier verlopen";
        Uitleg = "Uw formulier is niet verwerkt, omdat het verlopen was (bijvoorbeeld na lang wachten of na opnieuw inloggen). Er is niets opgeslagen.";
        HerstelAdres = FormulierActieTagHelper.ZonderHandler(mislukt.OriginalPathBase + mislukt.OriginalPath, mislukt.OriginalQueryString);
        HerstelInvoer = JsonSerializer.Serialize(invoer);
    }

    private void Vul(int? status = null)
    {
        // Opened directly, with neither a failed request nor an exception behind it, the error page is just not a page.
        var code = status ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } fout ? StatusVoorFout(fout) : StatusCodes.Status404NotFound);
        Kenmerk = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        (Titel, Uitleg) = code switch
        {
            404 => ("Niet gevonden", "Deze pagina of dit dossier bestaat niet, of u hebt er geen toegang toe."),
            403 => ("Geen toegang", "U hebt geen toegang tot deze pagina."),
            400 => ("Ongeldig verzoek", "Het verzoek kon niet worden verwerkt. Laad de pagina opnieuw en probeer het nog eens."),
            405 => ("Ongeldig verzoek", "Deze pagina ontvangt geen formulieren. Ga terug en gebruik de knoppen op de pagina."),
            413 => ("Te veel gegevens", "Het formulier bevatte meer gegevens dan de applicatie aanneemt. Verkort de tekst en probeer het opnieuw."),
            503 => ("Tijdelijk niet beschikbaar", "De gegevens zijn op dit moment niet te bereiken. Er is niets half opgeslagen; probeer het over een minuut opnieuw."),
            >= 500 => ("Er ging iets mis", "Er is een fout opgetreden. Er is niets half opgeslagen; probeer het later opnieuw."),
            _ => ("Er ging iets mis", "Het verzoek kon niet worden verwerkt."),
        };
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = "60";
        }

        if (code == StatusCodes.Status404NotFound && Dossierinzage.MagNoodtoegangVragen(User)
            && HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } pad && DossierPad().Match(pad) is { Success: true } dossier)
        {
            NoodtoegangLink = Url.Page("/Dossiers/Noodtoegang", new { id = dossier.Groups[1].Value });
        }
    }

    /// <summary>A request the app could not read (a malformed or oversized form) is the client's error, not ours.</summary>
    private static int StatusVoorFout(Exception fout) => fout switch
    {
        BadHttpRequestException verzoek => verzoek.StatusCode,
        InvalidDataException or AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ when Databasestoring.IsOnbeschikbaar(fout) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    [GeneratedRegex("^/Dossiers/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/|$)")]
    private static partial Regex DossierPad();
}
