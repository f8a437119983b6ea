using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Dashboard;

/// <summary>
/// Every figure of the regie dashboard and the inspection report, and the dossiers behind each, computed in the
/// database. Lead times are stored in working days when each step happens (the domain counts them with the Dutch
/// holiday calendar), so a period's distribution is one GROUP BY. docs/performance.md lists the queries and indexes.
/// </summary>
public sealed class Regiecijfers(AppDbContext db)
{
    public const int PerPagina = 50;

    public sealed record Telling(string Label, int Aantal, Drilldown Drilldown);

    public sealed record Caseload(string Team, string Regisseur, int Aantal, Drilldown Drilldown);

    public sealed record RegieNu(IReadOnlyList<Telling> PerFase, IReadOnlyList<Telling> PerRegiehouder, IReadOnlyList<Caseload> PerCasusregisseur);

    public sealed record SignaalTelling(Signalen.Definitie Definitie, int Aantal);

    public sealed record DoorlooptijdUitkomst(Doorlooptijd Stap, int Aantal, double? Mediaan, double? P90);

    public sealed record AandeelUitkomst(Aandeel Aandeel, int Teller, int Noemer);

    public sealed record Trendpunt(DateOnly Maand, int Aantal);

    public sealed record Trend(Reeks Reeks, IReadOnlyList<Trendpunt> Punten);

    /// <summary>One dossier in a drill-down. The household's name only for a user who may open the dossier.</summary>
    public sealed record DossierRij(Guid Id, string? Naam, DossierFase Fase, string? Team, string? Regiehouder, DateOnly? Deadline, string? Waarde);

    public sealed record Lijst(int Totaal, int Pagina, IReadOnlyList<DossierRij> Rijen)
    {
        public int Paginas => Math.Max(1, (Totaal + PerPagina - 1) / PerPagina);
    }

    /// <summary>What holds on a given day: where regie lies and which signals are on.</summary>
    public sealed record Nu(RegieNu Regie, IReadOnlyList<SignaalTelling> Signalen);

    /// <summary>The open dossiers grouped by phase and regiehouder, with per group its count and how many have each signal.</summary>
    private sealed record Groep(DossierFase Fase, Organisatie? RegiehouderOrganisatie, Guid? RegiehouderTeamId, string? RegiehouderId, string? RegiehouderNaam, int Aantal, int[] Signalen);

