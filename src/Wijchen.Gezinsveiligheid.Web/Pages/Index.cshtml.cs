using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages;

/// <summary>
/// Mijn werk: what needs this user, by deadline — overdue first, then what is due within five working days. Roles
/// without dossier work land on their own start page instead: the manager on the dashboard, the privacy officer on the
/// access log, the beheerder on beheer.
/// </summary>
public sealed class IndexModel(AppDbContext db, Weergave weergave, TimeProvider klok, Toegangsregistratie registratie, Noodtoegangen noodtoegangen) : PageModel
{
    public const int Maximum = 200;

    /// <summary>How long a dossier handed to someone stays under "Aan u overgedragen", and a later melding under "Nieuwe meldingen".</summary>
    public const int OvergedragenDagen = 14;

    /// <summary>How long a teamleider sees that someone broke the glass into one of the team's dossiers.</summary>
    public const int NoodtoegangDagen = 30;

    private static readonly DossierFase[] VtFasen =
    [
        DossierFase.Melding, DossierFase.Veiligheidsbeoordeling, DossierFase.VoorwaardenEnVervolg, DossierFase.Onderzoek,
        DossierFase.Teruggelegd, DossierFase.Opgeschaald,
    ];

    public IReadOnlyList<Taak> Taken { get; private set; } = [];

    public IReadOnlyList<Overdragen> Overgedragen { get; private set; } = [];

    public IReadOnlyList<Noodtoegangmelding> Noodtoegangen { get; private set; } = [];

    public IReadOnlyList<NieuweMelding> NieuweMeldingen { get; private set; } = [];

    /// <summary>For a teamleider: break-the-glass requests of the own team that wait for approval.</summary>
    public int NoodtoegangTeBeslissen { get; private set; }

    public IEnumerable<IGrouping<DeadlineStaat, Taak>> PerStaat => Taken.GroupBy(t => t.Staat);

