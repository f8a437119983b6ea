using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Api;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The API as Veilig Thuis' registration system uses it: tokens from a real token server, the example body of
/// docs/api.md, and the teamleider in the pages. Every refusal is a problem+json with the pages' Dutch message.
/// </summary>
public class ApiTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    public const string Overdrachten = "/api/v1/overdrachten";

    /// <summary>The example body of docs/api.md, dated just before the app's clock, with its own dossier name.</summary>
    public static string Voorbeeld(AppFactory app, string naam, Action<JsonNode>? aanpassen = null) => Voorbeeld(app.Klok.Nu, naam, aanpassen);

    /// <summary>The example body of docs/api.md, dated just before <paramref name="nu"/>, with its own dossier name.</summary>
    public static string Voorbeeld(DateTimeOffset nu, string naam, Action<JsonNode>? aanpassen = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "docs", "api", "voorbeeld-aanbod.json")))!;
        json["naam"] = naam;
        json["melding"]!["ontvangenOp"] = nu.AddDays(-4).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", System.Globalization.CultureInfo.InvariantCulture);
        json["veiligheidsbeoordeling"]!["datum"] = DateOnly.FromDateTime(nu.UtcDateTime).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        aanpassen?.Invoke(json);
        return json.ToJsonString();
    }

    public static async Task<JsonElement> BiedAanAsync(ApiFactory app, string naam, Action<JsonNode>? aanpassen = null)
    {
        using var client = await app.ApiClientAsync();
        var antwoord = await client.PostAsync(new Uri(Overdrachten, UriKind.Relative), ApiHttp.Json(Voorbeeld(app, naam, aanpassen)));
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, $"{(int)antwoord.StatusCode}: {await antwoord.Content.ReadAsStringAsync()}");
        return await antwoord.JsonAsync();
    }

    [Fact]
    public async Task Een_aanbod_maakt_het_dossier_met_Veilig_Thuis_als_regiehouder_en_logt_de_client_als_actor()
    {
        using var client = await app.ApiClientAsync();
        var antwoord = await client.PostAsync(new Uri(Overdrachten, UriKind.Relative), ApiHttp.Json(Voorbeeld(app, "Gezin Api-Aanbod")));

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        Assert.Equal("1.0.0", antwoord.Headers.GetValues("API-Version").Single());
        var stand = await antwoord.JsonAsync();
        var id = stand.GetProperty("id").GetGuid();
        Assert.Equal($"{Overdrachten}/{id}", antwoord.Headers.Location!.OriginalString);
        Assert.Equal("aangeboden", stand.GetProperty("status").GetString());
        Assert.Equal(DemoSeeder.WijkteamCentrum, stand.GetProperty("wijkteam").GetProperty("id").GetGuid());
        Assert.Equal(2, stand.GetProperty("voorwaarden").GetArrayLength());

        var dossier = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Naam == "Gezin Api-Aanbod"));
        Assert.Equal(Weergave.Kenmerk(dossier.Id), stand.GetProperty("kenmerk").GetString());
        Assert.Equal(DossierFase.OverdrachtAangeboden, dossier.Fase);
        Assert.Equal(("api:vt-gelderland-zuid", "Testsysteem vt-gelderland-zuid", Organisatie.VeiligThuis), (dossier.RegiehouderId, dossier.RegiehouderNaam, dossier.Regiehouder!.Organisatie));
        Assert.True(dossier.HeeftEnkeleRegiehouder());
        Assert.Equal([null, DossierActie.VeiligheidsbeoordelingVastleggen, DossierActie.OverdrachtAanbieden], dossier.Chronologie.Select(c => c.Actie));
        Assert.Equal(["Mark van Dijk", "Sanne van Dijk", "Tim van Dijk"], dossier.Gezinsleden.Select(g => g.Naam).Order());
        Assert.Equal("111222333", dossier.Gezinsleden.Single(g => g.Naam == "Sanne van Dijk").Bsn!.Waarde);
        Assert.Equal(("J. de Boer", true), (dossier.Melding.MelderNaam, dossier.Melding.MelderAnoniemNaarGezin));
        var vb = dossier.LaatsteVeiligheidsbeoordeling!;
        Assert.Equal(VeiligheidsOordeel.VoorwaardelijkVeilig, vb.Oordelen.Single().Waarde);
        Assert.Equal(2, vb.Kindchecks.Count);
        Assert.Equal("LIRIK", vb.InstrumentNaam);
        Assert.Equal(id, dossier.HuidigeOverdracht!.Id);

        var gelezen = await client.GetAsync(antwoord.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, gelezen.StatusCode);
        Assert.Equal(id, (await gelezen.JsonAsync()).GetProperty("id").GetGuid());

        var log = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().Where(r => r.DossierId == dossier.Id).OrderBy(r => r.Volgnummer).ToListAsync());
        Assert.Equal(
            [("api:vt-gelderland-zuid", "Testsysteem vt-gelderland-zuid", "Medewerker Veilig Thuis", "Veilig Thuis Gelderland-Zuid", Toegangssoort.Wijzigen, "Warme overdracht aanbieden (API)"),
             ("api:vt-gelderland-zuid", "Testsysteem vt-gelderland-zuid", "Medewerker Veilig Thuis", "Veilig Thuis Gelderland-Zuid", Toegangssoort.Lezen, "Overdracht (API)")],
            log.Select(r => (r.GebruikerId, r.GebruikerNaam, r.Rol, r.Namens, r.Soort, r.Onderdeel)));
    }

    public static TheoryData<string, string, string> Weigeringen => new()
    {
        { "bsn-elfproef", "gezinsleden[0].bsn", "Dit BSN klopt niet: het heeft 9 cijfers en moet voldoen aan de elfproef." },
        { "kind-zonder-oordeel", "veiligheidsbeoordeling.oordelen", "Geef een veiligheidsoordeel voor Tim van Dijk: elk kind wordt beoordeeld." },
        { "kindcheck-onvolledig", "veiligheidsbeoordeling.kindchecks[1].afhankelijk", "Geef aan of er minderjarige kinderen van deze volwassene afhankelijk zijn." },
        { "onbekend-team", "overdracht.teamId", "Kies een van de wijkteams." },
        { "verwijzing-buiten-gezin", "veiligheidsbeoordeling.oordelen[0].gezinslid", "Verwijs naar een gezinslid met zijn plaats in gezinsleden (0 is het eerste)." },
        { "beoordeling-voor-melding", "veiligheidsbeoordeling.datum", "De beoordeling kan niet eerder zijn dan de melding" },
        { "monitoring-aflopend", "overdracht.monitoringMaanden", Monitoringsmomenten.Uitleg },
        { "onbekend-veld", "melding.melder.telefoon", "Dit veld kent de API niet; laat het weg." },
        { "enum-als-getal", "melding.soortZorg", "Deze waarde past niet bij het veld" },
        { "null", "overdracht", "Dit veld mag niet null zijn" },
        { "leeg-gezinslid", "gezinsleden[3].naam", "Vul de naam in." },
        { "melder-ontbreekt", "melding.melder.naam", "Vul de naam van de melder in" },
    };

    [Theory]
    [MemberData(nameof(Weigeringen))]
    public async Task Een_weigering_noemt_het_veld_met_de_melding_van_de_pagina_en_maakt_niets(string geval, string veld, string melding)
    {
        var naam = $"Gezin Geweigerd {geval}";
        var body = Voorbeeld(app, naam, json =>
        {
            switch (geval)
            {
                case "bsn-elfproef": json["gezinsleden"]![0]!["bsn"] = "123456789"; break;
                case "kind-zonder-oordeel": json["veiligheidsbeoordeling"]!["oordelen"] = new JsonArray(); break;
                case "kindcheck-onvolledig": json["veiligheidsbeoordeling"]!["kindchecks"]![1]!.AsObject().Remove("afhankelijk"); break;
                case "onbekend-team": json["overdracht"]!["teamId"] = Guid.NewGuid().ToString(); break;
                case "verwijzing-buiten-gezin": json["veiligheidsbeoordeling"]!["oordelen"]![0]!["gezinslid"] = 7; break;
                case "beoordeling-voor-melding": json["veiligheidsbeoordeling"]!["datum"] = "2026-11-01"; break;
                case "monitoring-aflopend": json["overdracht"]!["monitoringMaanden"] = new JsonArray(6, 3); break;
                case "onbekend-veld": json["melding"]!["melder"]!["telefoon"] = "06-1"; break;
                case "enum-als-getal": json["melding"]!["soortZorg"] = 2; break;
                case "null": json["overdracht"] = null; break;
                case "leeg-gezinslid": json["gezinsleden"]!.AsArray().Add(new JsonObject()); break;
                case "melder-ontbreekt": json["melding"]!["melder"]!.AsObject().Remove("naam"); break;
            }
        });
        using var client = await app.ApiClientAsync();
        var weigeringenVoor = await WeigeringenAsync();

        var antwoord = await client.PostAsync(new Uri(Overdrachten, UriKind.Relative), ApiHttp.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal(weigeringenVoor + 1, await WeigeringenAsync());
        Assert.Equal(Problemen.MediaType, antwoord.Content.Headers.ContentType!.MediaType);
        var probleem = await antwoord.JsonAsync();
        Assert.Equal("Ongeldig verzoek", probleem.GetProperty("title").GetString());
        var fouten = probleem.GetProperty("errors");
        Assert.True(fouten.TryGetProperty(veld, out var meldingen), $"Geen fout bij {veld}: {fouten}");
        Assert.Contains(meldingen.EnumerateArray(), m => m.GetString()!.StartsWith(melding, StringComparison.Ordinal));
        Assert.False(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Naam == naam)));
    }

    /// <summary>The access-log rows of offers by Gelderland-Zuid's system that were refused: a refused call is a call too.</summary>
    private Task<int> WeigeringenAsync() => app.MetDbAsync(db => db.Toegangslog.CountAsync(r =>
        r.GebruikerId == "api:vt-gelderland-zuid" && r.Onderdeel == "Warme overdracht aanbieden (API)" && r.Uitkomst == Toegangsuitkomst.NietUitgevoerd));

    [Fact]
    public async Task Wat_geen_JSON_is_te_groot_is_of_geen_inhoud_heeft_wordt_als_probleem_geweigerd()
    {
        using var client = await app.ApiClientAsync();
        async Task<(HttpStatusCode Status, string? Detail)> Stuur(HttpContent inhoud)
        {
            var antwoord = await client.PostAsync(new Uri(Overdrachten, UriKind.Relative), inhoud);
            Assert.Equal(Problemen.MediaType, antwoord.Content.Headers.ContentType!.MediaType);
            return (antwoord.StatusCode, (await antwoord.JsonAsync()).GetProperty("detail").GetString());
        }

        Assert.Equal((HttpStatusCode.BadRequest, "Het verzoek is geen geldige JSON."), await Stuur(ApiHttp.Json("{\"naam\": ")));
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "Stuur het verzoek als application/json."), await Stuur(new StringContent("naam=x")));
        var groot = Voorbeeld(app, "Gezin Te Groot", json => json["melding"]!["omschrijving"] = new string('x', 300 * 1024));
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "Het verzoek is groter dan 256 kB."), await Stuur(ApiHttp.Json(groot)));
        Assert.Equal((HttpStatusCode.BadRequest, "Het verzoek is geen geldige JSON."), await Stuur(ApiHttp.Json("")));
        var verwijderen = await client.DeleteAsync(new Uri(Overdrachten, UriKind.Relative));
        Assert.Equal((HttpStatusCode.MethodNotAllowed, Problemen.MediaType), (verwijderen.StatusCode, verwijderen.Content.Headers.ContentType?.MediaType));
        Assert.False(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Naam == "Gezin Te Groot")));
    }

    [Fact]
    public async Task Een_token_wordt_echt_gecontroleerd_op_handtekening_verloop_publiek_en_scope()
    {
        var eigen = await BiedAanAsync(app, "Gezin Tokencontrole");
        var adres = new Uri($"{Overdrachten}/{eigen.GetProperty("id").GetGuid()}", UriKind.Relative);
        using var zonder = app.CreateClient();

        async Task<(HttpStatusCode, string?)> Lees(string? token, Uri? uri = null)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, uri ?? adres);
            if (token is not null)
            {
                verzoek.Headers.Authorization = new("Bearer", token);
            }

            var antwoord = await zonder.SendAsync(verzoek);
            if (antwoord.StatusCode == HttpStatusCode.OK)
            {
                return (antwoord.StatusCode, null);
            }

            Assert.Equal(Problemen.MediaType, antwoord.Content.Headers.ContentType?.MediaType);
            return (antwoord.StatusCode, (await antwoord.JsonAsync()).GetProperty("title").GetString());
        }

        var geldig = await app.Vt.TokenAsync(Vtsysteem.Lezer, Scopes.Lezen);
        Assert.Equal((HttpStatusCode.OK, null), await Lees(geldig));
        Assert.Equal((HttpStatusCode.Unauthorized, "Niet aangemeld"), await Lees(null));
        Assert.Equal((HttpStatusCode.Unauthorized, "Niet aangemeld"), await Lees(null, new Uri($"{adres}?access_token={geldig}", UriKind.Relative)));
        Assert.Equal((HttpStatusCode.Unauthorized, "Niet aangemeld"), await Lees(await app.Vt.TokenAsync(Vtsysteem.AnderPubliek)));
        var delen = geldig.Split('.');
        var vervalst = $"{delen[0]}.{delen[1].Replace(delen[1][^4..], "AAAA", StringComparison.Ordinal)}.{delen[2]}";
        Assert.Equal((HttpStatusCode.Unauthorized, "Niet aangemeld"), await Lees(vervalst));
        var kort = await app.Vt.TokenAsync(Vtsysteem.Kortlevend);
        Assert.Equal((HttpStatusCode.OK, null), await Lees(kort));
        await Task.Delay(TimeSpan.FromSeconds(4.5));
        Assert.Equal((HttpStatusCode.Unauthorized, "Niet aangemeld"), await Lees(kort));
        Assert.Equal((HttpStatusCode.Forbidden, "Geen toestemming"), await Lees(await app.Vt.TokenAsync(Vtsysteem.Onbekend)));
        Assert.Equal((HttpStatusCode.Forbidden, "Geen toestemming"), await Lees(await app.Vt.TokenAsync(Vtsysteem.Client, Scopes.Aanbieden)));

        using var lezer = await app.ApiClientAsync(Vtsysteem.Lezer, Scopes.Lezen);
        var aanbieden = await lezer.PostAsync(new Uri(Overdrachten, UriKind.Relative), ApiHttp.Json(Voorbeeld(app, "Gezin Alleen Lezen")));
        Assert.Equal(HttpStatusCode.Forbidden, aanbieden.StatusCode);
        Assert.False(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Naam == "Gezin Alleen Lezen")));
        var cookieloos = await zonder.GetAsync(new Uri("/api/v1/wijkteams", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, cookieloos.StatusCode);
        Assert.Contains("Bearer", cookieloos.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gelijktijdige_herhalingen_met_dezelfde_sleutel_maken_één_dossier()
    {
        var body = Voorbeeld(app, "Gezin Idempotent");
        var token = await app.Vt.TokenAsync(Vtsysteem.Client);
        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = app.CreateClient();
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, new Uri(Overdrachten, UriKind.Relative)) { Content = ApiHttp.Json(body) };
            verzoek.Headers.Authorization = new("Bearer", token);
            verzoek.Headers.Add("Idempotency-Key", "vt-zaak-2026-0815");
            var antwoord = await client.SendAsync(verzoek);
            return (antwoord.StatusCode, Id: antwoord.StatusCode == HttpStatusCode.Created ? (await antwoord.JsonAsync()).GetProperty("id").GetGuid() : Guid.Empty);
        }));

        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Single(antwoorden.Select(a => a.Id).Distinct());
        Assert.Equal(1, await app.MetDbAsync(db => db.Dossiers.CountAsync(d => d.Naam == "Gezin Idempotent")));

        using var ander = await app.ApiClientAsync();
        using var anderVerzoek = new HttpRequestMessage(HttpMethod.Post, new Uri(Overdrachten, UriKind.Relative)) { Content = ApiHttp.Json(Voorbeeld(app, "Gezin Idempotent Anders")) };
        anderVerzoek.Headers.Add("Idempotency-Key", "vt-zaak-2026-0815");
        var hergebruikt = await ander.SendAsync(anderVerzoek);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, hergebruikt.StatusCode);
        Assert.StartsWith("Deze Idempotency-Key is al gebruikt", (await hergebruikt.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Naam == "Gezin Idempotent Anders")));
    }

    [Fact]
    public async Task Een_andere_VT_organisatie_ziet_en_verandert_niets()
    {
        var stand = await BiedAanAsync(app, "Gezin Eigen Regio");
        var id = stand.GetProperty("id").GetGuid();
        using var andere = await app.ApiClientAsync(Vtsysteem.AndereRegio);

        Assert.Equal(HttpStatusCode.NotFound, (await andere.GetAsync(new Uri($"{Overdrachten}/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await andere.PostAsync(new Uri($"{Overdrachten}/{id}/intrekking", UriKind.Relative), ApiHttp.Json("{\"reden\":\"Verkeerd gezin\"}"))).StatusCode);
        var monitoring = await andere.PostAsync(new Uri($"/api/v1/dossiers/{stand.GetProperty("kenmerk").GetString()}/monitoring", UriKind.Relative),
            ApiHttp.Json("{\"datum\":\"2026-11-16\",\"controles\":[]}"));
        Assert.Equal(HttpStatusCode.NotFound, monitoring.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await andere.GetAsync(new Uri($"{Overdrachten}/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(DossierFase.OverdrachtAangeboden, await app.MetDbAsync(db => db.Dossiers.Where(d => d.Naam == "Gezin Eigen Regio").Select(d => d.Fase).SingleAsync()));
    }

    [Fact]
    public async Task Intrekken_is_een_domeinactie_met_eigen_controles()
    {
        var id = (await BiedAanAsync(app, "Gezin Ingetrokken")).GetProperty("id").GetGuid();
        using var client = await app.ApiClientAsync();
        var adres = new Uri($"{Overdrachten}/{id}/intrekking", UriKind.Relative);

        var zonderReden = await client.PostAsync(adres, ApiHttp.Json("{\"reden\":\" \"}"));
        Assert.Equal(HttpStatusCode.BadRequest, zonderReden.StatusCode);
        Assert.Equal("Geef aan waarom Veilig Thuis de overdracht intrekt.", (await zonderReden.JsonAsync()).GetProperty("errors").GetProperty("reden")[0].GetString());

        var ingetrokken = await client.PostAsync(adres, ApiHttp.Json("{\"reden\":\"Gezin verhuist naar Nijmegen\"}"));
        Assert.Equal(HttpStatusCode.OK, ingetrokken.StatusCode);
        var stand = await ingetrokken.JsonAsync();
        Assert.Equal(("ingetrokken", "Gezin verhuist naar Nijmegen"), (stand.GetProperty("status").GetString(), stand.GetProperty("reden").GetString()));
        var dossier = await app.MetDbAsync(db => db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Naam == "Gezin Ingetrokken"));
        Assert.Equal((DossierFase.Teruggelegd, "api:vt-gelderland-zuid"), (dossier.Fase, dossier.RegiehouderId));

        var nogmaals = await client.PostAsync(adres, ApiHttp.Json("{\"reden\":\"Nog eens\"}"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nogmaals.StatusCode);
        Assert.Contains("Overdracht intrekken", (await nogmaals.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(dossier.Versie, await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.Versie).SingleAsync()));

        // An hour later Veilig Thuis offers again in the browser: the withdrawn offer is no longer the one to withdraw.
        app.Klok.Nu = app.Klok.Nu.AddHours(1);
        var vt = await app.LogInAsync("vt@demo.example");
        var aanbod = await Formulier.OpenAsync(vt, $"/Dossiers/{dossier.Id}/Aanbieden");
        aanbod.Vul("Input.TeamId", DemoSeeder.WijkteamDorpen.ToString()).Vul("Input.Context", "Gezin woont nu in Alverna.")
            .Vul("Input.Voorwaarden[0].Omschrijving", "Geen ruzie waar Tim bij is").Vul("Input.Voorwaarden[0].Verantwoordelijke", "Ouders");
        await (await aanbod.VerstuurAsync()).DoorgestuurdAsync();
        var oud = await client.PostAsync(adres, ApiHttp.Json("{\"reden\":\"Toch niet\"}"));
        Assert.Equal(HttpStatusCode.Conflict, oud.StatusCode);
        Assert.Equal("Deze overdracht is niet meer het lopende aanbod van het dossier.", (await oud.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(DossierFase.OverdrachtAangeboden, await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.Fase).SingleAsync()));
    }

    [Fact]
    public async Task Een_monitoringsmoment_zonder_datum_of_naleving_noemt_de_velden()
    {
        var kenmerk = (await BiedAanAsync(app, "Gezin Monitoring Onvolledig")).GetProperty("kenmerk").GetString();
        using var client = await app.ApiClientAsync();

        var antwoord = await client.PostAsync(new Uri($"/api/v1/dossiers/{kenmerk}/monitoring", UriKind.Relative), ApiHttp.Json("{\"controles\":[{}]}"));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var fouten = (await antwoord.JsonAsync()).GetProperty("errors");
        Assert.Equal(["controles[0].naleving", "controles[0].voorwaardeId", "datum"], fouten.EnumerateObject().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Vul de datum van de controle in.", fouten.GetProperty("datum")[0].GetString());
    }
}