    /// <summary>
    /// Regie now and every signal in one pass over the open dossiers (each signal concerns open dossiers only): grouped
    /// finely enough to give all three regie tables (per phase, per organisation and team holding regie, per
    /// casusregisseur), with one COUNT per signal's filter in each group. A region has a few hundred such groups, and a
    /// team's set of dossiers is found once instead of once per table and tile.
    /// </summary>
    public async Task<Nu> NuAsync(Dashboardfilter filter, DateOnly vandaag)
    {
        var groep = Expression.Parameter(typeof(IGrouping<RegieSleutel, Dossier>), "groep");
        var sleutel = Expression.Property(groep, nameof(IGrouping<RegieSleutel, Dossier>.Key));
        var tellingen = Signalen.Alle.Select(definitie => (Expression)Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(Dossier)],
            groep, Signalen.Filter(definitie.Signaal, vandaag, db.Set<Mdo>())));
        var perGroep = Expression.Lambda<Func<IGrouping<RegieSleutel, Dossier>, Groep>>(
            Expression.New(typeof(Groep).GetConstructors().Single(),
                Expression.Property(sleutel, nameof(RegieSleutel.Fase)),
                Expression.Property(sleutel, nameof(RegieSleutel.RegiehouderOrganisatie)),
                Expression.Property(sleutel, nameof(RegieSleutel.RegiehouderTeamId)),
                Expression.Property(sleutel, nameof(RegieSleutel.RegiehouderId)),
                Expression.Property(sleutel, nameof(RegieSleutel.RegiehouderNaam)),
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(Dossier)], groep),
                Expression.NewArrayInit(typeof(int), tellingen)),
            groep);
        var groepen = await Open(filter)
            .GroupBy(d => new RegieSleutel { Fase = d.Fase, RegiehouderOrganisatie = d.RegiehouderOrganisatie, RegiehouderTeamId = d.RegiehouderTeamId, RegiehouderId = d.RegiehouderId, RegiehouderNaam = d.RegiehouderNaam })
            .Select(perGroep)
            .ToListAsync();
        var signalen = Signalen.Alle.Select((definitie, i) => new SignaalTelling(definitie, groepen.Sum(g => g.Signalen[i]))).ToList();
        return new Nu(await RegieNuAsync(filter, groepen), signalen);
    }

    /// <summary>The grouping key of <see cref="NuAsync"/>; a class with settable members, which EF can group by.</summary>
    private sealed class RegieSleutel
    {
        public DossierFase Fase { get; init; }

        public Organisatie? RegiehouderOrganisatie { get; init; }

        public Guid? RegiehouderTeamId { get; init; }

        public string? RegiehouderId { get; init; }

        public string? RegiehouderNaam { get; init; }
    }

    private async Task<RegieNu> RegieNuAsync(Dashboardfilter filter, List<Groep> groepen)
    {
        var perFase = groepen.GroupBy(g => g.Fase).Select(g => new { Fase = g.Key, Aantal = g.Sum(x => x.Aantal) }).ToList();
        var perRegie = groepen.Where(g => g.RegiehouderOrganisatie != null).ToList();
        var perRegisseur = groepen.Where(g => g.Fase == DossierFase.Casusregie && g.RegiehouderId != null)
            .GroupBy(g => (g.RegiehouderTeamId, g.RegiehouderId, g.RegiehouderNaam))
            .Select(g => new { g.Key.RegiehouderTeamId, g.Key.RegiehouderId, g.Key.RegiehouderNaam, Aantal = g.Sum(x => x.Aantal) }).ToList();

        // Workers without a dossier belong in the caseload too: they are where a teamleider can move work to.
        var teams = await db.Teams.AsNoTracking().Where(t => t.Organisatie == Organisatie.Gemeente && (filter.TeamId == null || t.Id == filter.TeamId))
            .OrderBy(t => t.Naam).Select(t => new { t.Id, t.Naam }).ToListAsync();
        var teamIds = teams.Select(t => t.Id).ToList();
        var medewerkers = await (
                from u in db.Users.AsNoTracking()
                where u.TeamId != null && teamIds.Contains(u.TeamId.Value)
                from ur in db.UserRoles
                where ur.UserId == u.Id
                from r in db.Roles
                where r.Id == ur.RoleId && r.Name == Rollen.WijkteamMedewerker
                select new { u.Id, u.DisplayName, TeamId = u.TeamId!.Value })
            .ToListAsync();

        string TeamNaam(Guid? id) => teams.FirstOrDefault(t => t.Id == id)?.Naam ?? "Onbekend team";
        var regisseurs = perRegisseur.Select(r => (Id: r.RegiehouderId!, Naam: r.RegiehouderNaam ?? "", TeamId: r.RegiehouderTeamId, r.Aantal))
            .Concat(medewerkers.Where(m => perRegisseur.All(r => r.RegiehouderId != m.Id)).Select(m => (m.Id, Naam: m.DisplayName, TeamId: (Guid?)m.TeamId, Aantal: 0)))
            .OrderBy(r => TeamNaam(r.TeamId), StringComparer.Ordinal).ThenBy(r => r.Naam, StringComparer.Ordinal);

        var vt = perRegie.Where(r => r.RegiehouderOrganisatie == Organisatie.VeiligThuis).Sum(r => r.Aantal);
        return new RegieNu(
            [.. DossierFasen.Open
                .Select(f => new Telling(f.Naam(), perFase.FirstOrDefault(p => p.Fase == f)?.Aantal ?? 0, new Drilldown { Fase = f }))],
            [
                .. filter.Organisatie is null or Organisatie.VeiligThuis ? [new Telling("Veilig Thuis", vt, new Drilldown { Regie = Organisatie.VeiligThuis })] : Array.Empty<Telling>(),
                .. filter.Organisatie is null or Organisatie.Gemeente
                    ? teams.Select(t => new Telling(t.Naam,
                        perRegie.Where(r => r.RegiehouderOrganisatie == Organisatie.Gemeente && r.RegiehouderTeamId == t.Id).Sum(r => r.Aantal),
                        new Drilldown { Regie = Organisatie.Gemeente, RegieTeam = t.Id }))
                    : [],
            ],
            filter.Organisatie == Organisatie.VeiligThuis ? [] : [.. regisseurs.Select(r => new Caseload(TeamNaam(r.TeamId), r.Naam, r.Aantal, new Drilldown { Regisseur = r.Id }))]);
    }

    /// <summary>Per step the distribution of its stored lead times in the period (how many took each number of working days), and from it the median and P90.</summary>
    public async Task<IReadOnlyList<DoorlooptijdUitkomst>> DoorlooptijdenAsync(Dashboardfilter filter)
    {
        var uitkomsten = new List<DoorlooptijdUitkomst>();
        foreach (var stap in Enum.GetValues<Doorlooptijd>())
        {
            var verdeling = await Metingen(filter, stap).Concat(VernietigdeMetingen(filter, stap))
                .GroupBy(m => m.Werkdagen)
                .Select(g => new Aantal(g.Key, g.Count()))
                .ToListAsync();
            verdeling = [.. verdeling.OrderBy(a => a.Werkdagen)];
            uitkomsten.Add(new DoorlooptijdUitkomst(stap, verdeling.Sum(a => a.Keer), Percentiel(verdeling, 0.5), Percentiel(verdeling, 0.9)));
        }

        return uitkomsten;
    }

    /// <summary>How many measurements took this many working days.</summary>
    public sealed record Aantal(int Werkdagen, int Keer);

    public async Task<IReadOnlyList<AandeelUitkomst>> AandelenAsync(Dashboardfilter filter, DateOnly vandaag)
    {
        var acceptaties = await AcceptatiesAsync(filter, vandaag, metVernietigde: true);
        return
        [
            new(Aandeel.Warm, acceptaties.Count(a => a.Warm), acceptaties.Count),
            new(Aandeel.PlanOpTijd, acceptaties.Count(a => a.PlanOpTijd == true), acceptaties.Count(a => a.PlanOpTijd is not null)),
        ];
    }

    /// <summary>Per series one query: the months are a CASE over the month boundaries, each month counting distinct dossiers.</summary>
    public async Task<IReadOnlyList<Trend>> TrendsAsync(Dashboardfilter filter)
    {
        var maanden = filter.TrendMaanden;
        var grenzen = maanden.Append(maanden[^1].AddMonths(1)).Select(Dashboardfilter.Begin).ToList();
        var (eerste, laatste) = (grenzen[0], grenzen[^1]);
        var trends = new List<Trend>();
        foreach (var reeks in Enum.GetValues<Reeks>())
        {
            var tellingen = await Gebeurtenissen(reeks, filter).Concat(VernietigdeGebeurtenissen(reeks, filter))
                .Where(g => g.Op >= eerste && g.Op < laatste)
                .GroupBy(MaandIndex(grenzen))
                .Select(g => new { Index = g.Key, Aantal = g.Select(x => x.DossierId).Distinct().Count() })
                .ToListAsync();
            trends.Add(new Trend(reeks, [.. maanden.Select((maand, i) => new Trendpunt(maand, tellingen.FirstOrDefault(t => t.Index == i)?.Aantal ?? 0))]));
        }

        return trends;
    }

    /// <summary>The dossiers behind a figure, a page at a time; for lead times sorted longest first and with the value per dossier.</summary>
    public async Task<Lijst> LijstAsync(Dashboardfilter filter, Drilldown drilldown, DateOnly vandaag, ClaimsPrincipal user, int pagina)
    {
        pagina = Math.Max(1, pagina);
        IQueryable<Guid> ids;
        Dictionary<Guid, string>? waarden = null;
        if (drilldown.Doorlooptijd is { } stap)
        {
            var metingen = Metingen(filter, stap);
            var deel = await metingen.OrderByDescending(m => m.Werkdagen).ThenBy(m => m.DossierId)
                .Skip((pagina - 1) * PerPagina).Take(PerPagina).ToListAsync();
            waarden = deel.GroupBy(m => m.DossierId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(m => Werkdagen(m.Werkdagen))));
            var gekozen = deel.Select(m => m.DossierId).Distinct().ToList();
            var rijen = await Rijen(db.Dossiers.Where(d => gekozen.Contains(d.Id)), user, waarden);
            return new Lijst(await metingen.CountAsync(), pagina, [.. rijen.OrderBy(r => gekozen.IndexOf(r.Id))]);
        }

        if (drilldown.Aandeel is { } aandeel)
        {
            var acceptaties = (await AcceptatiesAsync(filter, vandaag))
                .Where(a => aandeel == Aandeel.Warm ? !drilldown.Teller || a.Warm : drilldown.Teller ? a.PlanOpTijd == true : a.PlanOpTijd is not null)
                .Select(a => a.DossierId).Distinct().ToList();
            ids = db.Dossiers.Where(d => acceptaties.Contains(d.Id)).Select(d => d.Id);
        }
        else
        {
            ids = Ids(filter, drilldown, vandaag);
        }

        var totaal = await ids.CountAsync();
        var pagineerd = db.Dossiers.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Deadline == null).ThenBy(d => d.Deadline).ThenBy(d => d.Id)
            .Skip((pagina - 1) * PerPagina).Take(PerPagina);
        return new Lijst(totaal, pagina, await Rijen(pagineerd, user, null));
    }

    /// <summary>
    /// PERCENTILE.INC as in Excel (PERCENTIEL.INC), over a distribution sorted by working days: linear between the two
    /// nearest ranks, so the inspector can recompute it from the drill-down.
    /// </summary>
    public static double? Percentiel(IReadOnlyList<Aantal> verdeling, double p)
    {
        var totaal = verdeling.Sum(a => a.Keer);
        if (totaal == 0)
        {
            return null;
        }

        var positie = (totaal - 1) * p;
        var onder = (int)Math.Floor(positie);
        var (laag, hoog) = (OpRang(verdeling, onder), OpRang(verdeling, Math.Min(onder + 1, totaal - 1)));
        return laag + ((positie - onder) * (hoog - laag));
    }

    /// <summary>The value at a 0-based rank of the sorted measurements the distribution counts.</summary>
    private static int OpRang(IReadOnlyList<Aantal> verdeling, int rang)
    {
        foreach (var aantal in verdeling)
        {
            if (rang < aantal.Keer)
            {
                return aantal.Werkdagen;
            }

            rang -= aantal.Keer;
        }

        throw new ArgumentOutOfRangeException(nameof(rang));
    }

    public static string Werkdagen(int aantal) => aantal == 1 ? "1 werkdag" : $"{aantal} werkdagen";

    /// <summary>One stored lead time: the dossier and the working days its step took.</summary>
    private sealed class Meting
    {
        public Guid DossierId { get; init; }

        public int Werkdagen { get; init; }
    }

    /// <summary>
    /// The stored lead times of one step whose end falls in the period: per handover, or per dossier for melding → VB
    /// (its first VB). Each is read from an index that ends in the lead time.
    /// </summary>
    private IQueryable<Meting> Metingen(Dashboardfilter filter, Doorlooptijd stap)
    {
        var (begin, eind) = filter.Momenten;
        var overdrachten = Overdrachten(filter);
        var beoordelingen = db.Set<Veiligheidsbeoordeling>().AsNoTracking().Where(v => v.Datum >= filter.Van && v.Datum <= filter.Tot && v.WerkdagenSindsMelding != null);
        if (filter.TeamId is { } team)
        {
            beoordelingen = beoordelingen.Where(v => AanTeamAangeboden(team).Contains(EF.Property<Guid>(v, DossierId)));
        }

        return stap switch
        {
            Doorlooptijd.MeldingTotVeiligheidsbeoordeling => beoordelingen
                .Select(v => new Meting { DossierId = EF.Property<Guid>(v, DossierId), Werkdagen = v.WerkdagenSindsMelding!.Value }),
            Doorlooptijd.VeiligheidsbeoordelingTotAanbod => overdrachten
                .Where(o => o.AangebodenOp >= begin && o.AangebodenOp < eind && o.WerkdagenSindsBeoordeling != null)
                .Select(o => new Meting { DossierId = EF.Property<Guid>(o, DossierId), Werkdagen = o.WerkdagenSindsBeoordeling!.Value }),
            Doorlooptijd.AanbodTotGesprek => overdrachten
                .Where(o => o.GehoudenOp >= begin && o.GehoudenOp < eind && o.WerkdagenTotGesprek != null)
                .Select(o => new Meting { DossierId = EF.Property<Guid>(o, DossierId), Werkdagen = o.WerkdagenTotGesprek!.Value }),
            Doorlooptijd.AanbodTotAcceptatie => overdrachten
                .Where(o => o.Status == OverdrachtStatus.Geaccepteerd && o.BesluitOp >= begin && o.BesluitOp < eind && o.WerkdagenTotAcceptatie != null)
                .Select(o => new Meting { DossierId = EF.Property<Guid>(o, DossierId), Werkdagen = o.WerkdagenTotAcceptatie!.Value }),
        };
    }

    /// <summary>
    /// The same lead times of destroyed dossiers, from the anonymous statistics retention keeps (<see cref="Statistiekoverdracht"/>):
    /// counted in the figure, not listed in its drill-down, for there is no dossier left to show.
    /// </summary>
    private IQueryable<Meting> VernietigdeMetingen(Dashboardfilter filter, Doorlooptijd stap)
    {
        var (begin, eind) = filter.Momenten;
        var overdrachten = VernietigdeOverdrachten(filter);
        var beoordelingen = db.Statistiekbeoordelingen.AsNoTracking().Where(v => v.Datum >= filter.Van && v.Datum <= filter.Tot);
        if (filter.TeamId is { } team)
        {
            beoordelingen = beoordelingen.Where(v => db.Statistiekoverdrachten.Any(o => o.TeamId == team && o.Dossiersleutel == v.Dossiersleutel));
        }

        return stap switch
        {
            Doorlooptijd.MeldingTotVeiligheidsbeoordeling => beoordelingen.Select(v => new Meting { DossierId = v.Dossiersleutel, Werkdagen = v.WerkdagenSindsMelding }),
            Doorlooptijd.VeiligheidsbeoordelingTotAanbod => overdrachten
                .Where(o => o.AangebodenOp >= begin && o.AangebodenOp < eind && o.WerkdagenSindsBeoordeling != null)
                .Select(o => new Meting { DossierId = o.Dossiersleutel, Werkdagen = o.WerkdagenSindsBeoordeling!.Value }),
            Doorlooptijd.AanbodTotGesprek => overdrachten
                .Where(o => o.GehoudenOp >= begin && o.GehoudenOp < eind && o.WerkdagenTotGesprek != null)
                .Select(o => new Meting { DossierId = o.Dossiersleutel, Werkdagen = o.WerkdagenTotGesprek!.Value }),
            Doorlooptijd.AanbodTotAcceptatie => overdrachten
                .Where(o => o.Status == OverdrachtStatus.Geaccepteerd && o.BesluitOp >= begin && o.BesluitOp < eind && o.WerkdagenTotAcceptatie != null)
                .Select(o => new Meting { DossierId = o.Dossiersleutel, Werkdagen = o.WerkdagenTotAcceptatie!.Value }),
        };
    }

    private IQueryable<Statistiekoverdracht> VernietigdeOverdrachten(Dashboardfilter filter) =>
        db.Statistiekoverdrachten.AsNoTracking().Where(o => filter.TeamId == null || o.TeamId == filter.TeamId);

    /// <summary>The dossier ids behind a figure, as a query the database runs.</summary>
    private IQueryable<Guid> Ids(Dashboardfilter filter, Drilldown drilldown, DateOnly vandaag)
    {
        if (drilldown.Signaal is { } signaal)
        {
            return Binnen(filter).Where(Signalen.Filter(signaal, vandaag, db.Set<Mdo>())).Select(d => d.Id);
        }

        if (drilldown.Fase is { } fase)
        {
            return Open(filter).Where(d => d.Fase == fase).Select(d => d.Id);
        }

        if (drilldown.Regie is { } organisatie)
        {
            var team = drilldown.RegieTeam;
            return Open(filter).Where(d => d.RegiehouderOrganisatie == organisatie && (team == null || d.RegiehouderTeamId == team)).Select(d => d.Id);
        }

        if (drilldown.Regisseur is { } regisseur)
        {
            return Open(filter).Where(d => d.Fase == DossierFase.Casusregie && d.RegiehouderId == regisseur).Select(d => d.Id);
        }

        if (drilldown.Reeks is { } reeks && drilldown.Maand is { } maand)
        {
            var (van, tot) = (Dashboardfilter.Begin(maand), Dashboardfilter.Begin(maand.AddMonths(1)));
            return Gebeurtenissen(reeks, filter).Where(g => g.Op >= van && g.Op < tot).Select(g => g.DossierId).Distinct();
        }

        return db.Dossiers.Where(_ => false).Select(d => d.Id);
    }

    private async Task<List<DossierRij>> Rijen(IQueryable<Dossier> dossiers, ClaimsPrincipal user, Dictionary<Guid, string>? waarden)
    {
        var zichtbaar = db.Dossiers.ZichtbaarVoor(user).Select(d => d.Id);
        var rijen = await dossiers.AsNoTracking().Select(d => new
        {
            d.Id,
            Naam = zichtbaar.Contains(d.Id) ? d.Naam : null,
            d.Fase,
            Team = db.Teams.Where(t => t.Id == d.WijkteamId).Select(t => t.Naam).FirstOrDefault(),
            d.RegiehouderNaam,
            d.Deadline,
        }).ToListAsync();
        return [.. rijen.Select(r => new DossierRij(r.Id, r.Naam, r.Fase, r.Team, r.RegiehouderNaam, r.Deadline, waarden?.GetValueOrDefault(r.Id)))];
    }

    private sealed record Acceptatie(Guid DossierId, bool Warm, bool? PlanOpTijd);

    /// <summary>Accepted handovers in the period; the plan outcome is known once the plan is vastgesteld or its deadline has passed.</summary>
    private async Task<List<Acceptatie>> AcceptatiesAsync(Dashboardfilter filter, DateOnly vandaag, bool metVernietigde = false)
    {
        var (begin, eind) = filter.Momenten;
        var rijen = await Overdrachten(filter)
            .Where(o => o.Status == OverdrachtStatus.Geaccepteerd && o.BesluitOp >= begin && o.BesluitOp < eind)
            .Select(o => new { Id = EF.Property<Guid>(o, DossierId), Warm = o.AanwezigeGezinsleden.Count > 0, o.PlanUiterlijk, o.PlanVastgesteldOp })
            .ToListAsync();
        if (metVernietigde)
        {
            rijen.AddRange(await VernietigdeOverdrachten(filter)
                .Where(o => o.Status == OverdrachtStatus.Geaccepteerd && o.BesluitOp >= begin && o.BesluitOp < eind)
                .Select(o => new { Id = o.Dossiersleutel, o.Warm, o.PlanUiterlijk, o.PlanVastgesteldOp })
                .ToListAsync());
        }

        return [.. rijen.Select(r => new Acceptatie(r.Id, r.Warm,
            r.PlanVastgesteldOp is { } vastgesteld ? vastgesteld <= r.PlanUiterlijk : r.PlanUiterlijk < vandaag ? false : null))];
    }

    /// <summary>The shadow key that ties a handover to its dossier.</summary>
    private const string DossierId = "DossierId";

    /// <summary>Handovers; the team filter is the team the handover was offered to, also when it declined.</summary>
    private IQueryable<Overdracht> Overdrachten(Dashboardfilter filter) =>
        db.Set<Overdracht>().AsNoTracking().Where(o => filter.TeamId == null || o.TeamId == filter.TeamId);

    /// <summary>A dated event of one dossier, for the trends.</summary>
    private sealed class Gebeurtenis
    {
        public Guid DossierId { get; init; }

        public DateTimeOffset Op { get; init; }
    }

    private IQueryable<Gebeurtenis> Gebeurtenissen(Reeks reeks, Dashboardfilter filter)
    {
        var dossiers = Binnen(filter with { Organisatie = null });
        return reeks switch
        {
            Reeks.Meldingen => dossiers.Select(d => new Gebeurtenis { DossierId = d.Id, Op = d.Melding.OntvangenOp }),
            Reeks.Overdrachten => Overdrachten(filter).Select(o => new Gebeurtenis { DossierId = EF.Property<Guid>(o, DossierId), Op = o.AangebodenOp }),
            Reeks.Acceptaties => Overdrachten(filter).Where(o => o.Status == OverdrachtStatus.Geaccepteerd)
                .Select(o => new Gebeurtenis { DossierId = EF.Property<Guid>(o, DossierId), Op = o.BesluitOp!.Value }),
            Reeks.Terugmeldingen => from d in dossiers
                                    from c in d.Chronologie
                                    where c.Actie == DossierActie.Terugmelden
                                    select new Gebeurtenis { DossierId = d.Id, Op = c.Op },
            Reeks.Afsluitingen => dossiers.Where(d => d.AfgeslotenOp != null).Select(d => new Gebeurtenis { DossierId = d.Id, Op = d.AfgeslotenOp!.Value }),
        };
    }

    /// <summary>The same events of destroyed dossiers, from the anonymous statistics; the team filter as for the live ones.</summary>
    private IQueryable<Gebeurtenis> VernietigdeGebeurtenissen(Reeks reeks, Dashboardfilter filter)
    {
        var overdrachten = VernietigdeOverdrachten(filter);
        var gebeurtenissen = db.Statistiekgebeurtenissen.AsNoTracking().Where(g => g.Reeks == reeks);
        if (filter.TeamId is { } team)
        {
            gebeurtenissen = gebeurtenissen.Where(g => db.Statistiekoverdrachten.Any(o => o.TeamId == team && o.Dossiersleutel == g.Dossiersleutel));
        }

        return reeks switch
        {
            Reeks.Overdrachten => overdrachten.Select(o => new Gebeurtenis { DossierId = o.Dossiersleutel, Op = o.AangebodenOp }),
            Reeks.Acceptaties => overdrachten.Where(o => o.Status == OverdrachtStatus.Geaccepteerd)
                .Select(o => new Gebeurtenis { DossierId = o.Dossiersleutel, Op = o.BesluitOp!.Value }),
            _ => gebeurtenissen.Select(g => new Gebeurtenis { DossierId = g.Dossiersleutel, Op = g.Op }),
        };
    }

    /// <summary>g => g.Op &lt; grens1 ? 0 : g.Op &lt; grens2 ? 1 : … — the month an event falls in, as SQL CASE.</summary>
    private static Expression<Func<Gebeurtenis, int>> MaandIndex(List<DateTimeOffset> grenzen)
    {
        var g = Expression.Parameter(typeof(Gebeurtenis), "g");
        var op = Expression.Property(g, nameof(Gebeurtenis.Op));
        Expression index = Expression.Constant(grenzen.Count - 2);
        for (var i = grenzen.Count - 3; i >= 0; i--)
        {
            index = Expression.Condition(Expression.LessThan(op, Expression.Constant(grenzen[i + 1])), Expression.Constant(i), index);
        }

        return Expression.Lambda<Func<Gebeurtenis, int>>(index, g);
    }

    /// <summary>
    /// The dossiers the filter covers: the team's (held by it now, or ever offered to it, also when it declined) and, if
    /// chosen, those whose regie lies with the organisation now.
    /// </summary>
    private IQueryable<Dossier> Binnen(Dashboardfilter filter)
    {
        var dossiers = db.Dossiers.AsNoTracking();
        if (filter.TeamId is { } team)
        {
            dossiers = dossiers.Where(d => AanTeamAangeboden(team).Contains(d.Id));
        }

        if (filter.Organisatie is { } organisatie)
        {
            dossiers = dossiers.Where(d => d.RegiehouderOrganisatie == organisatie);
        }

        return dossiers;
    }

    /// <summary>
    /// The dossiers of a team. Only an offer sets a dossier's wijkteam, so "held by the team or ever offered to it" is
    /// "has an offer to it": one search on the offers' team index, not a walk over every dossier asking about its offers.
    /// </summary>
    private IQueryable<Guid> AanTeamAangeboden(Guid team) => db.Set<Overdracht>().Where(o => o.TeamId == team).Select(o => EF.Property<Guid>(o, DossierId));

    private IQueryable<Dossier> Open(Dashboardfilter filter) => Binnen(filter).Where(d => d.Fase != DossierFase.Afgesloten);
}