    public async Task<IActionResult> OnGetAsync()
    {
        if (Startpagina(User) is { } start)
        {
            return Redirect(start);
        }

        registratie.Noteer(Toegangssoort.Lezen, "Mijn werk");
        var ik = User.Id();
        var team = User.TeamId();
        var teamleider = User.IsInRole(Rollen.Teamleider);
        var vt = User.IsInRole(Rollen.VtMedewerker);

        // The gesprekken this user is invited to as future casusregisseur, found from the offers' own index.
        var gesprekkenVoorMij = db.Set<Overdracht>().Where(o => o.BeoogdCasusregisseurId == ik && o.Status == OverdrachtStatus.GesprekGepland)
            .Select(o => EF.Property<Guid>(o, "DossierId"));
        var rijen = await db.Dossiers.AsNoTracking().ZichtbaarVoor(User)
            .Where(d =>
                (vt && d.RegiehouderId == ik && VtFasen.Contains(d.Fase))
                || (teamleider && d.WijkteamId == team && (DossierFasen.OverdrachtOpen.Contains(d.Fase) || (d.Fase == DossierFase.Casusregie && d.AfsluitVoorstel != null)))
                || (d.Fase == DossierFase.Casusregie && d.RegiehouderId == ik)
                || (d.Fase == DossierFase.OverdrachtsgesprekGepland && gesprekkenVoorMij.Contains(d.Id)))
            .OrderBy(d => d.Deadline == null).ThenBy(d => d.Deadline).ThenBy(d => d.Naam)
            .Take(Maximum)
            .Select(d => new
            {
                d.Id,
                d.Naam,
                d.Fase,
                d.Deadline,
                Voorstel = d.AfsluitVoorstel != null,
                PlanOpen = d.PlanVastgesteldOp == null && d.Deadline == d.PlanUiterlijk,
                // A voorwaarde whose latest check says "niet nageleefd" asks for the terugmelding until it is made.
                NietNageleefd = d.Fase == DossierFase.Casusregie && d.Overdrachten.Where(o => o.Status == OverdrachtStatus.Geaccepteerd).SelectMany(o => o.Voorwaarden)
                    .Any(v => v.Controles.OrderByDescending(c => c.Volgnummer).Select(c => (Naleving?)c.Naleving).FirstOrDefault() == Naleving.NietNageleefd),
            })
            .ToListAsync();

        // The planned gesprek of the open offer, for the dossiers waiting for one: at most the rows above.
        var wachtOpGesprek = rijen.Where(r => r.Fase == DossierFase.OverdrachtsgesprekGepland).Select(r => r.Id).ToList();
        var gesprekken = wachtOpGesprek.Count == 0 ? [] : await db.Set<Overdracht>().AsNoTracking()
            .Where(o => wachtOpGesprek.Contains(EF.Property<Guid>(o, "DossierId")) && Overdracht.OpenStatussen.Contains(o.Status))
            .Select(o => new { DossierId = EF.Property<Guid>(o, "DossierId"), o.GesprekOp, o.GehoudenOp })
            .ToListAsync();
        var gesprek = gesprekken.ToDictionary(g => g.DossierId);

        // MDO actions whose owner is this user, in any open dossier they can see: also after a terugmelding, when VT holds regie again.
        var acties = await (
                from d in db.Dossiers.AsNoTracking().ZichtbaarVoor(User)
                where d.Fase != DossierFase.Afgesloten
                from m in d.Mdos
                from a in m.Acties
                where a.EigenaarId == ik && a.AfgerondOp == null
                orderby a.Uiterlijk
                select new { d.Id, d.Naam, a.Wat, a.Uiterlijk })
            .Take(Maximum).ToListAsync();

        // VT's monitoring moments, with the state of the conditions as the latest check of each left them.
        var monitoring = vt
            ? await db.Dossiers.AsNoTracking().ZichtbaarVoor(User)
                .Where(d => d.Fase == DossierFase.Casusregie && d.VtBehandelaarId == ik && d.MonitoringUiterlijk != null)
                .OrderBy(d => d.MonitoringUiterlijk).Take(Maximum)
                .Select(d => new { d.Id, d.Naam, d.MonitoringUiterlijk })
                .ToListAsync()
            : [];
        var ids = monitoring.Select(m => m.Id).ToList();
        var voorwaarden = ids.Count == 0 ? [] : await (
                from d in db.Dossiers.AsNoTracking()
                where ids.Contains(d.Id)
                from o in d.Overdrachten
                where o.Status == OverdrachtStatus.Geaccepteerd
                from v in o.Voorwaarden
                select new { d.Id, o.BesluitOp, Naleving = v.Controles.OrderByDescending(c => c.Volgnummer).Select(c => (Naleving?)c.Naleving).FirstOrDefault() })
            .ToListAsync();
        var stand = voorwaarden.GroupBy(v => v.Id).ToDictionary(g => g.Key, g => Stand([.. g.Where(v => v.BesluitOp == g.Max(x => x.BesluitOp)).Select(v => v.Naleving)]));

        // Casusregie handed to this user by someone else (a teamleider's change or bulk reassignment), with the handover note.
        var sinds = klok.GetUtcNow().AddDays(-OvergedragenDagen);
        Overgedragen = await (
                from d in db.Dossiers.AsNoTracking().ZichtbaarVoor(User)
                where d.Fase == DossierFase.Casusregie && d.RegiehouderId == ik
                from r in d.Regiehistorie
                where r.NaarId == ik && r.DoorId != ik && r.Op >= sinds
                orderby r.Op descending
                select new Overdragen(d.Id, d.Naam, r.VanNaam, r.DoorNaam, r.Op, r.Reden))
            .Take(Maximum).ToListAsync();

        // A later melding in a dossier this user leads, added by someone else: the regiehouder must know about it.
        NieuweMeldingen = await (
                from m in db.Set<LatereMelding>().AsNoTracking()
                where m.GeregistreerdOp >= sinds && m.GeregistreerdDoorId != ik
                join d in db.Dossiers.AsNoTracking().ZichtbaarVoor(User) on EF.Property<Guid?>(m, "DossierId") equals d.Id
                where d.RegiehouderId == ik
                orderby m.GeregistreerdOp descending
                select new NieuweMelding(d.Id, m.Id, d.Naam, m.Melding.SoortZorg, m.GeregistreerdDoorNaam, m.GeregistreerdOp))
            .Take(Maximum).ToListAsync();

        var noodtoegangSinds = klok.GetUtcNow().AddDays(-NoodtoegangDagen);
        Noodtoegangen = teamleider
            ? await (
                    from n in db.Noodtoegangen.AsNoTracking()
                    where n.TeamId == team && n.Op >= noodtoegangSinds && (!n.GoedkeuringNodig || n.Goedgekeurd == true)
                    join d in db.Dossiers.AsNoTracking().ZichtbaarVoor(User) on n.DossierId equals d.Id
                    orderby n.Op descending
                    select new Noodtoegangmelding(d.Id, d.Naam, n.GebruikerNaam, n.Op, n.Grond, n.Reden))
                .Take(Maximum).ToListAsync()
            : [];
        NoodtoegangTeBeslissen = teamleider ? await noodtoegangen.TeBeslissenDoor(User).CountAsync() : 0;

        Taken = [.. rijen.Select(r => new Taak(r.Id, r.Naam, r.Fase.VolgendeStap(r.Voorstel, r.NietNageleefd, r.PlanOpen, gesprek.GetValueOrDefault(r.Id)?.GehoudenOp is not null,
                gesprek.GetValueOrDefault(r.Id)?.GesprekOp is { } op ? weergave.Moment(op) : null), r.Deadline, weergave.Staat(r.Deadline)))
            .Concat(acties.Select(a => new Taak(a.Id, a.Naam, $"MDO-actie: {a.Wat}", a.Uiterlijk, weergave.Staat(a.Uiterlijk))))
            .Concat(monitoring.Select(m => new Taak(m.Id, m.Naam, $"Monitoringsmoment: voorwaarden controleren ({stand.GetValueOrDefault(m.Id, "geen voorwaarden")})", m.MonitoringUiterlijk, weergave.Staat(m.MonitoringUiterlijk))))
            .OrderBy(t => t.Deadline is null).ThenBy(t => t.Deadline).ThenBy(t => t.Naam, StringComparer.Ordinal)];
        return Page();
    }

