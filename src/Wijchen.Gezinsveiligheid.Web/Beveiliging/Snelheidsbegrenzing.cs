using System.Globalization;
using System.Threading.RateLimiting;

namespace Wijchen.Gezinsveiligheid.Web.Beveiliging;

/// <summary>
/// Limits on guessing: sign-in attempts per client address and searches per user, each per minute. Only posts count;
/// reading the form is free. Settings <c>Beveiliging:PogingenPerMinuut</c> (default 10) and
/// <c>Beveiliging:ZoekopdrachtenPerMinuut</c> (default 60). The client address is the one <see cref="Proxyvertrouwen"/>
/// settles: behind a proxy named in <c>Proxy:VertrouwdeAdressen</c> the address it forwards, otherwise the connection's.
/// </summary>
public static class Snelheidsbegrenzing
{
    public const string Inloggen = "inloggen";
    public const string Zoeken = "zoeken";

    private static readonly TimeSpan Venster = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddSnelheidsbegrenzing(this IServiceCollection services, IConfiguration configuration)
    {
        var pogingen = configuration.GetValue("Beveiliging:PogingenPerMinuut", 10);
        var zoekopdrachten = configuration.GetValue("Beveiliging:ZoekopdrachtenPerMinuut", 60);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Inloggen, context => Alleen(context, context.Connection.RemoteIpAddress?.ToString() ?? "onbekend", pogingen));
            options.AddPolicy(Zoeken, context => Alleen(context, context.User.Identity?.Name ?? "anoniem", zoekopdrachten));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Venster.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Te veel pogingen. Probeer het over een minuut opnieuw.", cancellationToken);
            };
        });
    }

    private static RateLimitPartition<string> Alleen(HttpContext context, string sleutel, int limiet) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(sleutel, _ => new FixedWindowRateLimiterOptions { PermitLimit = limiet, Window = Venster, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("lezen");
}
