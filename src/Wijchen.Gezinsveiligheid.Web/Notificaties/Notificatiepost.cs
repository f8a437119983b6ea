using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Notificaties;

/// <summary>Who receives a notification: named users, the teamleiders of teams, and the managers.</summary>
public sealed record Ontvangers(IReadOnlyCollection<string> Gebruikers, IReadOnlyCollection<Guid> TeamleidersVan, bool Managers = false)
{
    public static Ontvangers Alleen(params string?[] gebruikers) => new([.. gebruikers.OfType<string>()], []);
}

/// <summary>An event to tell: the same <see cref="Sleutel"/> reaches a user once. <see cref="DoorId"/> did it and is not told.</summary>
public sealed record NieuweNotificatie(Notificatiesoort Soort, Guid DossierId, string Tekst, string Sleutel, DateTimeOffset Op, Ontvangers Ontvangers, string? DoorId = null);

/// <summary>
/// Turns events into notifications in the app and, by each user's setting, e-mails in the outbox — added to the
/// caller's context, so they commit with the change that caused them or not at all. One mechanism for every source:
/// the dossier's own changes (<see cref="Notificatiegebeurtenissen"/>) and the deadline ladder (<c>Jobs/Termijnsignalering</c>).
/// Disabled accounts get nothing; a user already told about an event is not told again.
/// </summary>
public sealed class Notificatiepost(IOptions<MailInstellingen> mail)
{
    public async Task<int> VoegToeAsync(AppDbContext db, IReadOnlyList<NieuweNotificatie> nieuwe, CancellationToken cancellationToken = default)
    {
        if (nieuwe.Count == 0)
        {
            return 0;
        }

        var gebruikers = nieuwe.SelectMany(n => n.Ontvangers.Gebruikers).Distinct().ToList();
        var teams = nieuwe.SelectMany(n => n.Ontvangers.TeamleidersVan).Distinct().ToList();
        var managers = nieuwe.Any(n => n.Ontvangers.Managers);
        var kandidaten = await (
                from u in db.Users.AsNoTracking()
                let rollen = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList()
                where gebruikers.Contains(u.Id)
                    || (u.TeamId != null && teams.Contains(u.TeamId.Value) && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Rollen.Teamleider)))
                    || (managers && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Rollen.Manager)))
                select new Kandidaat(u.Id, u.Email, u.TeamId, u.LockoutEnd, rollen))
            .ToListAsync(cancellationToken);
        var actief = kandidaten.Where(k => !Aanmeldremming.IsUitgeschakeld(k.LockoutEnd)).ToList();
        var ids = actief.Select(k => k.Id).ToList();
        var sleutels = nieuwe.Select(n => n.Sleutel).Distinct().ToList();
        var bekend = (await db.Notificaties.AsNoTracking().Where(n => ids.Contains(n.OntvangerId) && sleutels.Contains(n.Sleutel))
                .Select(n => new { n.OntvangerId, n.Sleutel }).ToListAsync(cancellationToken))
            .Select(n => (n.OntvangerId, n.Sleutel)).ToHashSet();
        var voorkeuren = (await db.Notificatievoorkeuren.AsNoTracking().Where(v => ids.Contains(v.GebruikerId)).ToListAsync(cancellationToken))
            .ToDictionary(v => (v.GebruikerId, v.Soort), v => v.Bezorging);

        var toegevoegd = 0;
        foreach (var notificatie in nieuwe)
        {
            var ontvangers = actief.Where(k => k.Id != notificatie.DoorId && (notificatie.Ontvangers.Gebruikers.Contains(k.Id)
                || (k.TeamId is { } team && notificatie.Ontvangers.TeamleidersVan.Contains(team) && k.Rollen.Contains(Rollen.Teamleider))
                || (notificatie.Ontvangers.Managers && k.Rollen.Contains(Rollen.Manager))));
            foreach (var ontvanger in ontvangers)
            {
                if (!bekend.Add((ontvanger.Id, notificatie.Sleutel)))
                {
                    continue;
                }

                var bezorging = mail.Value.Modus == Mailmodus.Uit || string.IsNullOrEmpty(ontvanger.Email)
                    ? Bezorging.Uit
                    : Bezorgingvoor(voorkeuren.GetValueOrDefault((ontvanger.Id, notificatie.Soort), Bezorging.Direct), notificatie.Soort, ontvanger.Rollen);
                var id = Guid.CreateVersion7(notificatie.Op);
                Guid? mailId = null;
                if (bezorging == Bezorging.Direct)
                {
                    var bericht = Mailteksten.Enkel(mail.Value, id, notificatie.Soort, notificatie.DossierId, ontvanger.Id, ontvanger.Email!, notificatie.Op);
                    db.Mailberichten.Add(bericht);
                    mailId = bericht.Id;
                }

                db.Notificaties.Add(new Notificatie
                {
                    Id = id,
                    OntvangerId = ontvanger.Id,
                    Soort = notificatie.Soort,
                    DossierId = notificatie.DossierId,
                    Tekst = notificatie.Tekst,
                    Sleutel = notificatie.Sleutel,
                    Op = notificatie.Op,
                    Mail = bezorging,
                    MailberichtId = mailId,
                });
                toegevoegd++;
            }
        }

        return toegevoegd;
    }

    /// <summary>A setting of "off" that is not allowed for this user (any more) counts as the daily digest.</summary>
    public static Bezorging Bezorgingvoor(Bezorging gekozen, Notificatiesoort soort, IEnumerable<string> rollen) =>
        gekozen == Bezorging.Uit && Notificatiesoorten.KanNietUit(soort, rollen) ? Bezorging.Dagelijks : gekozen;

    private sealed record Kandidaat(string Id, string? Email, Guid? TeamId, DateTimeOffset? LockoutEnd, List<string> Rollen);
}

