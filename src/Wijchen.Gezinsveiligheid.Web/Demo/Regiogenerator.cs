using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Demo;

/// <summary>How large a region to generate.</summary>
public sealed record Regiogrootte(int Dossiers, int Seed, long Toegangsregels)
{
    public static Regiogrootte Uit(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dossiers = configuration["preset"] switch
        {
            null or "" => int.Parse(configuration["dossiers"] ?? "10000", CultureInfo.InvariantCulture),
            "10k" => 10_000,
            "100k" => 100_000,
            var onbekend => throw new InvalidOperationException($"Onbekende preset '{onbekend}': kies 10k of 100k."),
        };
        if (dossiers is < 100 or > 1_000_000)
        {
            throw new InvalidOperationException("Kies tussen 100 en 1.000.000 dossiers.");
        }

        var seed = int.Parse(configuration["seed"] ?? "42", CultureInfo.InvariantCulture);
        var regels = long.Parse(configuration["toegangsregels"] ?? (dossiers * 20L).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return new Regiogrootte(dossiers, seed, regels);
    }
}

/// <summary>
/// Generates a region of realistic size for load tests, on top of the demo organisation and accounts: 19 wijkteams and
/// one Veilig Thuis team with caseloads like a real region's (about 40 open dossiers per VT worker, 25 in casusregie per
/// wijkteam worker), about 10 % of the dossiers open in every phase, the closed ones spread over five years, and a
/// hash-chained access log. Every dossier is made through the domain's own methods, so every invariant, stored signal,
/// deadline and regiehistorie is what the application itself would have written. The content follows from the seed;
/// the ids are version-7 GUIDs, as the domain makes them. Development databases only: the demo accounts have known passwords.
/// </summary>
public sealed class Regiogenerator(AppDbContext db, DemoSeeder demo, Termijnberekening termijnen, TimeProvider klok, ILogger<Regiogenerator> logger)
{
    /// <summary>The command-line word that runs the generator instead of the web server.</summary>
    public const string Opdracht = "genereer";

    public const int Wijkteams = 19;

    private const int PerOpslag = 100;

    private const string RegioDomein = "@regio.example";

    // Open dossiers per phase, in parts per thousand of the open ones.
    private static readonly (DossierFase Fase, int Promille)[] OpenVerdeling =
    [
        (DossierFase.Melding, 100), (DossierFase.Veiligheidsbeoordeling, 50), (DossierFase.VoorwaardenEnVervolg, 80), (DossierFase.Onderzoek, 70),
        (DossierFase.OverdrachtAangeboden, 60), (DossierFase.OverdrachtsgesprekGepland, 60), (DossierFase.Casusregie, 500),
        (DossierFase.Teruggelegd, 30), (DossierFase.Opgeschaald, 50),
    ];

    private static readonly string[] Onderdelen = ["Dossier", "Dossier", "Dossier", "Mijn werk", "Chronologie", "Dossierlijst", "Veiligheidsplan", "Overdrachten"];

    public async Task<Regioverslag> GenereerAsync(Regiogrootte grootte, Action<string> voortgang, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grootte);
        ArgumentNullException.ThrowIfNull(voortgang);
        var tijd = Stopwatch.StartNew();
        await demo.SeedAsync(cancellationToken);
        if (await db.Users.AnyAsync(u => u.Email!.EndsWith(RegioDomein), cancellationToken))
        {
            throw new InvalidOperationException("Deze database heeft al een gegenereerde regio. Kies een lege datamap (--DataDirectory).");
        }

        var random = new Random(grootte.Seed);
        var open = grootte.Dossiers / 10;
        var vtOpen = open * OpenVerdeling.Where(v => v.Fase != DossierFase.Casusregie).Sum(v => v.Promille) / 1000;
        var casusregie = open - vtOpen;
        var mensen = await MaakOrganisatieAsync(Math.Max(4, vtOpen / 40), Math.Max(Wijkteams * 2, casusregie / 25), random, cancellationToken);
        voortgang($"Organisatie: {mensen.Vt.Count} VT-medewerkers, {mensen.Teams.Count} wijkteams met {mensen.Teams.Sum(t => t.Leden.Count)} medewerkers en {mensen.Teams.Count} teamleiders");

