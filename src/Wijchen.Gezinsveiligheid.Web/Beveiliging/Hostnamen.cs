namespace Wijchen.Gezinsveiligheid.Web.Beveiliging;

/// <summary>
/// The names the app answers to (<c>AllowedHosts</c>, read by ASP.NET Core's host filtering). Links and redirects are
/// built from the request's Host header, so with "*" a request for <c>Host: evil.example</c> got a login redirect to
/// evil.example. Outside Development the setting is required and may not be "*"; other hosts get a 400.
/// </summary>
public static class Hostnamen
{
    public const string Sleutel = "AllowedHosts";

    public static void Vereis(IConfiguration configuration, IHostEnvironment omgeving)
    {
        var hosts = (configuration[Sleutel] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!omgeving.IsDevelopment() && (hosts.Length == 0 || hosts.Contains("*")))
        {
            throw new InvalidOperationException(
                $"{Sleutel} ontbreekt of is '*'. Buiten Development antwoordt de app alleen op de eigen hostnamen: geef ze op, gescheiden door puntkomma's (bijvoorbeeld gezinsveiligheid.wijchen.nl).");
        }
    }
}
