using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Notificaties;

/// <summary>
/// The daily digest: every notification whose e-mail waits for it, one e-mail per user, written with the notifications
/// marked as carried in one transaction — a digest is made once. Runs on working days from 08:00 (<c>Jobs/Notificatiebewaking</c>);
/// what came in over a weekend is in Monday's.
/// </summary>
public sealed class Dagoverzicht(AppDbContext db, IOptions<MailInstellingen> mail, TimeProvider klok)
{
    /// <summary>Writes the digests; returns how many.</summary>
    public async Task<int> VerzamelAsync(CancellationToken cancellationToken = default)
    {
        var wachtend = await db.Notificaties
            .Where(n => n.Mail == Bezorging.Dagelijks && n.MailberichtId == null)
            .OrderBy(n => n.Op)
            .ToListAsync(cancellationToken);
        if (wachtend.Count == 0)
        {
            return 0;
        }

        var ids = wachtend.Select(n => n.OntvangerId).Distinct().ToList();
        var adressen = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.LockoutEnd }).ToListAsync(cancellationToken);
        var nu = klok.GetUtcNow();
        var aantal = 0;
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var groep in wachtend.GroupBy(n => n.OntvangerId))
        {
            // A disabled account gets no e-mail; its digest waits in case the account is switched on again.
            if (adressen.SingleOrDefault(a => a.Id == groep.Key) is not { Email: { Length: > 0 } adres } ontvanger || Aanmeldremming.IsUitgeschakeld(ontvanger.LockoutEnd))
            {
                continue;
            }

            var bericht = Mailteksten.Dagoverzicht(mail.Value, groep.Key, adres, nu, [.. groep]);
            db.Mailberichten.Add(bericht);
            foreach (var notificatie in groep)
            {
                notificatie.MailberichtId = bericht.Id;
            }

            aantal++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return aantal;
    }
}
