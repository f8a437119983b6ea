using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Bijlagen;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Avg;

/// <summary>One part of an inzage export: a heading and its lines, under a stable key the officer's withholdings refer to.</summary>
public sealed record Inzageonderdeel(string Sleutel, string Kop, IReadOnlyList<Inzageregel> Regels);

public sealed record Inzageregel(string Label, string Waarde);

/// <summary>Where the person appears: which dossier, and as which member.</summary>
public sealed record Vindplaats(Guid DossierId, Guid GezinslidId, string Kenmerk, GezinslidRol Rol, string Naam, DateOnly Geboortedatum);

/// <summary>
/// Assembles what the app holds about one person for an inzage request (AVG art. 15): every dossier they are a member
/// of, their own data in it, the melding, assessments, handovers and plans as far as they concern them, and the list
/// of attachments. Left out by design, before the officer's own review (AVG art. 15(4) and 23; Jeugdwet 7.3.11, Wmo
/// 5.2.4): the melder's identity, the other members' data (only how many and in which role), and the professionals'
/// internal notes (the plan's internal note, the reasoning of an assessment, the chronology). Names of the melder and of
/// the other members are also masked inside free text, where a professional may have written them.
/// </summary>
public sealed class Inzageexport(AppDbContext db)
{
    public const string Uitgesloten =
        "Niet opgenomen: wie de melding deed, gegevens van andere gezinsleden en de werkaantekeningen van professionals (AVG artikel 15 lid 4 en 23, Jeugdwet 7.3.11, Wmo 2015 5.2.4).";

