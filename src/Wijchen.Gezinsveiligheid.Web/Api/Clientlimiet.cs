using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>
/// At most <see cref="ApiInstellingen.VerzoekenPerMinuut"/> calls per client per minute (per instance, like the other
/// limits). It runs after authentication, so the client is known; a call without a valid token never gets this far.
/// </summary>
public sealed class Clientlimiet : IEndpointFilter, IDisposable
{
    private static readonly TimeSpan Venster = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _limiet;

    public Clientlimiet(IOptions<ApiInstellingen> instellingen)
    {
        var perMinuut = instellingen.Value.VerzoekenPerMinuut;
        _limiet = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinuut, Window = Venster, QueueLimit = 0 }));
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var toestemming = _limiet.AttemptAcquire(context.HttpContext.User.ClientId());
        if (!toestemming.IsAcquired)
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Venster.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Problemen.Probleem(StatusCodes.Status429TooManyRequests);
        }

        return await next(context);
    }

    public void Dispose() => _limiet.Dispose();
}
