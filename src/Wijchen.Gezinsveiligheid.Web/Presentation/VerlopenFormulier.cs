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

    /// <summary>What the user typed, without the token and without secrets (passwords, codes), to put back into the form.</summary>
    public static async Task<Dictionary<string, string[]>> InvoerAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return [];
        }

        try
        {
            var form = await request.ReadFormAsync();
            return form.Where(veld => veld.Key != "__RequestVerificationToken" && !IsGeheim(veld.Key))
                .ToDictionary(veld => veld.Key, veld => veld.Value.Select(waarde => waarde ?? "").ToArray());
        }
        catch (Exception fout) when (fout is InvalidDataException or IOException or BadHttpRequestException)
        {
            return [];
        }
    }

    private static bool IsGeheim(string veld) =>
        veld.Contains("Wachtwoord", StringComparison.OrdinalIgnoreCase) || veld.Contains("Code", StringComparison.OrdinalIgnoreCase)
        || veld.Contains("Passkey", StringComparison.OrdinalIgnoreCase);
}