    /// <summary>Where a person is found: by BSN, or else by name and birth date together.</summary>
    public async Task<IReadOnlyList<Vindplaats>> ZoekAsync(Avgverzoek verzoek)
    {
        var leden = db.Dossiers.AsNoTracking().SelectMany(d => d.Gezinsleden, (d, g) => new { d.Id, Lid = g });
        if (verzoek.Bsn is { } tekst && Bsn.IsGeldig(tekst))
        {
            var bsn = Bsn.Parse(tekst);
            leden = leden.Where(x => x.Lid.Bsn == bsn);
        }
        else if (verzoek.Naam is { } naam && verzoek.Geboortedatum is { } geboren)
        {
            leden = leden.Where(x => x.Lid.Geboortedatum == geboren && x.Lid.Naam == naam.Trim());
        }
        else
        {
            return [];
        }

        var gevonden = await leden.Select(x => new { x.Id, LidId = x.Lid.Id, x.Lid.Rol, x.Lid.Naam, x.Lid.Geboortedatum }).ToListAsync();
        return [.. gevonden.Select(x => new Vindplaats(x.Id, x.LidId, Weergave.Kenmerk(x.Id), x.Rol, x.Naam, x.Geboortedatum)).OrderBy(v => v.Kenmerk, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<Inzageonderdeel>> StelSamenAsync(Avgverzoek verzoek)
    {
        var onderdelen = new List<Inzageonderdeel>();
        foreach (var plaats in await ZoekAsync(verzoek))
        {
            var dossier = await db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == plaats.DossierId);
            var bijlagen = await db.Bijlagen.AsNoTracking().Include(b => b.Versies).Where(b => b.DossierId == dossier.Id && b.VerwijderdOp == null).OrderBy(b => b.ToegevoegdOp).ToListAsync();
            onderdelen.AddRange(Voor(dossier, plaats, bijlagen));
        }

        return onderdelen;
    }

    private static IEnumerable<Inzageonderdeel> Voor(Dossier dossier, Vindplaats plaats, List<Bijlage> bijlagen)
    {
        var k = plaats.Kenmerk;
        var lid = dossier.Gezinsleden.Single(g => g.Id == plaats.GezinslidId);
        var anderen = dossier.Gezinsleden.Where(g => g.Id != lid.Id).ToList();
        var afscherming = Afscherming(dossier, anderen);
        Inzageregel R(string label, string? waarde) => new(label, afscherming(waarde ?? "—"));

        yield return new($"{k}/dossier", $"Dossier {k}",
        [
            R("Fase", dossier.Fase.Naam()),
            R("Melding ontvangen", Datumtekst.Van(DateOnly.FromDateTime(dossier.Melding.OntvangenOp.UtcDateTime))),
            R("Afgesloten", dossier.AfgeslotenOp is { } af ? Datumtekst.Van(DateOnly.FromDateTime(af.UtcDateTime)) : "nee"),
            R("Regie", dossier.RegiehouderNaam is { } regie ? $"{regie} ({(dossier.RegiehouderOrganisatie == Organisatie.VeiligThuis ? "Veilig Thuis" : "Sociaal Wijkteam")})" : "—"),
        ]);
        yield return new($"{k}/persoon", "Uw gegevens in dit dossier",
        [
            new("Naam", lid.Naam), new("Geboortedatum", Datumtekst.Van(lid.Geboortedatum)), new("BSN", lid.Bsn?.Waarde ?? "niet vastgelegd"),
            new("Rol", lid.Rol.Naam()), new("Woont in huis", lid.WoontInHuis ? "ja" : "nee"),
        ]);
        yield return new($"{k}/gezin", "Andere gezinsleden",
            [new("Aantal", anderen.Count == 0 ? "geen" : $"{anderen.Count}: {string.Join(", ", anderen.GroupBy(a => a.Rol).Select(g => $"{g.Count()} × {g.Key.Naam().ToLowerInvariant()}"))}"), new("Toelichting", "Hun gegevens worden alleen aan henzelf verstrekt.")]);
        yield return new($"{k}/melding", "Melding",
        [
            R("Soort zorg", dossier.Melding.SoortZorg.Naam()), R("Omschrijving", dossier.Melding.Omschrijving),
            .. dossier.LatereMeldingen.Select(m => R($"Latere melding van {Datumtekst.Van(DateOnly.FromDateTime(m.GeregistreerdOp.UtcDateTime))}", m.Melding.Omschrijving)),
        ]);
        foreach (var vb in dossier.Veiligheidsbeoordelingen)
        {
            var oordeel = vb.Oordelen.FirstOrDefault(o => o.GezinslidId == lid.Id);
            var kindcheck = vb.Kindchecks.FirstOrDefault(c => c.GezinslidId == lid.Id);
            yield return new($"{k}/beoordeling/{vb.Id}", $"Veiligheidsbeoordeling van {Datumtekst.Van(vb.Datum)}",
            [
                R("Acute onveiligheid", vb.AcuteOnveiligheid ? "ja" : "nee"), R("Structurele onveiligheid", vb.StructureleOnveiligheid ? "ja" : "nee"), R("Besluit", vb.Besluit.Naam()),
                .. oordeel is null ? Array.Empty<Inzageregel>() : [R("Oordeel over uw veiligheid", oordeel.Waarde.Naam()), R("Toelichting bij dat oordeel", oordeel.Toelichting)],
                .. kindcheck is null ? Array.Empty<Inzageregel>() : [R("Kindcheck", kindcheck.MinderjarigeKinderenAfhankelijk ? "minderjarige kinderen afhankelijk van u" : "geen minderjarige kinderen afhankelijk van u")],
            ]);
        }

        foreach (var overdracht in dossier.Overdrachten)
        {
            yield return new($"{k}/overdracht/{overdracht.Id}", $"Overdracht aan {overdracht.TeamNaam}",
            [
                R("Aangeboden", Datumtekst.Van(DateOnly.FromDateTime(overdracht.AangebodenOp.UtcDateTime))), R("Status", overdracht.Status.Naam()),
                R("Overdrachtsgesprek", overdracht.GehoudenOp is { } gehouden ? $"gehouden op {Datumtekst.Van(DateOnly.FromDateTime(gehouden.UtcDateTime))}" : "niet gehouden"),
            ]);
        }

        foreach (var plan in dossier.Veiligheidsplannen.Where(p => p.VastgesteldOp is not null))
        {
            // The plan as the family receives it, without the network's and the scaling question's other people.
            var delen = PlanOnderdelen.Van(plan, metInterneNotitie: false).Where(d => d.Kop is "Zorgen" or "Wat gaat goed" or "Veiligheidsdoelen" or "Afspraken" or "Volgende evaluatie");
            yield return new($"{k}/plan/{plan.Versie}", $"Veiligheidsplan versie {plan.Versie}, vastgesteld op {Datumtekst.Van(plan.VastgesteldOp!.Value)}",
                [.. delen.Select(d => R(d.Kop, string.Join("\n", d.Regels)))]);
        }

        if (bijlagen.Count > 0)
        {
            yield return new($"{k}/bijlagen", "Documenten in het dossier",
                [.. bijlagen.Select(b => R($"{b.Categorie.Naam()} van {Datumtekst.Van(DateOnly.FromDateTime(b.ToegevoegdOp.UtcDateTime))}", $"{b.Beschrijving} ({b.Huidige!.Bestandsnaam})"))]);
        }
    }

    /// <summary>Masks the melder and the other members wherever a professional wrote them in free text.</summary>
    private static Func<string, string> Afscherming(Dossier dossier, IReadOnlyList<Gezinslid> anderen)
    {
        var vervangingen = new List<(string Tekst, string Door)>();
        void Voeg(string? tekst, string door)
        {
            if (!string.IsNullOrWhiteSpace(tekst) && tekst.Trim().Length >= 3)
            {
                vervangingen.Add((tekst.Trim(), door));
            }
        }

        foreach (var melding in dossier.LatereMeldingen.Select(m => m.Melding).Prepend(dossier.Melding))
        {
            Voeg(melding.MelderNaam, "[melder]");
            Voeg(melding.MelderContact, "[melder]");
        }

        foreach (var ander in anderen)
        {
            Voeg(ander.Naam, "[ander gezinslid]");
            Voeg(ander.Bsn?.Waarde, "[ander gezinslid]");
        }

        var volgorde = vervangingen.OrderByDescending(v => v.Tekst.Length).ToList();
        return tekst => volgorde.Aggregate(tekst, (t, v) => Regex.Replace(t, Regex.Escape(v.Tekst), v.Door, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
