using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Wijchen.Gezinsveiligheid.Web.Beveiliging;

/// <summary>
/// The security headers on every response, error pages included: a Content-Security-Policy that allows only this
/// site's own files and scripts carrying this response's nonce (never inline script), no framing, no sniffing, no
/// referrer, and no caching unless a file says otherwise.
/// </summary>
public static class Beveiligingsheaders
{
    private const string NonceSleutel = "gv:csp-nonce";

    /// <summary>The nonce a script tag on this page must carry.</summary>
    public static string Nonce(this HttpContext context) => (string)context.Items[NonceSleutel]!;

    public static IApplicationBuilder UseBeveiligingsheaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceSleutel] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
                "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!headers.ContainsKey(HeaderNames.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
