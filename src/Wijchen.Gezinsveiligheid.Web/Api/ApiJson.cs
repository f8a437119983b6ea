using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>A request body as read: the value, or the problem to answer with; and the body's SHA-256 for idempotency.</summary>
public sealed record Gelezen<T>(T? Waarde, IResult? Fout, string Hash);

/// <summary>
/// Reads a request body strictly: application/json only, no larger than <see cref="ApiInstellingen.MaximaleOmvangKb"/>,
/// no fields the contract does not name, no null where the contract has none, no numbers for enum values.
/// </summary>
public static partial class ApiJson
{
    public static void Configureer(JsonSerializerOptions opties)
    {
        opties.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        opties.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        opties.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        opties.RespectNullableAnnotations = true;
    }

    public static async Task<Gelezen<T>> LeesAsync<T>(HttpContext http, ApiInstellingen instellingen, JsonSerializerOptions opties)
        where T : class
    {
        var maximum = instellingen.MaximaleOmvangKb * 1024L;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } grens)
        {
            grens.MaxRequestBodySize = maximum;
        }

        if (!(http.Request.HasJsonContentType()))
        {
            return new(null, Problemen.Probleem(StatusCodes.Status415UnsupportedMediaType), "");
        }

        if (http.Request.ContentLength > maximum)
        {
            return new(null, TeGroot(instellingen), "");
        }

        using var buffer = new MemoryStream();
        var blok = new byte[16 * 1024];
        int gelezen;
        while ((gelezen = await http.Request.Body.ReadAsync(blok, http.RequestAborted)) > 0)
        {
            if (buffer.Length + gelezen > maximum)
            {
                return new(null, TeGroot(instellingen), "");
            }

            buffer.Write(blok, 0, gelezen);
        }

        var inhoud = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var hash = Convert.ToHexString(SHA256.HashData(inhoud.Span));
        try
        {
            using var _ = JsonDocument.Parse(inhoud);
        }
        catch (JsonException)
        {
            return new(null, Problemen.Probleem(StatusCodes.Status400BadRequest, "Het verzoek is geen geldige JSON."), hash);
        }

        try
        {
            var waarde = JsonSerializer.Deserialize<T>(inhoud.Span, opties);
            return waarde is null
                ? new(null, Problemen.Probleem(StatusCodes.Status400BadRequest, "Het verzoek heeft geen inhoud; stuur een JSON-object."), hash)
                : new(waarde, null, hash);
        }
        catch (JsonException fout)
        {
            return new(null, Problemen.Ongeldig(new Dictionary<string, string[]> { [Pad(fout)] = [Uitleg(fout)] }), hash);
        }
    }

    /// <summary>The field in the request, as "melding.melder.naam" or "gezinsleden[1].bsn"; for an unknown field the field itself.</summary>
    private static string Pad(JsonException fout)
    {
        var pad = fout.Path is { Length: > 1 } p ? p.TrimStart('$').TrimStart('.') : "";
        if (OnbekendVeld().Match(fout.Message) is { Success: true } onbekend && !pad.EndsWith(onbekend.Groups[1].Value, StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(pad) ? onbekend.Groups[1].Value : $"{pad}.{onbekend.Groups[1].Value}";
        }

        return pad;
    }

    [GeneratedRegex("The JSON property '([^']{1,100})' could not be mapped")]
    private static partial Regex OnbekendVeld();

    private static IResult TeGroot(ApiInstellingen instellingen) =>
        Problemen.Probleem(StatusCodes.Status413PayloadTooLarge, $"Het verzoek is groter dan {instellingen.MaximaleOmvangKb} kB.");

    /// <summary>The serializer's message, in Dutch, without echoing the value that was sent.</summary>
    private static string Uitleg(JsonException fout) => fout.Message switch
    {
        var m when m.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) =>
            "Dit veld kent de API niet; laat het weg.",
        var m when m.Contains("setting null values", StringComparison.Ordinal) || m.Contains("null value", StringComparison.Ordinal) =>
            "Dit veld mag niet null zijn; laat het weg of geef een waarde.",
        _ => "Deze waarde past niet bij het veld (verkeerd type, onbekende keuze of ongeldige datum).",
    };
}
