using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>
/// Marks a request whose form was refused for its antiforgery token (expired, or made before the user signed in again),
/// so the error page can offer to take the typed input back to a fresh copy of the form instead of losing it.
/// </summary>
public sealed class VerlopenFormulier : IAlwaysRunResultFilter
{
    private const string Sleutel = "gv:formulier-verlopen";

    public static bool IsVerlopen(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.ContainsKey(Sleutel);
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.HttpContext.Items[Sleutel] = true;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    /// <summary>
    /// What the user typed, without the token and without secrets (passwords, codes), to put back into the form; or,
    /// when the form cannot be read (over the size limit, too many fields), no input and the status that says why.
    /// </summary>
    public static async Task<(Dictionary<string, string[]>? Invoer, int Status)> LeesAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return ([], StatusCodes.Status400BadRequest);
        }

        try
        {
            var form = await request.ReadFormAsync();
            return (form.Where(veld => veld.Key != "__RequestVerificationToken" && !IsGeheim(veld.Key))
                .ToDictionary(veld => veld.Key, veld => veld.Value.Select(waarde => waarde ?? "").ToArray()), StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException fout)
        {
            return (null, fout.StatusCode);
        }
        catch (Exception fout) when (fout is InvalidDataException or IOException)
        {
            return (null, StatusCodes.Status400BadRequest);
        }
    }

    private static bool IsGeheim(string veld) =>
        veld.Contains("Wachtwoord", StringComparison.OrdinalIgnoreCase) || veld.Contains("Code", StringComparison.OrdinalIgnoreCase)
        || veld.Contains("Passkey", StringComparison.OrdinalIgnoreCase);
}