        var nu = klok.GetUtcNow();
        var ids = new List<Guid>(grootte.Dossiers);
        // Only new rows are added: nothing to compare, so no change detection on every Add.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < grootte.Dossiers; i++)
        {
            var dossier = i < open ? MaakOpen(KiesFase(random), mensen, nu, random) : MaakGesloten(mensen, nu, random);
            db.Dossiers.Add(dossier);
            ids.Add(dossier.Id);
            if ((i + 1) % PerOpslag == 0 || i + 1 == grootte.Dossiers)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            if ((i + 1) % (grootte.Dossiers / 50) == 0)
            {
                voortgang($"Dossiers {Balk(i + 1, grootte.Dossiers)} {i + 1:N0} van {grootte.Dossiers:N0} ({tijd.Elapsed:mm\\:ss})");
            }
        }

        await SchrijfToegangslogAsync(grootte.Toegangsregels, ids, mensen, nu, random, voortgang, tijd, cancellationToken);
        voortgang("Statistieken voor de queryplanner bijwerken (ANALYZE)");
        await DatabaseRegistration.WerkStatistiekenBijAsync(db, volledig: true, cancellationToken);
        logger.LogInformation("Regio gegenereerd: {Dossiers} dossiers, {Regels} toegangsregels in {Tijd}", grootte.Dossiers, grootte.Toegangsregels, tijd.Elapsed);
        return new Regioverslag(grootte.Dossiers, open, mensen.Vt.Count + mensen.Teams.Sum(t => t.Leden.Count + 1), grootte.Toegangsregels, tijd.Elapsed);
    }

    private static string Balk(int gedaan, int totaal)
    {
        var vol = (int)(30L * gedaan / totaal);
        return "[" + new string('#', vol) + new string('.', 30 - vol) + "]";
    }

    private static DossierFase KiesFase(Random random)
    {
        var worp = random.Next(1000);
        foreach (var (fase, promille) in OpenVerdeling)
        {
            if (worp < promille)
            {
                return fase;
            }

            worp -= promille;
        }

        return DossierFase.Casusregie;
    }