/// <summary>
/// The e-mails' words. AVG: e-mail is not a safe channel, so an e-mail says only what kind of event it is, the dossier's
/// kenmerk and a link into the application — no names, no BSN, no content.
/// </summary>
public static class Mailteksten
{
    public const string Voetregel = "Deze e-mail bevat bewust geen namen of dossiergegevens. Meld u aan in Gezinsveiligheid Wijchen om te zien waar het om gaat.";

    public static string Link(MailInstellingen mail, Guid notificatieId) => $"{mail.AppAdres.TrimEnd('/')}/Notificaties/{notificatieId}";

    public static Mailbericht Enkel(MailInstellingen mail, Guid notificatieId, Notificatiesoort soort, Guid dossierId, string ontvangerId, string adres, DateTimeOffset op)
    {
        var kenmerk = Weergave.Kenmerk(dossierId);
        return Nieuw(ontvangerId, adres, op, $"{soort.Titel()} — dossier {kenmerk}",
            $"{soort.Titel()}\n\nDossier: {kenmerk}\nBekijken: {Link(mail, notificatieId)}\n\n{Voetregel}\n");
    }

    public static Mailbericht Dagoverzicht(MailInstellingen mail, string ontvangerId, string adres, DateTimeOffset op, IReadOnlyList<Notificatie> notificaties)
    {
        var regels = notificaties.Select(n => $"- {n.Soort.Titel()} — dossier {Weergave.Kenmerk(n.DossierId)}\n  {Link(mail, n.Id)}");
        return Nieuw(ontvangerId, adres, op, $"Dagoverzicht: {notificaties.Count} {(notificaties.Count == 1 ? "notificatie" : "notificaties")}",
            $"Sinds het vorige overzicht:\n\n{string.Join("\n", regels)}\n\n{Voetregel}\n");
    }

    private static Mailbericht Nieuw(string ontvangerId, string adres, DateTimeOffset op, string onderwerp, string tekst) => new()
    {
        Id = Guid.CreateVersion7(op),
        OntvangerId = ontvangerId,
        Adres = adres,
        Onderwerp = onderwerp,
        Tekst = tekst,
        AangemaaktOp = op,
        HerhalenSinds = op,
        VolgendePogingOp = op,
    };
}
