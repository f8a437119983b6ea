using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Notificaties;

/// <summary>
/// Tells the people a change concerns, in the same save (and so the same transaction) as the change: a new offer to a
/// team, an invitation to the gesprek, a dossier handed to someone (accept, wissel, herverdelen), an MDO action, a
/// terugmelding, a voorwaarde not met, a break-the-glass. Like the webhooks, it reads what the dossier recorded, so a
/// page, the API or a job cannot forget it. Nobody is told about what they did themselves, and an event recorded more
/// than <see cref="Nieuws"/> ago is history being loaded (the demo data, the region generator), not news.
/// </summary>
public sealed class Notificatiegebeurtenissen(Notificatiepost post, Weergave weergave, TimeProvider klok) : SaveChangesInterceptor
{
    public static readonly TimeSpan Nieuws = TimeSpan.FromDays(1);

    /// <summary>Synchronous saves (the Data Protection key ring) never carry a dossier change; one that did would lose its notifications.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is AppDbContext db && Gebeurtenissen(db).Count > 0
            ? throw new NotSupportedException("Dossierwijzigingen worden asynchroon opgeslagen, zodat hun notificaties mee kunnen.")
            : result;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && Gebeurtenissen(db) is { Count: > 0 } gebeurtenissen)
        {
            await post.VoegToeAsync(db, gebeurtenissen, cancellationToken);
        }

        return result;
    }

    private List<NieuweNotificatie> Gebeurtenissen(AppDbContext db)
    {
        List<NieuweNotificatie> nieuwe = [];
        var sinds = klok.GetUtcNow() - Nieuws;
        foreach (var dossier in db.ChangeTracker.Entries<Dossier>().Select(e => e.Entity))
        {
            var items = dossier.Chronologie.Where(c => db.Entry(c).State == EntityState.Added && c.Op >= sinds).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            foreach (var item in items)
            {
                var sleutel = $"chronologie:{item.Id}";
                switch (item.Actie)
                {
                    case DossierActie.OverdrachtAanbieden when dossier.HuidigeOverdracht is { } aanbod:
                        nieuwe.Add(new(Notificatiesoort.NieuwAanbod, dossier.Id, $"Veilig Thuis biedt een warme overdracht aan {aanbod.TeamNaam} aan.",
                            sleutel, item.Op, new([], [aanbod.TeamId]), item.DoorId));
                        break;
                    case DossierActie.GesprekPlannen when dossier.HuidigeOverdracht is { GesprekOp: { } op } gesprek:
                        nieuwe.Add(new(Notificatiesoort.GesprekUitnodiging, dossier.Id, $"Overdrachtsgesprek op {weergave.Moment(op)}.",
                            sleutel, item.Op, Ontvangers.Alleen(gesprek.BeoogdCasusregisseurId, gesprek.AangebodenDoorId), item.DoorId));
                        break;
                    case DossierActie.Terugmelden:
                        nieuwe.Add(new(Notificatiesoort.Terugmelding, dossier.Id, "Het wijkteam heeft het dossier teruggemeld; Veilig Thuis heeft de regie.",
                            sleutel, item.Op, Ontvangers.Alleen(dossier.VtBehandelaarId), item.DoorId));
                        break;
                    case DossierActie.VoorwaardenControleren when NietNageleefd(db, dossier) > 0:
                        nieuwe.Add(new(Notificatiesoort.VoorwaardeNietNageleefd, dossier.Id, "Bij het monitoringsmoment is een veiligheidsvoorwaarde niet nageleefd.",
                            sleutel, item.Op, new([.. new[] { dossier.RegiehouderId }.OfType<string>()], [.. new[] { dossier.WijkteamId }.OfType<Guid>()]), item.DoorId));
                        break;
                }
            }

            // A terugmelding hands regie back to VT; its own notification says so.
            var terugmelding = items.Any(i => i.Actie == DossierActie.Terugmelden);
            foreach (var wissel in dossier.Regiehistorie.Where(r => db.Entry(r).State == EntityState.Added && r.Op >= sinds && r.NaarId is not null && r.NaarId != r.DoorId && !terugmelding))
            {
                nieuwe.Add(new(Notificatiesoort.DossierOvergedragen, dossier.Id, "U bent regiehouder van dit dossier geworden.",
                    $"regie:{wissel.Id}", wissel.Op, Ontvangers.Alleen(wissel.NaarId), wissel.DoorId));
            }

            foreach (var mdo in dossier.Mdos)
            {
                foreach (var actie in mdo.Acties.Where(a => db.Entry(a).State == EntityState.Added && a.EigenaarId is not null))
                {
                    nieuwe.Add(new(Notificatiesoort.MdoActie, dossier.Id, $"MDO-actie voor u, uiterlijk {Weergave.Datum(actie.Uiterlijk)}.",
                        $"mdoactie:{actie.Id}", items[^1].Op, Ontvangers.Alleen(actie.EigenaarId), items[^1].DoorId));
                }
            }
        }

        foreach (var noodtoegang in db.ChangeTracker.Entries<Noodtoegang>().Where(e => e.State == EntityState.Added && e.Entity.Op >= sinds).Select(e => e.Entity))
        {
            if (noodtoegang.TeamId is { } team)
            {
                nieuwe.Add(new(Notificatiesoort.Noodtoegang, noodtoegang.DossierId, "Iemand buiten het dossier heeft noodtoegang gevraagd tot een dossier van uw team.",
                    $"noodtoegang:{noodtoegang.Id}", noodtoegang.Op, new([], [team]), noodtoegang.GebruikerId));
            }
        }

        return nieuwe;
    }

    private static int NietNageleefd(AppDbContext db, Dossier dossier) =>
        (dossier.GeaccepteerdeOverdracht?.Voorwaarden ?? []).Count(v => v.Controles.Any(c => c.Naleving == Naleving.NietNageleefd && db.Entry(c).State == EntityState.Added));
}
