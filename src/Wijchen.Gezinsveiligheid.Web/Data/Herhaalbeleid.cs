namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// How an outbox (webhooks, e-mail) retries a message that could not be delivered: growing waits from 30 seconds to
/// 8 hours, and given up only when the series of attempts is more than <see cref="Opgeven"/> old, because a receiver
/// may be down over a night or a weekend's maintenance window.
/// </summary>
public static class Herhaalbeleid
{
    public static readonly TimeSpan Opgeven = TimeSpan.FromHours(25);

    /// <summary>How long an instance holds a message it is sending; another instance leaves it alone meanwhile.</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan[] Wachttijden =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(8),
    ];

    public static TimeSpan Wachttijd(int pogingen) => Wachttijden[Math.Clamp(pogingen - 1, 0, Wachttijden.Length - 1)];
}
