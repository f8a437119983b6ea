using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Demo;

/// <summary>
/// Fills an empty Development database with the demo organisation, one account per role and about thirty fictional
/// dossiers in every phase. The dossiers are made through the domain's own methods, so they obey every invariant.
/// Program.cs calls this only in Development.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    IUserStore<ApplicationUser> gebruikers,
    Termijnberekening termijnen,
    TimeProvider klok,
    ILogger<DemoSeeder> logger)
{
    public const string Wachtwoord = "Wijchen-demo-2026";

    private const int DemoDossiers = 30;

    private readonly IUserAuthenticatorKeyStore<ApplicationUser> authenticatorsleutels = (IUserAuthenticatorKeyStore<ApplicationUser>)gebruikers;

    public static readonly Guid VeiligThuisTeam = Guid.Parse("0195f3a0-0000-7000-8000-0000000000a1");
    public static readonly Guid WijkteamCentrum = Guid.Parse("0195f3a0-0000-7000-8000-0000000000b1");
    public static readonly Guid WijkteamDorpen = Guid.Parse("0195f3a0-0000-7000-8000-0000000000b2");

    /// <summary>
    /// The accounts the README lists, each with a fixed authenticator key (base32), so a person can sign in with any
    /// authenticator app or <c>oathtool --totp -b KEY</c> and the tests can compute codes. Development only: real
    /// accounts get a random key when they link their app.
    /// </summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("vt@demo.example", "Fatima el Amrani", Rollen.VtMedewerker, VeiligThuisTeam, "PMCBVTZQAILGRX6LDUUWARNXA23SRPH6"),
        new("wijkteam@demo.example", "Joris Hendriks", Rollen.WijkteamMedewerker, WijkteamCentrum, "OJPU2GESYCQOSB6PGHEDEWXGWGCTUXTY"),
        new("wijkteam2@demo.example", "Esra Yilmaz", Rollen.WijkteamMedewerker, WijkteamDorpen, "CHGNOZFCBCCQ24O25ZUIJO4QXVKA6TWL"),
        new("wijkteam3@demo.example", "Lars de Wit", Rollen.WijkteamMedewerker, WijkteamCentrum, "SL22KE4ERBXMVHWMUMOXU7EWBGHVPFL2"),
        new("teamleider@demo.example", "Marieke van den Broek", Rollen.Teamleider, WijkteamCentrum, "GK6EMGN57IXAKUPPNKUTIVQZ23JMNY5K"),
        new("teamleider2@demo.example", "Pieter Smulders", Rollen.Teamleider, WijkteamDorpen, "ST5TMOQWVETL6B6NLOYVM7OD6IDVAODZ"),
        new("manager@demo.example", "Annelies Verbeek", Rollen.Manager, null, "CUUI65I2QIQVLLOH5X5GJSITEXEXSXNU"),
        new("beheerder@demo.example", "Ruud Janssen", Rollen.Beheerder, null, "SSSKX7OTSU4W3PYPFILDAIZX7SHKSOEW"),
        new("privacy@demo.example", "Sofie de Ruiter", Rollen.Privacyfunctionaris, null, "HI73FKLWVA2646T5R3TTB2NB4PSK6O2L"),
    ];

    internal static readonly string[] Achternamen =
    [
        "Jansen", "De Vries", "Van den Berg", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "De Groot",
        "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit", "Dijkstra", "Smits",
        "De Graaf", "Van der Meer", "Van der Linden", "Kok", "Jacobs", "De Haan", "Vermeulen", "Van den Heuvel", "Van der Veen", "Arslan",
    ];

    internal static readonly string[] Volwassenen = ["Sanne", "Mark", "Linda", "Dennis", "Fleur", "Kevin", "Naima", "Rachid", "Iris", "Bas", "Monique", "Erik"];
    internal static readonly string[] Kinderen = ["Lotte", "Daan", "Noah", "Emma", "Sem", "Julia", "Liam", "Mila", "Finn", "Sara", "Yara", "Adam"];

    // Each demo dossier walks the happy path up to one of these phases.
    private static readonly DossierFase[] Doelen =
    [
        DossierFase.Melding, DossierFase.Veiligheidsbeoordeling, DossierFase.VoorwaardenEnVervolg, DossierFase.Onderzoek,
        DossierFase.OverdrachtAangeboden, DossierFase.OverdrachtsgesprekGepland, DossierFase.Casusregie, DossierFase.Teruggelegd,
        DossierFase.Opgeschaald, DossierFase.Afgesloten,
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Teams.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Teams.AddRange(
            new Team { Id = VeiligThuisTeam, Naam = "Veilig Thuis Gelderland-Zuid", Organisatie = Organisatie.VeiligThuis },
            new Team { Id = WijkteamCentrum, Naam = "Sociaal Wijkteam Wijchen-Centrum", Organisatie = Organisatie.Gemeente },
            new Team { Id = WijkteamDorpen, Naam = "Sociaal Wijkteam Wijchen-Dorpen", Organisatie = Organisatie.Gemeente });
        await db.SaveChangesAsync(cancellationToken);

        var medewerkers = new Dictionary<string, Medewerker>();
        foreach (var (email, naam, rol, team, authenticatorsleutel) in Accounts)
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = naam, TeamId = team, TwoFactorEnabled = true };
            Controleer(await users.CreateAsync(user, Wachtwoord));
            await authenticatorsleutels.SetAuthenticatorKeyAsync(user, authenticatorsleutel, cancellationToken);
            Controleer(await users.UpdateAsync(user));
            Controleer(await users.AddToRoleAsync(user, rol));
            if (team is { } teamId)
            {
                medewerkers[email] = new Medewerker(user.Id, naam, teamId == VeiligThuisTeam ? Organisatie.VeiligThuis : Organisatie.Gemeente, teamId)
                {
                    Functies = Rollen.Functie(rol),
                };
            }
        }

        var random = new Random(2026);
        var nu = klok.GetUtcNow();
        for (var i = 0; i < DemoDossiers; i++)
        {
            var centrum = i % 3 != 2;
            var team = centrum ? (Id: WijkteamCentrum, Naam: "Sociaal Wijkteam Wijchen-Centrum") : (Id: WijkteamDorpen, Naam: "Sociaal Wijkteam Wijchen-Dorpen");
            var rollen = new DemoRollen(
                medewerkers["vt@demo.example"],
                medewerkers[centrum ? "teamleider@demo.example" : "teamleider2@demo.example"],
                medewerkers[centrum ? "wijkteam@demo.example" : "wijkteam2@demo.example"]);
            // Spread the starts over the last ten weeks so that some deadlines have passed and some are near.
            var start = nu.AddDays(-(3 + random.Next(70))).AddHours(-random.Next(8));
            if (Doelen[i % Doelen.Length] == DossierFase.Casusregie)
            {
                // Far enough back that the casusregisseur's work has run late in places: an overdue evaluation and MDO action.
                start = nu.AddDays(-(45 + 10 * (i / Doelen.Length)));
            }

            // The second dossier waiting for a decision has its gesprek held; the third in casusregie has a closure proposed.
            var variant = i / Doelen.Length;
            db.Dossiers.Add(Maak(Achternamen[i], Doelen[i % Doelen.Length], variant, start, nu, team, rollen, random));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demogegevens aangemaakt: {Dossiers} dossiers", DemoDossiers);
    }

    private Dossier Maak(string achternaam, DossierFase doel, int variant, DateTimeOffset start, DateTimeOffset nu, (Guid Id, string Naam) team, DemoRollen wie, Random random)
    {
        var stap = start;
        // At most this many actions per dossier, so the last one lands no later than now.
        var ruimte = (nu - start) / 14;
        Handeling Door(Medewerker medewerker)
        {
            stap = stap.Add(ruimte);
            return new Handeling(medewerker, stap, termijnen);
        }

        var gezin = Gezin(achternaam, termijnen.Datum(start), random);
        var soort = Enum.GetValues<SoortZorg>()[random.Next(Enum.GetValues<SoortZorg>().Length)];
        var dossier = Dossier.Registreer($"Gezin {achternaam}",
            new MeldingGegevens(start, "Melder " + achternaam[0], random.Next(2) == 0 ? "Leerkracht" : "Huisarts", "via Veilig Thuis", random.Next(2) == 0, soort,
                "Signalen van spanningen en geweld in het gezin; kinderen vertellen over ruzies."),
            gezin, Door(wie.Vt));
        if (doel == DossierFase.Melding)
        {
            return dossier;
        }

        var besluit = doel switch
        {
            DossierFase.VoorwaardenEnVervolg => VeiligheidsbeoordelingBesluit.VoorwaardenEnVervolg,
            DossierFase.Onderzoek => VeiligheidsbeoordelingBesluit.Onderzoek,
            _ => VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam,
        };
        LegBeoordelingVast(dossier, besluit, Door(wie.Vt));
        switch (doel)
        {
            case DossierFase.Veiligheidsbeoordeling:
                return dossier;
            case DossierFase.VoorwaardenEnVervolg:
                dossier.StartVoorwaardenEnVervolg(Door(wie.Vt));
                return dossier;
            case DossierFase.Onderzoek:
                dossier.StartOnderzoek(Door(wie.Vt));
                return dossier;
            default:
                break;
        }

        dossier.BiedOverdrachtAan(new OverdrachtAanbod(team.Id, team.Naam,
            "Ouders erkennen de zorgen en willen hulp bij opvoeding en spanningen. Vader woont tijdelijk bij zijn moeder.", wie.Vt.Naam,
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
            dossier.WijsOverdrachtAf("Het gezin woont buiten het werkgebied van dit wijkteam.", Door(wie.Teamleider));
            return dossier;
        }

        var volwassenen = dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(termijnen.Datum(stap))).Select(g => g.Id).ToList();
        dossier.PlanGesprek(new GesprekPlanning(stap.Add(ruimte), "Wijkcentrum De Schakel, Wijchen", wie.Casusregisseur, volwassenen), Door(wie.Teamleider));
        if (doel == DossierFase.OverdrachtsgesprekGepland && variant != 1)
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
        switch (doel)
        {
            case DossierFase.Opgeschaald:
                dossier.Terugmelden("Nieuw incident gemeld door school", "Kind vertelt dat vader weer thuis woont en er geslagen is", Door(wie.Casusregisseur));
                break;
            case DossierFase.Casusregie:
                WerkAanCasusregie(dossier, variant, wie, Door);
                if (variant == 2)
                {
                    dossier.StelAfsluitingVoor(new AfsluitChecklist(true, true, true), "De afspraken worden al maanden nageleefd; school en huisarts zien geen zorgen meer.", Door(wie.Casusregisseur));
                }

                break;
            case DossierFase.Afgesloten:
                dossier.StelAfsluitingVoor(new AfsluitChecklist(true, true, true), "Veiligheid is een half jaar stabiel; hulp loopt via de huisarts.", Door(wie.Casusregisseur));
                dossier.KeurAfsluitingGoed(Door(wie.Teamleider));
                break;
            default:
                break;
        }

        return dossier;
    }

    /// <summary>
    /// The three demo dossiers in casusregie show the tools in three states: a concept plan; a vastgesteld plan not yet
    /// shared with everyone, an MDO with an overdue action, an overdue evaluation and a condition not met; and a plan
    /// shared with all, an evaluation and VT's first monitoring check, ready for closure.
    /// </summary>
    internal static void WerkAanCasusregie(Dossier dossier, int variant, DemoRollen wie, Func<Medewerker, Handeling> door)
    {
        var kinderen = dossier.Gezinsleden.Where(g => g.Rol == GezinslidRol.Kind).Select(g => g.Id).ToList();
        var ouders = dossier.Gezinsleden.Where(g => g.Rol == GezinslidRol.OuderVerzorger).Select(g => g.Id).ToList();
        var school = dossier.LegNetwerkpartnerVast(null,
            new NetwerkpartnerGegevens(NetwerkpartnerSoort.School, "Basisschool De Regenboog", "Juf Anna de Wit", "024-641 22 33, a.dewit@regenboog.example", kinderen),
            door(wie.Casusregisseur));
        var huisarts = variant == 0 ? null : dossier.LegNetwerkpartnerVast(null,
            new NetwerkpartnerGegevens(NetwerkpartnerSoort.Huisarts, "Huisartsenpraktijk Wijchen-Centrum", "Dokter Peters", "024-642 10 10", ouders),
            door(wie.Casusregisseur));
        Netwerkpartner[] ontvangers = huisarts is null ? [school] : [school, huisarts];

        var concept = door(wie.Casusregisseur);
        var volgendeEvaluatie = concept.Termijnen.Datum(concept.Op).AddDays(variant == 1 ? 7 : 30);
        dossier.StelVeiligheidsplanOp(new VeiligheidsplanGegevens(
            "Als de ruzies tussen de ouders weer uit de hand lopen, zien en horen de kinderen opnieuw geweld en zijn ze thuis niet veilig.",
            "Moeder belt de buurvrouw als de spanning oploopt. De kinderen gaan graag naar school en hebben daar een vertrouwde juf.",
            "De kinderen zijn geen getuige meer van geweld. Beide ouders weten wat ze doen als de spanning oploopt.",
            [
                new AfspraakGegevens("Vader", "Verlaat de woning bij oplopende spanning en belt zijn broer", "Direct bij spanning", "Moeder belt 112; de broer haalt vader op"),
                new AfspraakGegevens("Moeder", "Brengt de kinderen naar de buurvrouw als het misgaat", "Altijd", "De buurvrouw belt Veilig Thuis"),
            ],
            [new NetwerklidGegevens("Buurvrouw Els", "buurvrouw", false), new NetwerklidGegevens("Oom Kees", "broer van vader", false), new NetwerklidGegevens("Juf Anna de Wit", "leerkracht", true)],
            [new SchaalvraagGegevens("Moeder", 6), new SchaalvraagGegevens("Vader", 7), new SchaalvraagGegevens(wie.Casusregisseur.Naam, 5)],
            volgendeEvaluatie, [.. ontvangers.Select(p => p.Id)], "Vader is wisselend gemotiveerd; bespreken in het eerstvolgende MDO."), concept);
        if (variant == 0)
        {
            // An MDO planned for next week, still to be recorded.
            var mdo = door(wie.Casusregisseur);
            dossier.PlanMdo(new MdoPlanning(mdo.Op.AddDays(7), "Wijkcentrum De Schakel, Wijchen", "Kennismaking met school; het concept-veiligheidsplan", [school.Id], ouders), mdo);
            return;
        }

        dossier.StelVeiligheidsplanVast(door(wie.Casusregisseur));
        var gedeeld = door(wie.Casusregisseur);
        dossier.VerspreidVeiligheidsplan(variant == 1 ? [school.Id] : [.. ontvangers.Select(p => p.Id)], gedeeld.Termijnen.Datum(gedeeld.Op), gedeeld);
        if (variant == 1)
        {
            var gepland = door(wie.Casusregisseur);
            dossier.PlanMdo(new MdoPlanning(gepland.Op.AddHours(2), "Wijkcentrum De Schakel, Wijchen", "Stand van het veiligheidsplan; rol van de school", [.. ontvangers.Select(p => p.Id)], ouders), gepland);
            var gehouden = door(wie.Casusregisseur);
            var dag = gehouden.Termijnen.Datum(gehouden.Op);
            dossier.LegMdoVast(dossier.Mdos[^1].Id, new MdoVerslag(gehouden.Op, [school.Id], ouders, "Schoolmaatschappelijk werk wordt ingeschakeld; vader start met agressieregulatie.",
                [
                    new MdoActieGegevens("Aanmelding schoolmaatschappelijk werk", new ActieEigenaar(wie.Casusregisseur.Naam, wie.Casusregisseur.Id), dag.AddDays(1)),
                    new MdoActieGegevens("Veiligheidsvoorwaarden nabellen met vader", new ActieEigenaar(wie.Vt.Naam, wie.Vt.Id), dag.AddDays(21)),
                    new MdoActieGegevens("Signalen in de klas terugkoppelen", new ActieEigenaar("Juf Anna de Wit (school)", null), dag.AddDays(14)),
                ], dag.AddDays(42)), gehouden);
            var controle = door(wie.Casusregisseur);
            dossier.ControleerVoorwaarden(controle.Termijnen.Datum(controle.Op),
                [new ControleGegevens(dossier.GeaccepteerdeOverdracht!.Voorwaarden[1].Id, Naleving.NietNageleefd, "Vader bleef bij een ruzie in huis; de oudste belde de buurvrouw.")],
                controle);
            return;
        }

        var evaluatie = door(wie.Casusregisseur);
        var datum = evaluatie.Termijnen.Datum(evaluatie.Op);
        dossier.LegEvaluatieVast(new EvaluatieGegevens(datum, new InstrumentGegevens("LIRIK", "2.1", "Gemiddeld risico"),
            "Geen nieuwe incidenten; de afspraken worden nageleefd en de kinderen zijn rustiger.", 7,
            OordeelPerKind(dossier, datum, VeiligheidsOordeel.Veilig, null), KindcheckPerVolwassene(dossier, datum, kinderenVeilig: true),
            "De kinderen zeggen dat er thuis minder geschreeuwd wordt.", "Ouders willen hulp bij het plannen van de week.", EvaluatieConclusie.Voortzetten, null), evaluatie);
        var monitoring = door(wie.Vt);
        dossier.ControleerVoorwaarden(monitoring.Termijnen.Datum(monitoring.Op),
            [.. dossier.GeaccepteerdeOverdracht!.Voorwaarden.Select(v => new ControleGegevens(v.Id, Naleving.Nageleefd, "Besproken met beide ouders en school"))], monitoring);
    }

    internal static void LegBeoordelingVast(Dossier dossier, VeiligheidsbeoordelingBesluit besluit, Handeling handeling)
    {
        var datum = handeling.Termijnen.Datum(handeling.Op);
        dossier.LegVeiligheidsbeoordelingVast(new VeiligheidsbeoordelingGegevens(datum, false, true,
            OordeelPerKind(dossier, datum, VeiligheidsOordeel.VoorwaardelijkVeilig, "Veilig zolang de voorwaarden worden nageleefd"),
            KindcheckPerVolwassene(dossier, datum, kinderenVeilig: false),
            new InstrumentGegevens("LIRIK", "2.1", "Verhoogd risico"),
            "Herhaald partnergeweld waar de kinderen getuige van zijn; ouders werken mee.", besluit), handeling);
    }

    /// <summary>The same judgement for every child on <paramref name="datum"/> (invariant 3).</summary>
    internal static List<OordeelGegevens> OordeelPerKind(Dossier dossier, DateOnly datum, VeiligheidsOordeel oordeel, string? toelichting) =>
        [.. dossier.Gezinsleden.Where(g => g.IsMinderjarigOp(datum)).Select(g => new OordeelGegevens(g.Id, oordeel, toelichting))];

    /// <summary>A kindcheck for every adult (invariant 8): the parents have dependent children, the others none.</summary>
    internal static List<KindcheckGegevens> KindcheckPerVolwassene(Dossier dossier, DateOnly datum, bool kinderenVeilig) =>
        [.. dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(datum))
            .Select(g => new KindcheckGegevens(g.Id, g.Rol == GezinslidRol.OuderVerzorger, g.Rol == GezinslidRol.OuderVerzorger ? kinderenVeilig : null, null))];

    internal static List<GezinslidGegevens> Gezin(string achternaam, DateOnly vandaag, Random random)
    {
        // The test range holds about 9,000 valid numbers: draw again when a household would get one twice.
        var gebruikt = new HashSet<string>();
        string? MisschienBsn()
        {
            if (random.Next(2) != 0)
            {
                return null;
            }

            string bsn;
            do
            {
                bsn = Testbsn(random);
            }
            while (!gebruikt.Add(bsn));
            return bsn;
        }

        var ouder1 = Volwassenen[random.Next(Volwassenen.Length)];
        var ouder2 = Volwassenen[random.Next(Volwassenen.Length)];
        var gezin = new List<GezinslidGegevens>
        {
            new($"{ouder1} {achternaam}", vandaag.AddYears(-(28 + random.Next(15))).AddDays(-random.Next(365)), MisschienBsn(), GezinslidRol.OuderVerzorger, true),
            new($"{ouder2} {achternaam}", vandaag.AddYears(-(28 + random.Next(15))).AddDays(-random.Next(365)), null, GezinslidRol.OuderVerzorger, random.Next(3) != 0),
        };
        var aantalKinderen = 1 + random.Next(3);
        foreach (var kind in Kinderen.OrderBy(_ => random.Next()).Take(aantalKinderen))
        {
            gezin.Add(new($"{kind} {achternaam}", vandaag.AddYears(-(1 + random.Next(16))).AddDays(-random.Next(365)), MisschienBsn(), GezinslidRol.Kind, true));
        }

        if (random.Next(3) == 0)
        {
            gezin.Add(new($"Oma {achternaam}", vandaag.AddYears(-(60 + random.Next(15))), null, GezinslidRol.Netwerk, false));
        }

        return gezin;
    }

    /// <summary>A number in the 9999xxxxx range that RvIG reserves for tests, made valid with the elfproef.</summary>
    private static string Testbsn(Random random)
    {
        while (true)
        {
            var kandidaat = "9999" + random.Next(0, 100_000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            if (Bsn.IsGeldig(kandidaat))
            {
                return kandidaat;
            }
        }
    }

    private static void Controleer(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demogegevens konden niet worden aangemaakt: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    internal sealed record DemoRollen(Medewerker Vt, Medewerker Teamleider, Medewerker Casusregisseur);
}

/// <summary>A demo account: e-mail, name, role, team and its fixed authenticator key.</summary>
public sealed record DemoAccount(string Email, string Naam, string Rol, Guid? Team, string Authenticatorsleutel);
