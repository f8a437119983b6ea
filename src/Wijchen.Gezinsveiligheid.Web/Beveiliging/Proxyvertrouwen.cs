using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Wijchen.Gezinsveiligheid.Web.Beveiliging;

/// <summary>
/// Behind a reverse proxy the app sees the proxy's address and plain http. Only the proxies named in
/// <c>Proxy:VertrouwdeAdressen</c> may say who the client is (<c>X-Forwarded-For</c>, for the access log and the login
/// limit) and that the request came over HTTPS (<c>X-Forwarded-Proto</c>, for secure cookies and HSTS). Nobody else is
/// believed, not even localhost: without the setting the headers are ignored.
/// </summary>
public static class Proxyvertrouwen
{
    public const string Sectie = "Proxy:VertrouwdeAdressen";

    public static IServiceCollection AddProxyvertrouwen(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = (configuration.GetSection(Sectie).Get<string[]>() ?? [])
            .Select(adres => IPAddress.TryParse(adres, out var ip) ? ip : throw new InvalidOperationException($"{Sectie} bevat '{adres}', dat is geen IP-adres."))
            .ToList();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no known proxy at all the middleware would believe anyone, so then it reads no header.
            options.ForwardedHeaders = proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }
        });
    }
}
