using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// Twelve dossiers, each moved through the real domain on fixed dates in 2025–2026, saved in a fresh SQLite file. The
/// dashboard tests assert figures computed by hand from these dates (holidays 2026: Goede Vrijdag 3 April, Tweede
/// Paasdag 6 April, Koningsdag 27 April, Hemelvaart 14 May, Tweede Pinksterdag 25 May). Peildatum: Monday 1 June 2026.
/// </summary>
public sealed class Regiedossiers : IAsyncLifetime
{
    public static readonly Guid Noord = Guid.Parse("0195f3a0-0000-7000-8000-00000000000a");
    public static readonly Guid Zuid = Guid.Parse("0195f3a0-0000-7000-8000-00000000000b");
    public static readonly DateOnly Peildatum = new(2026, 6, 1);

    public static readonly Medewerker Vt = new("vt-1", "Vera Thuis", Organisatie.VeiligThuis, null) { Functies = Functie.VeiligThuis };
    public static readonly Medewerker TeamleiderNoord = new("tl-n", "Tessa Noord", Organisatie.Gemeente, Noord) { Functies = Functie.Teamleider };
    public static readonly Medewerker Wim = new("wn-1", "Wim Noord", Organisatie.Gemeente, Noord) { Functies = Functie.Wijkteam };
    public static readonly Medewerker Wendy = new("wn-2", "Wendy Noord", Organisatie.Gemeente, Noord) { Functies = Functie.Wijkteam };
    public static readonly Medewerker Willem = new("wn-3", "Willem Noord", Organisatie.Gemeente, Noord) { Functies = Functie.Wijkteam };
    public static readonly Medewerker TeamleiderZuid = new("tl-z", "Tom Zuid", Organisatie.Gemeente, Zuid) { Functies = Functie.Teamleider };
    public static readonly Medewerker Zoe = new("wz-1", "Zoë Zuid", Organisatie.Gemeente, Zuid) { Functies = Functie.Wijkteam };

    public static readonly Termijnberekening Termijnen = new(new TermijnInstellingen(), new WerkdagKalender(), Termijnberekening.Nederland);

    private readonly string _bestand = Path.Combine(Path.GetTempPath(), "gezinsveiligheid-tests", $"dashboard-{Guid.NewGuid():N}.db");

    public Dictionary<string, Guid> Ids { get; } = [];

    public string Naam(Guid id) => Ids.Single(i => i.Value == id).Key;

