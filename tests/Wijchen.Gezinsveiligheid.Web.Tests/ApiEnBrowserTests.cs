using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>The API replaces retyping, nothing else: the same offer through the pages and through the API gives the same dossier.</summary>
public class ApiEnBrowserTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Browser_en_API_maken_veld_voor_veld_hetzelfde_dossier()
    {
        var browser = await Browserpad.BiedAanAsync(app, "Gezin Gelijk");
        await ApiTests.BiedAanAsync(app, "Gezin Gelijk");
        var dossiers = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().Where(d => d.Naam == "Gezin Gelijk").ToListAsync());
        var api = dossiers.Single(d => d.Id != browser);

        // Everything but ids, moments and who did it: VT's worker in one, VT's system in the other.
        Assert.Equal(Inhoud(dossiers.Single(d => d.Id == browser)), Inhoud(api));
        Assert.Equal(Organisatie.VeiligThuis, api.Regiehouder!.Organisatie);
    }

    private static string Inhoud(Dossier d)
    {
        string Naam(Guid lid) => d.Gezinsleden.Single(g => g.Id == lid).Naam;
        var vb = d.LaatsteVeiligheidsbeoordeling!;
        var o = d.HuidigeOverdracht!;
        return JsonSerializer.Serialize(new
        {
            d.Naam,
            d.Fase,
            d.Versie,
            d.Deadline,
            Melding = new { d.Melding.OntvangenOp, d.Melding.MelderNaam, d.Melding.MelderRol, d.Melding.MelderContact, d.Melding.MelderAnoniemNaarGezin, d.Melding.SoortZorg, d.Melding.Omschrijving },
            Gezin = d.Gezinsleden.OrderBy(g => g.Naam).Select(g => new { g.Naam, g.Geboortedatum, Bsn = g.Bsn?.Waarde, g.Rol, g.WoontInHuis }),
            Beoordeling = new
            {
                vb.Datum, vb.AcuteOnveiligheid, vb.StructureleOnveiligheid, vb.Onderbouwing, vb.Besluit, vb.InstrumentNaam, vb.InstrumentVersie, vb.InstrumentUitkomst,
                Oordelen = vb.Oordelen.OrderBy(x => Naam(x.GezinslidId)).Select(x => new { Lid = Naam(x.GezinslidId), x.Waarde, x.Toelichting }),
                Kindchecks = vb.Kindchecks.OrderBy(x => Naam(x.GezinslidId)).Select(x => new { Lid = Naam(x.GezinslidId), x.MinderjarigeKinderenAfhankelijk, x.KinderenVeilig, x.Toelichting }),
            },
            Overdracht = new
            {
                o.TeamId, o.TeamNaam, o.Context, o.Contactpersoon, o.MonitoringMaanden, o.Status,
                Voorwaarden = o.Voorwaarden.Select(v => new { v.Volgnummer, v.Omschrijving, v.VoorWie, v.Verantwoordelijke }),
            },
            Chronologie = d.Chronologie.Select(c => new { c.Volgnummer, c.Soort, c.Actie, c.Omschrijving }),
        });
    }
}
