using System.Diagnostics;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>
/// Every error of the API as <c>application/problem+json</c> (RFC 9457) with a Dutch title and detail; field errors in
/// <c>errors</c>, keyed by the path of the field in the request, with the messages the pages show.
/// </summary>
public static class Problemen
{
    public const string MediaType = "application/problem+json";

    public static IResult Probleem(int status, string? detail = null, IDictionary<string, string[]>? fouten = null)
    {
        var (titel, standaard) = Tekst(status);
        var extensies = new Dictionary<string, object?> { ["traceId"] = Activity.Current?.TraceId.ToString() };
        if (fouten is { Count: > 0 })
        {
            extensies["errors"] = fouten;
        }

        return Results.Problem(detail ?? standaard, statusCode: status, title: titel, type: Type(status), extensions: extensies);
    }

    public static IResult Ongeldig(IDictionary<string, string[]> fouten) =>
        Probleem(StatusCodes.Status400BadRequest, "Het verzoek bevat velden die niet kloppen; zie errors.", fouten);

    /// <summary>For the status code pages of /api: a status without a body (401, 403, 404, 405, 429 from the framework) gets its problem.</summary>
    public static Task SchrijfAsync(HttpContext context) =>
        Probleem(context.Response.StatusCode).ExecuteAsync(context);

    public static (string Titel, string Detail) Tekst(int status) => status switch
    {
        400 => ("Ongeldig verzoek", "Het verzoek kon niet worden gelezen."),
        401 => ("Niet aangemeld", "Stuur een geldig toegangstoken mee (OAuth 2.0 client credentials) als Bearer-token in de Authorization-header."),
        403 => ("Geen toestemming", "Het toegangstoken geeft geen recht op deze handeling (scope), of de client is niet bekend bij Gezinsveiligheid."),
        404 => ("Niet gevonden", "Deze resource bestaat niet, of niet voor deze client."),
        405 => ("Methode niet toegestaan", "Deze resource kent deze HTTP-methode niet."),
        409 => ("Conflict", "De handeling past niet bij de huidige stand van het dossier."),
        413 => ("Verzoek te groot", "Het verzoek is groter dan toegestaan."),
        415 => ("Verkeerd mediatype", "Stuur het verzoek als application/json."),
        422 => ("Niet verwerkbaar", "Het verzoek kan zo niet worden verwerkt."),
        429 => ("Te veel verzoeken", "Deze client stuurde te veel verzoeken; probeer het na de tijd in Retry-After opnieuw."),
        503 => ("Tijdelijk niet beschikbaar", "De database is even niet bereikbaar; probeer het over een minuut opnieuw."),
        >= 500 => ("Interne fout", "Er ging iets mis aan onze kant. Vermeld de traceId als u contact opneemt."),
        _ => ("Fout", "Het verzoek is niet uitgevoerd."),
    };

    private static string Type(int status) => $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}";
}