    /// <summary>The demo teams and accounts are part of the region, so the demo users have the caseloads of a real region.</summary>
    private async Task<Bezetting> MaakOrganisatieAsync(int vtMedewerkers, int wijkteamMedewerkers, Random random, CancellationToken cancellationToken)
    {
        var rollen = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var demoaccounts = await db.Users.Where(u => u.Email!.EndsWith("@demo.example")).ToDictionaryAsync(u => u.Email!, cancellationToken);
        Medewerker Demo(string email, Organisatie organisatie) =>
            new(demoaccounts[email].Id, demoaccounts[email].DisplayName, organisatie, demoaccounts[email].TeamId)
            {
                Functies = Rollen.Functie(DemoSeeder.Accounts.Single(a => a.Email == email).Rol),
            };

        var nummer = 0;
        Medewerker Nieuw(string rol, Guid team, Organisatie organisatie)
        {
            nummer++;
            var naam = $"{DemoSeeder.Volwassenen[random.Next(DemoSeeder.Volwassenen.Length)]} {DemoSeeder.Achternamen[random.Next(DemoSeeder.Achternamen.Length)]}";
            var email = $"medewerker{nummer:D4}{RegioDomein}";
            // No password: these colleagues fill the region; signing in is for the demo accounts.
            var user = new ApplicationUser
            {
                Id = Deterministisch(random).ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, DisplayName = naam, TeamId = team, TwoFactorEnabled = true,
                SecurityStamp = Deterministisch(random).ToString("N"), ConcurrencyStamp = Deterministisch(random).ToString(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = rollen[rol] });
            return new Medewerker(user.Id, naam, organisatie, team) { Functies = Rollen.Functie(rol) };
        }

        var vt = new List<Medewerker> { Demo("vt@demo.example", Organisatie.VeiligThuis) };
        while (vt.Count < vtMedewerkers)
        {
            vt.Add(Nieuw(Rollen.VtMedewerker, DemoSeeder.VeiligThuisTeam, Organisatie.VeiligThuis));
        }

        var teams = new List<Wijkteam>
        {
            new(DemoSeeder.WijkteamCentrum, "Sociaal Wijkteam Wijchen-Centrum", Demo("teamleider@demo.example", Organisatie.Gemeente),
                [Demo("wijkteam@demo.example", Organisatie.Gemeente), Demo("wijkteam3@demo.example", Organisatie.Gemeente)]),
            new(DemoSeeder.WijkteamDorpen, "Sociaal Wijkteam Wijchen-Dorpen", Demo("teamleider2@demo.example", Organisatie.Gemeente),
                [Demo("wijkteam2@demo.example", Organisatie.Gemeente)]),
        };
        for (var t = teams.Count; t < Wijkteams; t++)
        {
            var id = Deterministisch(random);
            var naam = $"Sociaal Wijkteam Regio {t + 1:D2}";
            db.Teams.Add(new Team { Id = id, Naam = naam, Organisatie = Organisatie.Gemeente });
            teams.Add(new Wijkteam(id, naam, Nieuw(Rollen.Teamleider, id, Organisatie.Gemeente), []));
        }

        for (var i = teams.Sum(t => t.Leden.Count); i < wijkteamMedewerkers; i++)
        {
            var team = teams[i % teams.Count];
            team.Leden.Add(Nieuw(Rollen.WijkteamMedewerker, team.Id, Organisatie.Gemeente));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new Bezetting(vt, teams);
    }

    /// <summary>An open dossier in <paramref name="fase"/>, its last step days or weeks ago, so that some deadlines have passed and some are near.</summary>
    private Dossier MaakOpen(DossierFase fase, Bezetting mensen, DateTimeOffset nu, Random random)
    {
        var terug = fase switch
        {
            DossierFase.Melding => 1 + random.Next(8),
            DossierFase.Casusregie => 30 + random.Next(540),
            _ => 10 + random.Next(40),
        };
        return Loop(fase, Route.Open, nu.AddDays(-terug), nu.AddHours(-1), mensen, random);
    }

    /// <summary>A closed dossier from the last five years, by one of the three routes a dossier really ends.</summary>
    private Dossier MaakGesloten(Bezetting mensen, DateTimeOffset nu, Random random)
    {
        var worp = random.Next(10);
        var route = worp < 3 ? Route.EindeNaBeoordeling : worp < 5 ? Route.EindeNaVoorwaarden : Route.NaCasusregie;
        var start = nu.AddDays(-(60 + random.Next(5 * 365)));
        var duur = TimeSpan.FromDays(route == Route.NaCasusregie ? 100 + random.Next(400) : 10 + random.Next(60));
        return Loop(DossierFase.Afgesloten, route, start, start + duur < nu ? start + duur : nu.AddHours(-1), mensen, random);
    }

    /// <summary>
    /// Walks one dossier from its melding at <paramref name="start"/> towards <paramref name="doel"/>: a step every half
    /// day to three days, in casusregie an evaluation every two to three months, never later than <paramref name="grens"/>.
    /// </summary>
    private Dossier Loop(DossierFase doel, Route route, DateTimeOffset start, DateTimeOffset grens, Bezetting mensen, Random random)
    {
        var team = mensen.Teams[random.Next(mensen.Teams.Count)];
        var wie = new DemoSeeder.DemoRollen(mensen.Vt[random.Next(mensen.Vt.Count)], team.Leider, team.Leden[random.Next(team.Leden.Count)]);
        var stap = start;
        var ruimte = TimeSpan.FromHours(12);
        Handeling Door(Medewerker medewerker)
        {
            stap = stap.Add(ruimte + TimeSpan.FromHours(random.Next(60)));
            stap = stap < grens ? stap : grens;
            return new Handeling(medewerker, stap, termijnen);
        }

        var achternaam = DemoSeeder.Achternamen[random.Next(DemoSeeder.Achternamen.Length)];
        var gezin = DemoSeeder.Gezin(achternaam, termijnen.Datum(start), random);
        var dossier = Dossier.Registreer($"Gezin {achternaam}",
            new MeldingGegevens(start, "Melder " + achternaam[0], random.Next(2) == 0 ? "Leerkracht" : "Huisarts", "via Veilig Thuis", random.Next(2) == 0,
                Enum.GetValues<SoortZorg>()[random.Next(Enum.GetValues<SoortZorg>().Length)],
                "Signalen van spanningen en geweld in het gezin; kinderen vertellen over ruzies."),
            gezin, Door(wie.Vt));
        if (doel == DossierFase.Melding)
        {
            return dossier;
        }

        var besluit = (doel, route) switch
        {
            (_, Route.EindeNaBeoordeling) => VeiligheidsbeoordelingBesluit.EindeBemoeienis,
            (DossierFase.VoorwaardenEnVervolg, _) or (_, Route.EindeNaVoorwaarden) => VeiligheidsbeoordelingBesluit.VoorwaardenEnVervolg,
            (DossierFase.Onderzoek, _) => VeiligheidsbeoordelingBesluit.Onderzoek,
            _ => VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam,
        };
        DemoSeeder.LegBeoordelingVast(dossier, besluit, Door(wie.Vt));
        switch (doel, route)
        {
            case (_, Route.EindeNaBeoordeling):
                dossier.BeeindigBemoeienis("Geen structurele onveiligheid; het gezin is verwezen naar de huisarts.", Door(wie.Vt));
                return dossier;
            case (_, Route.EindeNaVoorwaarden):
                dossier.StartVoorwaardenEnVervolg(Door(wie.Vt));
                dossier.BeeindigBemoeienis("De voorwaarden zijn tien weken nageleefd.", Door(wie.Vt));
                return dossier;
            case (DossierFase.Veiligheidsbeoordeling, _):
                return dossier;
            case (DossierFase.VoorwaardenEnVervolg, _):
                dossier.StartVoorwaardenEnVervolg(Door(wie.Vt));
                return dossier;
            case (DossierFase.Onderzoek, _):
                dossier.StartOnderzoek(Door(wie.Vt));
                return dossier;
            default:
                break;
        }

        dossier.BiedOverdrachtAan(new OverdrachtAanbod(team.Id, team.Naam, "Ouders erkennen de zorgen en willen hulp bij opvoeding en spanningen.", wie.Vt.Naam,
            [
                new VoorwaardeGegevens("Er is geen fysiek geweld, ook niet in het bijzijn van de kinderen", "Beide ouders", "Ouders"),
                new VoorwaardeGegevens("Bij oplopende spanning verlaat vader de woning en belt zijn broer", "Vader", "Vader"),
            ], null), Door(wie.Vt));
        if (doel == DossierFase.OverdrachtAangeboden)
        {
            return dossier;
        }

        if (doel == DossierFase.Teruggelegd)
        {
            dossier.WijsOverdrachtAf("Het wijkteam heeft deze maand geen ruimte; Veilig Thuis zoekt een ander vervolg.", Door(wie.Teamleider));
            return dossier;
        }

        var volwassenen = dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(termijnen.Datum(stap))).Select(g => g.Id).ToList();
        dossier.PlanGesprek(new GesprekPlanning(stap.Add(ruimte), "Wijkcentrum De Schakel, Wijchen", wie.Casusregisseur, volwassenen), Door(wie.Teamleider));
        if (doel == DossierFase.OverdrachtsgesprekGepland && random.Next(2) == 0)
        {
            return dossier;
        }

        var gesprek = Door(wie.Teamleider);
        dossier.LegGesprekVast(new GesprekVerslag(gesprek.Op, volwassenen, [$"{wie.Vt.Naam} (Veilig Thuis)", $"{wie.Casusregisseur.Naam} (wijkteam)"]), gesprek);
        if (doel == DossierFase.OverdrachtsgesprekGepland)
        {
            return dossier;
        }

        dossier.AccepteerOverdracht(wie.Casusregisseur, Door(wie.Teamleider));
        if (doel == DossierFase.Opgeschaald)
        {
            dossier.Terugmelden("Nieuw incident gemeld door school", "Kind vertelt dat vader weer thuis woont en er geslagen is", Door(wie.Casusregisseur));
            return dossier;
        }

        // The casusregisseur's tools in the three states of the demo, then an evaluation every cycle.
        DemoSeeder.WerkAanCasusregie(dossier, route == Route.NaCasusregie ? 2 : random.Next(3), wie, Door);
        while (dossier.AfsluitVoorstel is null && dossier.PlanVastgesteldOp is not null && stap.AddDays(95) < grens)
        {
            stap = stap.AddDays(60 + random.Next(30));
            var evaluatie = Door(wie.Casusregisseur);
            var datum = evaluatie.Termijnen.Datum(evaluatie.Op);
            dossier.LegEvaluatieVast(new EvaluatieGegevens(datum, new InstrumentGegevens("LIRIK", "2.1", "Gemiddeld risico"),
                "De afspraken worden grotendeels nageleefd; de spanning thuis is lager.", 5 + random.Next(4),
                DemoSeeder.OordeelPerKind(dossier, datum, VeiligheidsOordeel.VoorwaardelijkVeilig, null), DemoSeeder.KindcheckPerVolwassene(dossier, datum, kinderenVeilig: true),
                "De kinderen zeggen dat het thuis rustiger is.", "Ouders willen hulp bij geldzaken.", EvaluatieConclusie.Voortzetten, null), evaluatie);
        }

        if (doel == DossierFase.Afgesloten)
        {
            if (dossier.AfsluitVoorstel is null)
            {
                dossier.StelAfsluitingVoor(new AfsluitChecklist(true, true, true), "Veiligheid is stabiel; hulp loopt via de huisarts.", Door(wie.Casusregisseur));
            }

            dossier.KeurAfsluitingGoed(Door(wie.Teamleider));
        }

        return dossier;
    }