    public AppDbContext NieuweContext() =>
        new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_bestand}").Options);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_bestand)!);
        await using var db = NieuweContext();
        await DatabaseRegistration.MigrateAsync(db);
        db.Teams.AddRange(new Team { Id = Noord, Naam = "Wijkteam Noord", Organisatie = Organisatie.Gemeente },
            new Team { Id = Zuid, Naam = "Wijkteam Zuid", Organisatie = Organisatie.Gemeente });
        var rol = new IdentityRole(Rollen.WijkteamMedewerker) { Id = "rol-wijkteam", NormalizedName = Rollen.WijkteamMedewerker.ToUpperInvariant() };
        db.Roles.Add(rol);
        foreach (var medewerker in new[] { Wim, Wendy, Willem, Zoe })
        {
            db.Users.Add(new ApplicationUser { Id = medewerker.Id, UserName = medewerker.Id, DisplayName = medewerker.Naam, TeamId = medewerker.TeamId });
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = medewerker.Id, RoleId = rol.Id });
        }

        db.Dossiers.AddRange(Bouw());
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_bestand);
        return Task.CompletedTask;
    }

    private IEnumerable<Dossier> Bouw()
    {
        // K: melding late on 31 May 2025 UTC, which is 1 June in Wijchen; closed after the VB.
        var k = Melding("Gezin Kade", "2025-05-31T22:30:00Z");
        Vb(k, "2025-06-02", VeiligheidsbeoordelingBesluit.EindeBemoeienis);
        k.BeeindigBemoeienis("Geen zorgen meer", Door(Vt, "2025-06-05T09:00:00Z"));

        // J: in casusregie since January; evaluation, monitoring and an MDO action are overdue.
        var j = Melding("Gezin Jansen", "2025-12-01T09:00:00Z");
        Vb(j, "2025-12-03");
        Aanbod(j, Noord, "2025-12-15T09:00:00Z");
        Gesprek(j, TeamleiderNoord, Wendy, "2025-12-15T10:00:00Z", "2025-12-22T09:00:00Z", warm: true);
        j.AccepteerOverdracht(Wendy, Door(TeamleiderNoord, "2026-01-05T09:00:00Z"));
        Plan(j, Wendy, "2026-01-12T09:00:00Z", delen: true);
        var mdo = j.PlanMdo(new MdoPlanning(Moment("2026-04-15T09:00:00Z"), "Wijkcentrum", "Stand van zaken", [j.Netwerkpartners[0].Id], []), Door(Wendy, "2026-04-01T09:00:00Z"));
        j.LegMdoVast(mdo.Id, new MdoVerslag(Moment("2026-04-15T09:00:00Z"), [j.Netwerkpartners[0].Id], [], "Hulp inzetten",
            [new MdoActieGegevens("Aanmelding opvoedondersteuning", new ActieEigenaar(Wendy.Naam, Wendy.Id), new DateOnly(2026, 5, 1))], null), Door(Wendy, "2026-04-15T12:00:00Z"));

        // I: accepted 2 March, no plan by 30 March; a baby born since has no judgement.
        var i = Melding("Gezin IJzer", "2026-01-05T09:00:00Z");
        Vb(i, "2026-01-07");
        Aanbod(i, Noord, "2026-02-16T09:00:00Z");
        Gesprek(i, TeamleiderNoord, Wim, "2026-02-16T10:00:00Z", "2026-02-24T09:00:00Z", warm: true);
        i.AccepteerOverdracht(Wim, Door(TeamleiderNoord, "2026-03-02T09:00:00Z"));
        i.VoegGezinslidToe(new GezinslidGegevens("Baby IJzer", new DateOnly(2026, 3, 1), null, GezinslidRol.Kind, true), Door(Wim, "2026-03-09T09:00:00Z"));

        // M: teruggemeld on 10 March; VT has not done the new VB.
        var m = Melding("Gezin Molen", "2026-02-02T09:00:00Z");
        Vb(m, "2026-02-04");
        Aanbod(m, Noord, "2026-02-05T09:00:00Z");
        Gesprek(m, TeamleiderNoord, Wim, "2026-02-05T10:00:00Z", "2026-02-09T09:00:00Z", warm: true);
        m.AccepteerOverdracht(Wim, Door(TeamleiderNoord, "2026-02-10T09:00:00Z"));
        m.Terugmelden("Nieuw incident", "Politie kwam langs", Door(Wim, "2026-03-10T09:00:00Z"));

        // C: melding 31 March 22:30 UTC = 1 April in Wijchen; plan vastgesteld one day after its deadline (28 May).
        var c = Melding("Gezin Ceder", "2026-03-31T22:30:00Z");
        Vb(c, "2026-04-10");
        Aanbod(c, Zuid, "2026-04-13T09:00:00Z");
        Gesprek(c, TeamleiderZuid, Zoe, "2026-04-13T10:00:00Z", "2026-04-23T09:00:00Z", warm: true);
        c.AccepteerOverdracht(Zoe, Door(TeamleiderZuid, "2026-04-28T09:00:00Z"));
        Plan(c, Zoe, "2026-05-29T09:00:00Z", delen: true);

        // A: across Koningsdag; plan vastgesteld on time (deadline 8 June) but not shared with the school.
        var a = Melding("Gezin Anker", "2026-04-20T09:00:00Z");
        Vb(a, "2026-04-28");
        Aanbod(a, Noord, "2026-04-30T09:00:00Z");
        Gesprek(a, TeamleiderNoord, Wim, "2026-04-30T10:00:00Z", "2026-05-06T09:00:00Z", warm: true);
        a.AccepteerOverdracht(Wim, Door(TeamleiderNoord, "2026-05-07T09:00:00Z"));
        Plan(a, Wim, "2026-05-20T09:00:00Z", delen: false);

        // D: VB late (9 working days), declined by Noord on 19 May; VT has not chosen a follow-up by 27 May.
        var d = Melding("Gezin Duin", "2026-04-16T09:00:00Z");
        Vb(d, "2026-04-30");
        Aanbod(d, Noord, "2026-05-04T09:00:00Z");
        Gesprek(d, TeamleiderNoord, Wim, "2026-05-05T09:00:00Z", "2026-05-18T09:00:00Z", warm: true);
        d.WijsOverdrachtAf("Geen capaciteit", Door(TeamleiderNoord, "2026-05-19T09:00:00Z"));

        // H: gesprek planned but no decision by 19 May.
        var h = Melding("Gezin Heide", "2026-04-28T09:00:00Z");
        Vb(h, "2026-04-29");
        Aanbod(h, Noord, "2026-05-04T09:00:00Z");
        h.PlanGesprek(new GesprekPlanning(Moment("2026-05-08T09:00:00Z"), "Wijkcentrum", Wim, [h.Gezinsleden[0].Id]), Door(TeamleiderNoord, "2026-05-05T09:00:00Z"));

        // B: the gesprek was held without the family (not warm); plan deadline 18 June is still running.
        var b = Melding("Gezin Berk", "2026-05-04T09:00:00Z");
        Vb(b, "2026-05-11");
        Aanbod(b, Noord, "2026-05-12T09:00:00Z");
        Gesprek(b, TeamleiderNoord, Wendy, "2026-05-12T10:00:00Z", "2026-05-19T09:00:00Z", warm: false);
        b.AccepteerOverdracht(Wendy, Door(TeamleiderNoord, "2026-05-20T09:00:00Z"));

        // E: no VB by 19 May. F: received 29 May, VB due 5 June.
        var e = Melding("Gezin Eik", "2026-05-11T09:00:00Z");
        var f = Melding("Gezin Fjord", "2026-05-29T09:00:00Z");

        // G: offered to Zuid on 18 May (after Hemelvaart); no gesprek planned by 26 May.
        var g = Melding("Gezin Gaard", "2026-05-13T09:00:00Z");
        Vb(g, "2026-05-15");
        Aanbod(g, Zuid, "2026-05-18T09:00:00Z");

        foreach (var (naam, dossier) in new[] { ("K", k), ("J", j), ("I", i), ("M", m), ("C", c), ("A", a), ("D", d), ("H", h), ("B", b), ("E", e), ("F", f), ("G", g) })
        {
            Ids[naam] = dossier.Id;
        }

        return [k, j, i, m, c, a, d, h, b, e, f, g];
    }

    private static DateTimeOffset Moment(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static Handeling Door(Medewerker wie, string iso) => new(wie, Moment(iso), Termijnen);

    private static Dossier Melding(string naam, string iso) =>
        Dossier.Registreer(naam, new MeldingGegevens(Moment(iso), "Melder", "Leerkracht", "06-12345678", true, SoortZorg.Partnergeweld, "Zorgen over thuis"),
            [new GezinslidGegevens("Ouder " + naam, new DateOnly(1985, 1, 1), null, GezinslidRol.OuderVerzorger, true),
             new GezinslidGegevens("Kind " + naam, new DateOnly(2016, 1, 1), null, GezinslidRol.Kind, true)],
            Door(Vt, iso));

    private static void Vb(Dossier dossier, string datum, VeiligheidsbeoordelingBesluit besluit = VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam)
    {
        var dag = DateOnly.Parse(datum, CultureInfo.InvariantCulture);
        dossier.LegVeiligheidsbeoordelingVast(new VeiligheidsbeoordelingGegevens(dag, false, true,
                [.. dossier.Gezinsleden.Where(g => g.IsMinderjarigOp(dag)).Select(g => new OordeelGegevens(g.Id, VeiligheidsOordeel.VoorwaardelijkVeilig, null))],
                [.. dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(dag)).Select(g => new KindcheckGegevens(g.Id, true, false, null))],
                null, "Structurele onveiligheid", besluit),
            Door(Vt, datum + "T15:00:00Z"));
    }

    private static void Aanbod(Dossier dossier, Guid team, string iso) =>
        dossier.BiedOverdrachtAan(new OverdrachtAanbod(team, team == Noord ? "Wijkteam Noord" : "Wijkteam Zuid", "Context van het gezin", "Vera Thuis",
            [new VoorwaardeGegevens("Geen geweld waar de kinderen bij zijn", "Ouders", "Ouder")], null), Door(Vt, iso));

    private static void Gesprek(Dossier dossier, Medewerker teamleider, Medewerker regisseur, string gepland, string gehouden, bool warm)
    {
        dossier.PlanGesprek(new GesprekPlanning(Moment(gehouden), "Wijkcentrum", regisseur, [dossier.Gezinsleden[0].Id]), Door(teamleider, gepland));
        dossier.LegGesprekVast(new GesprekVerslag(Moment(gehouden), warm ? [dossier.Gezinsleden[0].Id] : [], ["Vera Thuis"]), Door(teamleider, gehouden));
    }

    private static void Plan(Dossier dossier, Medewerker regisseur, string iso, bool delen)
    {
        var school = dossier.LegNetwerkpartnerVast(null, new NetwerkpartnerGegevens(NetwerkpartnerSoort.School, "Basisschool", "Juf", "024-1234567",
            [dossier.Gezinsleden[1].Id]), Door(regisseur, iso));
        var vandaag = Termijnen.Datum(Moment(iso));
        dossier.StelVeiligheidsplanOp(new VeiligheidsplanGegevens("Zorgen", "Wat goed gaat", "Doelen",
            [new AfspraakGegevens("Ouder", "Belt de buurvrouw bij dreiging", "Altijd", "Buurvrouw belt 112")],
            [new NetwerklidGegevens("Buurvrouw", "buurvrouw", false)], [new SchaalvraagGegevens("Ouder", 6)], vandaag.AddDays(30), [school.Id], null), Door(regisseur, iso));
        dossier.StelVeiligheidsplanVast(Door(regisseur, iso));
        if (delen)
        {
            dossier.VerspreidVeiligheidsplan([school.Id], vandaag, Door(regisseur, iso));
        }
    }
}