    /// <summary>The start page of a user without dossier work, or null for those whose start page is Mijn werk.</summary>
    public static string? Startpagina(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Rollen.VtMedewerker) || user.IsInRole(Rollen.WijkteamMedewerker) || user.IsInRole(Rollen.Teamleider))
        {
            return null;
        }

        return user.IsInRole(Rollen.Manager) ? "/Dashboard"
            : user.IsInRole(Rollen.Privacyfunctionaris) ? "/Privacy"
            // Beheer asks a passkey sign-in; without one the beheerder is told on the passkeys page how to get it.
            : user.IsInRole(Rollen.Beheerder) ? (user.HasClaim("amr", AanmeldManager.MetPasskey) ? "/Beheer" : "/Profiel/Passkeys")
            : null;
    }

    private static string Stand(IReadOnlyList<Naleving?> stand)
    {
        string Aantal(Naleving? naleving, string tekst) => stand.Count(s => s == naleving) is var n and > 0 ? $"{n} {tekst}" : "";
        var delen = new[]
        {
            Aantal(Naleving.NietNageleefd, "niet nageleefd"), Aantal(Naleving.Onbekend, "onbekend"), Aantal(Naleving.Nageleefd, "nageleefd"), Aantal(null, "nog niet gecontroleerd"),
        };
        return string.Join(", ", delen.Where(d => d.Length > 0));
    }

    public sealed record NieuweMelding(Guid DossierId, Guid MeldingId, string Naam, SoortZorg SoortZorg, string Door, DateTimeOffset Op);

    public sealed record Noodtoegangmelding(Guid DossierId, string Naam, string Door, DateTimeOffset Op, Noodtoegangsgrond? Grond, string Reden);

    public sealed record Overdragen(Guid DossierId, string Naam, string? VanNaam, string DoorNaam, DateTimeOffset Op, string Notitie);

    public sealed record Taak(Guid DossierId, string Naam, string Omschrijving, DateOnly? Deadline, DeadlineStaat Staat);
}