    /// <summary>
    /// Access-log rows of people reading the region's dossiers over the last two years, chained exactly as
    /// <see cref="Toegangslog"/> chains them, continuing from the current head.
    /// </summary>
    private async Task SchrijfToegangslogAsync(long aantal, List<Guid> dossiers, Bezetting mensen, DateTimeOffset nu, Random random, Action<string> voortgang, Stopwatch tijd, CancellationToken cancellationToken)
    {
        var kop = await db.ToegangslogKop.AsNoTracking().SingleAsync(k => k.Id == ToegangslogKop.EnigeId, cancellationToken);
        var lezers = mensen.Vt.Select(m => (m, "Medewerker Veilig Thuis", "Veilig Thuis Gelderland-Zuid"))
            .Concat(mensen.Teams.SelectMany(t => t.Leden.Select(m => (m, "Medewerker wijkteam", t.Naam)).Append((t.Leider, "Teamleider wijkteam", t.Naam))))
            .ToList();
        var begin = nu.AddYears(-2);
        var stap = (nu - begin) / Math.Max(1, aantal);
        var vorige = kop.Hash;
        var volgnummer = kop.Volgnummer;
        for (long i = 0; i < aantal; i++)
        {
            var (wie, rol, namens) = lezers[random.Next(lezers.Count)];
            var onderdeel = Onderdelen[random.Next(Onderdelen.Length)];
            var soort = random.Next(10) == 0 ? Toegangssoort.Wijzigen : Toegangssoort.Lezen;
            var dossierId = onderdeel is "Mijn werk" or "Dossierlijst" or "Overdrachten" ? (Guid?)null : dossiers[random.Next(dossiers.Count)];
            var regel = new Toegangsgebeurtenis(new Wie(wie.Id, wie.Naam, rol, namens, $"10.20.{random.Next(256)}.{random.Next(256)}"), begin + (stap * i),
                soort, onderdeel, dossierId, Toegangsuitkomst.Toegestaan, Toegangsdoel.Normaal).AlsRegel(++volgnummer, vorige);
            vorige = regel.Hash;
            db.Toegangslog.Add(regel);
            if ((i + 1) % 10_000 == 0 || i + 1 == aantal)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            if ((i + 1) % Math.Max(1, aantal / 50) == 0)
            {
                voortgang($"Toegangslog {Balk((int)(100 * (i + 1) / aantal), 100)} {i + 1:N0} van {aantal:N0} ({tijd.Elapsed:mm\\:ss})");
            }
        }

        await db.ToegangslogKop.Where(k => k.Id == ToegangslogKop.EnigeId)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.Volgnummer, volgnummer).SetProperty(x => x.Hash, vorige), cancellationToken);
    }

    private static Guid Deterministisch(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private enum Route
    {
        Open,
        EindeNaBeoordeling,
        EindeNaVoorwaarden,
        NaCasusregie,
    }

    private sealed record Wijkteam(Guid Id, string Naam, Medewerker Leider, List<Medewerker> Leden);

    private sealed record Bezetting(List<Medewerker> Vt, List<Wijkteam> Teams);
}

/// <summary>What the generator made and how long it took.</summary>
public sealed record Regioverslag(int Dossiers, int Open, int Medewerkers, long Toegangsregels, TimeSpan Duur);
