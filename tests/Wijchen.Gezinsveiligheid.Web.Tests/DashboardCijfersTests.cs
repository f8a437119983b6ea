using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Dashboard;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Jobs;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Every dashboard figure on a known set of dossiers (see <see cref="Regiedossiers"/>), computed by hand from their dates.</summary>
public sealed class DashboardCijfersTests(Regiedossiers data) : IClassFixture<Regiedossiers>
{
    private static readonly Dashboardfilter AprilMei = new(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 31), null, null);

    private static readonly ClaimsPrincipal Manager = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "mgr"), new Claim(ClaimTypes.Role, Rollen.Manager)], "test"));

    private static readonly ClaimsPrincipal TeamleiderNoord = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "tl-n"), new Claim(ClaimTypes.Role, Rollen.Teamleider), new Claim(GezinsveiligheidClaims.TeamId, Regiedossiers.Noord.ToString())], "test"));

    [Fact]
    public async Task Regie_nu_per_fase_per_regiehouder_en_per_casusregisseur_inclusief_wie_niets_heeft()
    {
        await using var db = data.NieuweContext();
        var (regie, _) = await new Regiecijfers(db).NuAsync(AprilMei, Regiedossiers.Peildatum);

        Assert.Equal(
            [("Melding", 2), ("Veiligheidsbeoordeling", 0), ("Voorwaarden en Vervolg", 0), ("Onderzoek", 0), ("Overdracht aangeboden", 1),
             ("Overdrachtsgesprek gepland", 1), ("Casusregie wijkteam", 5), ("Teruggelegd bij Veilig Thuis", 1), ("Opgeschaald naar Veilig Thuis", 1)],
            regie.PerFase.Select(t => (t.Label, t.Aantal)));
        Assert.Equal([("Veilig Thuis", 6), ("Wijkteam Noord", 4), ("Wijkteam Zuid", 1)], regie.PerRegiehouder.Select(t => (t.Label, t.Aantal)));
        Assert.Equal([("Wijkteam Noord", "Wendy Noord", 2), ("Wijkteam Noord", "Willem Noord", 0), ("Wijkteam Noord", "Wim Noord", 2), ("Wijkteam Zuid", "Zoë Zuid", 1)],
            regie.PerCasusregisseur.Select(c => (c.Team, c.Regisseur, c.Aantal)));

        var vanWim = await new Regiecijfers(db).LijstAsync(AprilMei, regie.PerCasusregisseur[2].Drilldown, Regiedossiers.Peildatum, Manager, 1);
        Assert.Equal(["A", "I"], vanWim.Rijen.Select(r => data.Naam(r.Id)).Order());
    }

    [Fact]
    public async Task Elk_signaal_telt_precies_de_dossiers_over_de_termijn_en_de_lijst_noemt_dezelfde()
    {
        await using var db = data.NieuweContext();
        var cijfers = new Regiecijfers(db);
        var verwacht = new Dictionary<Signaal, string[]>
        {
            [Signaal.ZonderRegiehouder] = [],
            [Signaal.TweeRegiehouders] = [],
            [Signaal.VeiligheidsbeoordelingTeLaat] = ["E", "M"],
            [Signaal.GesprekNietGepland] = ["G"],
            [Signaal.OverdrachtNietBesloten] = ["H"],
            [Signaal.AfwijzingZonderVervolg] = ["D"],
            [Signaal.PlanNietVastgesteld] = ["I"],
            [Signaal.PlanNietGedeeld] = ["A"],
            [Signaal.EvaluatieTeLaat] = ["J"],
            [Signaal.KindZonderOordeel] = ["I"],
            [Signaal.MonitoringTeLaat] = ["J"],
            [Signaal.MdoActieTeLaat] = ["J"],
        };

        var (_, tellingen) = await cijfers.NuAsync(AprilMei, Regiedossiers.Peildatum);

        Assert.Equal(verwacht.Select(v => (v.Key, v.Value.Length)), tellingen.Select(t => (t.Definitie.Signaal, t.Aantal)));
        foreach (var (signaal, dossiers) in verwacht)
        {
            var lijst = await cijfers.LijstAsync(AprilMei, new Drilldown { Signaal = signaal }, Regiedossiers.Peildatum, Manager, 1);
            Assert.Equal(dossiers, lijst.Rijen.Select(r => data.Naam(r.Id)).Order());
        }

        // The day before a deadline passes, nothing is late yet: G's gesprek was due 26 May.
        var (_, dagErvoor) = await cijfers.NuAsync(AprilMei, new DateOnly(2026, 5, 26));
        Assert.Equal(0, dagErvoor.Single(t => t.Definitie.Signaal == Signaal.GesprekNietGepland).Aantal);
    }

    [Fact]
    public async Task Doorlooptijden_in_werkdagen_over_feestdagen_met_mediaan_en_90e_percentiel()
    {
        await using var db = data.NieuweContext();
        var cijfers = new Regiecijfers(db);

        var uitkomsten = await cijfers.DoorlooptijdenAsync(AprilMei);

        // melding → VB: A 5 (over Koningsdag), B 5, C 5 (over Pasen), D 9, G 1 (over Hemelvaart), H 1.
        // VB → aanbod: A 2, B 1, C 1, D 2, G 1, H 3. Aanbod → gesprek: A 4, B 4 (Hemelvaart), C 8, D 9. Aanbod → acceptatie: A 5, B 5, C 10.
        Assert.Equal(
            [
                (Doorlooptijd.MeldingTotVeiligheidsbeoordeling, 6, (double?)5, (double?)7),
                (Doorlooptijd.VeiligheidsbeoordelingTotAanbod, 6, 1.5, 2.5),
                (Doorlooptijd.AanbodTotGesprek, 4, 6, 8.7),
                (Doorlooptijd.AanbodTotAcceptatie, 3, 5, 9),
            ],
            uitkomsten.Select(u => (u.Stap, u.Aantal, u.Mediaan, u.P90 is { } p ? Math.Round(p, 6) : (double?)null)));

        var langsteEerst = await cijfers.LijstAsync(AprilMei, new Drilldown { Doorlooptijd = Doorlooptijd.MeldingTotVeiligheidsbeoordeling }, Regiedossiers.Peildatum, Manager, 1);
        Assert.Equal(6, langsteEerst.Totaal);
        Assert.Equal(("D", "9 werkdagen"), (data.Naam(langsteEerst.Rijen[0].Id), langsteEerst.Rijen[0].Waarde));
        Assert.Equal(["1 werkdag", "1 werkdag"], langsteEerst.Rijen.TakeLast(2).Select(r => r.Waarde));

        // Team Noord: the dossiers it holds or was offered (D was declined by Noord and still counts).
        var noord = await cijfers.DoorlooptijdenAsync(AprilMei with { TeamId = Regiedossiers.Noord });
        Assert.Equal((4, 5, 7.8), (noord[0].Aantal, noord[0].Mediaan!.Value, Math.Round(noord[0].P90!.Value, 6)));
        Assert.Equal((4, 2, 2.7), (noord[1].Aantal, noord[1].Mediaan!.Value, Math.Round(noord[1].P90!.Value, 6)));
    }

    [Fact]
    public async Task Doorlooptijden_van_stappen_van_voor_de_opslag_vult_de_start_aan_met_dezelfde_werkdagen()
    {
        var eigen = new Regiedossiers();
        await eigen.InitializeAsync();
        try
        {
            await using var db = eigen.NieuweContext();
            var zoalsVastgelegd = await new Regiecijfers(db).DoorlooptijdenAsync(AprilMei);
            // The rows as a database from before the migration holds them: no stored lead time.
            await db.Set<Overdracht>().ExecuteUpdateAsync(s => s
                .SetProperty(o => o.WerkdagenSindsBeoordeling, (int?)null).SetProperty(o => o.WerkdagenTotGesprek, (int?)null).SetProperty(o => o.WerkdagenTotAcceptatie, (int?)null));
            await db.Set<Veiligheidsbeoordeling>().ExecuteUpdateAsync(s => s.SetProperty(v => v.WerkdagenSindsMelding, (int?)null));
            Assert.All(await new Regiecijfers(db).DoorlooptijdenAsync(AprilMei), u => Assert.Equal(0, u.Aantal));

            var aangevuld = await OpgeslagenDoorlooptijden.VulAanAsync(db, Regiedossiers.Termijnen);

            Assert.Equal(zoalsVastgelegd, await new Regiecijfers(db).DoorlooptijdenAsync(AprilMei));
            // Only the first VB of a dossier measures from the melding; the next start finds nothing left to do.
            Assert.Equal(await db.Dossiers.CountAsync(d => d.Veiligheidsbeoordelingen.Any()), await db.Set<Veiligheidsbeoordeling>().CountAsync(v => v.WerkdagenSindsMelding != null));
            Assert.True(aangevuld > zoalsVastgelegd.Sum(u => u.Aantal), $"{aangevuld} aangevuld");
            Assert.Equal(0, await OpgeslagenDoorlooptijden.VulAanAsync(db, Regiedossiers.Termijnen));
        }
        finally
        {
            await eigen.DisposeAsync();
        }
    }

    [Fact]
    public async Task Aandeel_warm_en_plan_op_tijd_tellen_alleen_acceptaties_met_een_bekende_uitkomst()
    {
        await using var db = data.NieuweContext();
        var cijfers = new Regiecijfers(db);

        var aandelen = await cijfers.AandelenAsync(AprilMei, Regiedossiers.Peildatum);

        // Accepted in April–May: A (warm), B (without the family), C (warm). Plan: A on time, C one day late, B still running.
        Assert.Equal([(Aandeel.Warm, 2, 3), (Aandeel.PlanOpTijd, 1, 2)], aandelen.Select(a => (a.Aandeel, a.Teller, a.Noemer)));
        var warm = await cijfers.LijstAsync(AprilMei, new Drilldown { Aandeel = Aandeel.Warm, Teller = true }, Regiedossiers.Peildatum, Manager, 1);
        Assert.Equal(["A", "C"], warm.Rijen.Select(r => data.Naam(r.Id)).Order());
        var bekend = await cijfers.LijstAsync(AprilMei, new Drilldown { Aandeel = Aandeel.PlanOpTijd }, Regiedossiers.Peildatum, Manager, 1);
        Assert.Equal(["A", "C"], bekend.Rijen.Select(r => data.Naam(r.Id)).Order());
    }

    [Fact]
    public async Task Trends_tellen_per_Nederlandse_kalendermaand_twaalf_maanden_terug()
    {
        await using var db = data.NieuweContext();
        var cijfers = new Regiecijfers(db);

        var trends = await cijfers.TrendsAsync(AprilMei);

        Assert.Equal(new DateOnly(2025, 6, 1), trends[0].Punten[0].Maand);
        Assert.Equal(new DateOnly(2026, 5, 1), trends[0].Punten[^1].Maand);
        // June 2025 … May 2026. K's melding (31 May 22:30 UTC) falls in June; C's (31 March 22:30 UTC) in April.
        Assert.Equal(
            [
                (Reeks.Meldingen, new[] { 1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 4, 4 }),
                (Reeks.Overdrachten, new[] { 0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 2, 4 }),
                (Reeks.Acceptaties, new[] { 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2 }),
                (Reeks.Terugmeldingen, new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0 }),
                (Reeks.Afsluitingen, new[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }),
            ],
            trends.Select(t => (t.Reeks, t.Punten.Select(p => p.Aantal).ToArray())));

        var april = await cijfers.LijstAsync(AprilMei, new Drilldown { Reeks = Reeks.Meldingen, Maand = new DateOnly(2026, 4, 1) }, Regiedossiers.Peildatum, Manager, 1);
        Assert.Equal(["A", "C", "D", "H"], april.Rijen.Select(r => data.Naam(r.Id)).Order());
    }

    [Fact]
    public async Task Een_manager_ziet_geen_namen_een_teamleider_alleen_die_van_dossiers_die_hij_mag_openen()
    {
        await using var db = data.NieuweContext();
        var cijfers = new Regiecijfers(db);
        var drilldown = new Drilldown { Doorlooptijd = Doorlooptijd.AanbodTotGesprek };

        var manager = await cijfers.LijstAsync(AprilMei, drilldown, Regiedossiers.Peildatum, Manager, 1);
        var teamleider = await cijfers.LijstAsync(AprilMei with { TeamId = Regiedossiers.Noord }, drilldown, Regiedossiers.Peildatum, TeamleiderNoord, 1);

        Assert.All(manager.Rijen, r => Assert.Null(r.Naam));
        // Noord held gesprekken for A, B and D; D was declined, so it is no longer Noord's dossier to open.
        Assert.Equal([("A", "Gezin Anker"), ("B", "Gezin Berk"), ("D", null)], teamleider.Rijen.Select(r => (data.Naam(r.Id), r.Naam)).OrderBy(r => r.Item1));
    }

    [Fact]
    public async Task Als_de_gegevens_elkaar_tegenspreken_tonen_de_tegels_het()
    {
        await using var db = data.NieuweContext();
        await using var transactie = await db.Database.BeginTransactionAsync();
        // E loses its regiehouder; A (casusregie) is put with Veilig Thuis; B's regiehouder no longer matches its regiehistorie.
        await db.Database.ExecuteSqlAsync($"UPDATE Dossiers SET RegiehouderId = NULL, RegiehouderNaam = NULL, RegiehouderOrganisatie = NULL WHERE Id = {data.Ids["E"]}");
        await db.Database.ExecuteSqlAsync($"UPDATE Dossiers SET RegiehouderOrganisatie = 'VeiligThuis' WHERE Id = {data.Ids["A"]}");
        await db.Database.ExecuteSqlAsync($"UPDATE Dossiers SET RegiehouderId = 'wn-3' WHERE Id = {data.Ids["B"]}");

        var cijfers = new Regiecijfers(db);
        var (_, tellingen) = await cijfers.NuAsync(AprilMei, Regiedossiers.Peildatum);
        var zonder = await cijfers.LijstAsync(AprilMei, new Drilldown { Signaal = Signaal.ZonderRegiehouder }, Regiedossiers.Peildatum, Manager, 1);
        var dubbel = await cijfers.LijstAsync(AprilMei, new Drilldown { Signaal = Signaal.TweeRegiehouders }, Regiedossiers.Peildatum, Manager, 1);
        // The signals are the domain's regie invariant over stored rows: they name exactly the dossiers the domain's rule rejects.
        var afgekeurd = (await db.Dossiers.AsNoTracking().MetAggregaat().ToListAsync()).Where(d => !d.HeeftEnkeleRegiehouder()).Select(d => d.Id);
        await transactie.RollbackAsync();

        Assert.Equal(afgekeurd.Order(), zonder.Rijen.Concat(dubbel.Rijen).Select(r => r.Id).Order());

        Assert.Equal(1, tellingen.Single(t => t.Definitie.Signaal == Signaal.ZonderRegiehouder).Aantal);
        Assert.Equal(2, tellingen.Single(t => t.Definitie.Signaal == Signaal.TweeRegiehouders).Aantal);
        Assert.Equal(["E"], zonder.Rijen.Select(r => data.Naam(r.Id)));
        Assert.Equal(["A", "B"], dubbel.Rijen.Select(r => data.Naam(r.Id)).Order());
    }

    [Fact]
    public void Percentiel_rekent_zoals_PERCENTIEL_INC_in_Excel()
    {
        Assert.Null(Regiecijfers.Percentiel([], 0.5));
        Assert.Equal(4, Regiecijfers.Percentiel([new(4, 1)], 0.9));
        Assert.Equal(2.5, Regiecijfers.Percentiel([new(1, 1), new(2, 1), new(3, 1), new(4, 1)], 0.5));
        Assert.Equal(3.7, Math.Round(Regiecijfers.Percentiel([new(1, 1), new(2, 1), new(3, 1), new(4, 1)], 0.9)!.Value, 6));
        // A distribution counts repeated values: 1, 1, 1, 5, 5 has its median at 1 and PERCENTIEL.INC(…; 0,9) = 5.
        Assert.Equal(1, Regiecijfers.Percentiel([new(1, 3), new(5, 2)], 0.5));
        Assert.Equal(5, Regiecijfers.Percentiel([new(1, 3), new(5, 2)], 0.9));
        // 2, 2, 7, 7: between ranks the value is interpolated, also across two counts (PERCENTIEL.INC gives 4,5 and 7).
        Assert.Equal(4.5, Regiecijfers.Percentiel([new(2, 2), new(7, 2)], 0.5));
        Assert.Equal(7, Regiecijfers.Percentiel([new(2, 2), new(7, 2)], 0.9));
    }
}
