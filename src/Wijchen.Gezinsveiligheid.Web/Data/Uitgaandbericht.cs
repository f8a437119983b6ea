using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijchen.Gezinsveiligheid.Web.Data;

public enum Berichtstatus
{
    Wachtend,
    Verstuurd,
    Mislukt,
}

/// <summary>
/// A message in an outbox (a webhook, an e-mail): written in the same transaction as the change it reports, sent
/// afterwards by <see cref="Outbox"/>, retried with growing waits, given up only after the retry period; the beheerder
/// sees it and can send it again.
/// </summary>
public abstract class Uitgaandbericht
{
    /// <summary>Also what a receiver recognises a redelivery by (<c>webhook-id</c>, <c>Message-Id</c>).</summary>
    public Guid Id { get; init; }

    public DateTimeOffset AangemaaktOp { get; init; }

    /// <summary>Attempts in the current series: since the change, or since the beheerder sent it again.</summary>
    public int Pogingen { get; set; }

    /// <summary>When the current series of attempts began: the change itself, or the beheerder's "send again".</summary>
    public DateTimeOffset HerhalenSinds { get; set; }

    public DateTimeOffset VolgendePogingOp { get; set; }

    /// <summary>An instance that is sending this message holds it until then; another instance leaves it alone.</summary>
    public DateTimeOffset? BezigTot { get; set; }

    public DateTimeOffset? VerstuurdOp { get; set; }

    public DateTimeOffset? MisluktOp { get; set; }

    public string? LaatsteFout { get; set; }

    public Berichtstatus Status => VerstuurdOp is not null ? Berichtstatus.Verstuurd : MisluktOp is not null ? Berichtstatus.Mislukt : Berichtstatus.Wachtend;

    /// <summary>The columns and the index every outbox table has.</summary>
    internal static void Configureer<T>(EntityTypeBuilder<T> builder)
        where T : Uitgaandbericht
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.LaatsteFout).HasMaxLength(Configurations.Lengte.Kort);
        builder.Ignore(b => b.Status);
        // The sender asks for what is due: not sent, not given up, next attempt passed.
        builder.HasIndex(b => new { b.VerstuurdOp, b.MisluktOp, b.VolgendePogingOp });
    }
}

/// <summary>
/// The one way an outbox is sent and managed. A message is due when its next attempt has come; an instance claims it
/// (<see cref="Herhaalbeleid.Claim"/>) before sending, so several instances never send the same message at the same
/// time. A failure waits longer each time and the message is given up when its series is older than
/// <see cref="Herhaalbeleid.Opgeven"/>. A message that was sent but whose success could not be recorded goes again.
/// </summary>
public static class Outbox
{
    /// <summary>One round: sends every due message once (at most <paramref name="maximum"/>). Returns how many were sent.</summary>
    public static async Task<int> VerstuurAsync<T>(
        DbSet<T> berichten, TimeProvider klok, int maximum, Func<T, CancellationToken, Task<string?>> stuur, Action<T, int, string> opgegeven, CancellationToken cancellationToken)
        where T : Uitgaandbericht
    {
        var nu = klok.GetUtcNow();
        var due = await berichten.AsNoTracking()
            .Where(b => b.VerstuurdOp == null && b.MisluktOp == null && b.VolgendePogingOp <= nu && (b.BezigTot == null || b.BezigTot < nu))
            .OrderBy(b => b.VolgendePogingOp).Take(maximum).ToListAsync(cancellationToken);
        var verstuurd = 0;
        foreach (var bericht in due)
        {
            var geclaimd = await berichten
                .Where(b => b.Id == bericht.Id && b.VerstuurdOp == null && b.MisluktOp == null && (b.BezigTot == null || b.BezigTot < nu))
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.BezigTot, nu + Herhaalbeleid.Claim), cancellationToken);
            if (geclaimd == 0)
            {
                continue;
            }

            var fout = await stuur(bericht, cancellationToken);
            var pogingen = bericht.Pogingen + 1;
            var klaar = klok.GetUtcNow();
            if (fout is null)
            {
                verstuurd++;
                await berichten.Where(b => b.Id == bericht.Id).ExecuteUpdateAsync(b => b
                    .SetProperty(x => x.VerstuurdOp, klaar).SetProperty(x => x.Pogingen, pogingen)
                    .SetProperty(x => x.BezigTot, (DateTimeOffset?)null).SetProperty(x => x.LaatsteFout, (string?)null), cancellationToken);
                continue;
            }

            var opgeven = klaar - bericht.HerhalenSinds >= Herhaalbeleid.Opgeven ? klaar : (DateTimeOffset?)null;
            await berichten.Where(b => b.Id == bericht.Id).ExecuteUpdateAsync(b => b
                .SetProperty(x => x.Pogingen, pogingen).SetProperty(x => x.LaatsteFout, fout)
                .SetProperty(x => x.VolgendePogingOp, klaar + Herhaalbeleid.Wachttijd(pogingen)).SetProperty(x => x.MisluktOp, opgeven)
                .SetProperty(x => x.BezigTot, (DateTimeOffset?)null), cancellationToken);
            if (opgeven is not null)
            {
                opgegeven(bericht, pogingen, fout);
            }
        }

        return verstuurd;
    }

    /// <summary>The beheerder's "send again" of a failed message: a new series from now. False when there is no such failed message.</summary>
    public static async Task<bool> OpnieuwAsync<T>(DbSet<T> berichten, Guid id, DateTimeOffset nu)
        where T : Uitgaandbericht =>
        await berichten.Where(b => b.Id == id && b.MisluktOp != null && b.VerstuurdOp == null)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.MisluktOp, (DateTimeOffset?)null).SetProperty(x => x.VolgendePogingOp, nu)
                .SetProperty(x => x.HerhalenSinds, nu).SetProperty(x => x.Pogingen, 0)) == 1;

    /// <summary>How many messages wait, failed and were sent: the beheer page's first table.</summary>
    public static async Task<IReadOnlyDictionary<Berichtstatus, int>> AantallenAsync<T>(DbSet<T> berichten)
        where T : Uitgaandbericht
    {
        var aantallen = await berichten.AsNoTracking()
            .GroupBy(b => b.VerstuurdOp != null ? Berichtstatus.Verstuurd : b.MisluktOp != null ? Berichtstatus.Mislukt : Berichtstatus.Wachtend)
            .Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync();
        return Enum.GetValues<Berichtstatus>().ToDictionary(s => s, s => aantallen.SingleOrDefault(a => a.Key == s)?.Aantal ?? 0);
    }
}
