using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// A VT worker types the example offer of docs/api.md into the pages (melding, veiligheidsbeoordeling, aanbieden), as
/// they did before the API: the browser's way to the same dossier.
/// </summary>
public static class Browserpad
{
    public static async Task<Guid> BiedAanAsync(AppFactory app, string naam, Action<JsonNode>? aanpassen = null)
    {
        var json = JsonNode.Parse(ApiTests.Voorbeeld(app, naam, aanpassen))!;
        var vt = await app.LogInAsync("vt@demo.example");

        var melding = await Formulier.OpenAsync(vt, "/Meldingen/Nieuw");
        var m = json["melding"]!;
        var ontvangen = Presentation.Handelingen.NaarNederlandseTijd(DateTimeOffset.Parse(m["ontvangenOp"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        melding.Vul("Input.Naam", naam).Vul("Input.OntvangenOp", ontvangen.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture))
            .Vul("Input.SoortZorg", Enumwaarde(m["soortZorg"])).Vul("Input.Omschrijving", m["omschrijving"]!.GetValue<string>())
            .Vul("Input.MelderNaam", m["melder"]!["naam"]!.GetValue<string>()).Vul("Input.MelderRol", m["melder"]!["rol"]!.GetValue<string>())
            .Vul("Input.MelderContact", m["melder"]!["contact"]!.GetValue<string>())
            .Kies("Input.MelderAnoniemNaarGezin", "true", m["melder"]!["anoniemNaarGezin"]!.GetValue<bool>());
        var leden = json["gezinsleden"]!.AsArray();
        for (var i = 0; i < leden.Count; i++)
        {
            melding.Vul($"Input.Gezinsleden[{i}].Naam", leden[i]!["naam"]!.GetValue<string>()).Vul($"Input.Gezinsleden[{i}].Geboortedatum", leden[i]!["geboortedatum"]!.GetValue<string>())
                .Vul($"Input.Gezinsleden[{i}].Rol", Enumwaarde(leden[i]!["rol"])).Vul($"Input.Gezinsleden[{i}].Bsn", leden[i]!["bsn"]?.GetValue<string>() ?? "");
        }

        var geregistreerd = await melding.VerstuurAsync();
        if (geregistreerd.StatusCode == HttpStatusCode.OK)
        {
            // The same family came in through the API before: the worker looks and still opens a new dossier.
            geregistreerd = await (await Formulier.VanAsync(vt, geregistreerd)).Kies("Input.Bestemming", Pages.Meldingen.NieuwModel.NieuwDossier).VerstuurAsync();
        }

        var id = Guid.Parse((await geregistreerd.DoorgestuurdAsync()).Split('/')[2]);
        var dossier = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == id));
        string Lid(int index) => leden[index]!["naam"]!.GetValue<string>();

        var b = json["veiligheidsbeoordeling"]!;
        var vb = await Formulier.OpenAsync(vt, $"/Dossiers/{id}/Veiligheidsbeoordeling");
        vb.Vul("Input.Datum", b["datum"]!.GetValue<string>()).Kies("Input.AcuteOnveiligheid", b["acuteOnveiligheid"]!.GetValue<bool>() ? "true" : "false")
            .Kies("Input.StructureleOnveiligheid", b["structureleOnveiligheid"]!.GetValue<bool>() ? "true" : "false")
            .Vul("Input.Instrument", b["instrument"]!["naam"]!.GetValue<string>()).Vul("Input.InstrumentVersie", b["instrument"]!["versie"]!.GetValue<string>())
            .Vul("Input.InstrumentUitkomst", b["instrument"]!["uitkomst"]!.GetValue<string>()).Vul("Input.Onderbouwing", b["onderbouwing"]!.GetValue<string>())
            .Kies("Input.Besluit", "OverdrachtLokaalTeam");
        string NaamInRij(string rij) => dossier.Gezinsleden.Single(g => g.Id.ToString() == vb.Waarde(rij)).Naam;
        for (var i = 0; i < dossier.Gezinsleden.Count; i++)
        {
            if (b["oordelen"]!.AsArray().SingleOrDefault(o => Lid(o!["gezinslid"]!.GetValue<int>()) == NaamInRij($"Input.Oordelen[{i}].GezinslidId")) is { } oordeel)
            {
                vb.Vul($"Input.Oordelen[{i}].Oordeel", Enumwaarde(oordeel["oordeel"])).Vul($"Input.Oordelen[{i}].Toelichting", oordeel["toelichting"]?.GetValue<string>() ?? "");
            }
        }

        for (var i = 0; vb.Heeft($"Input.Kindchecks[{i}].GezinslidId"); i++)
        {
            var check = b["kindchecks"]!.AsArray().Single(k => Lid(k!["gezinslid"]!.GetValue<int>()) == NaamInRij($"Input.Kindchecks[{i}].GezinslidId"))!;
            vb.Kies($"Input.Kindchecks[{i}].Afhankelijk", check["afhankelijk"]!.GetValue<bool>() ? "true" : "false")
                .Kies($"Input.Kindchecks[{i}].KinderenVeilig", check["kinderenVeilig"]!.GetValue<bool>() ? "true" : "false")
                .Vul($"Input.Kindchecks[{i}].Toelichting", check["toelichting"]?.GetValue<string>() ?? "");
        }

        await (await vb.VerstuurAsync()).DoorgestuurdAsync();

        var o = json["overdracht"]!;
        var aanbod = await Formulier.OpenAsync(vt, $"/Dossiers/{id}/Aanbieden");
        aanbod.Vul("Input.TeamId", o["teamId"]!.GetValue<string>()).Vul("Input.Context", o["context"]!.GetValue<string>())
            .Vul("Input.Contactpersoon", o["contactpersoon"]!.GetValue<string>())
            .Vul("Input.MonitoringMaanden", string.Join(", ", o["monitoringMaanden"]!.AsArray().Select(x => x!.GetValue<int>())));
        var voorwaarden = o["voorwaarden"]!.AsArray();
        for (var i = 0; i < voorwaarden.Count; i++)
        {
            aanbod.Vul($"Input.Voorwaarden[{i}].Omschrijving", voorwaarden[i]!["omschrijving"]!.GetValue<string>())
                .Vul($"Input.Voorwaarden[{i}].VoorWie", voorwaarden[i]!["voorWie"]!.GetValue<string>())
                .Vul($"Input.Voorwaarden[{i}].Verantwoordelijke", voorwaarden[i]!["verantwoordelijke"]!.GetValue<string>());
        }

        await (await aanbod.VerstuurAsync()).DoorgestuurdAsync();
        return id;
    }

    /// <summary>The API's camelCase enum value as the form's option value (the enum's name).</summary>
    private static string Enumwaarde(JsonNode? waarde) => waarde!.GetValue<string>() is var tekst ? char.ToUpperInvariant(tekst[0]) + tekst[1..] : "";
}
