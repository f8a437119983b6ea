using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;
using Wijchen.Gezinsveiligheid.Web.Pages.Meldingen;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>An offer that passed every check: the dossier registered in memory and what its VB and offer will be.</summary>
public sealed record GecontroleerdAanbod(Dossier Dossier, VeiligheidsbeoordelingModel.InputModel Beoordeling, AanbiedenModel.InputModel Aanbod, Team Team);

/// <summary>
/// Checks an offer with the validators of the three pages it replaces (melding registreren, veiligheidsbeoordeling,
/// overdracht aanbieden), so the API refuses exactly what the pages refuse, with the same Dutch messages — each under
/// the path of its field in the request. The domain then takes the same data the pages give it.
/// </summary>
public sealed partial class Aanbodcontrole(
    AppDbContext db,
    IValidator<NieuwModel.InputModel> meldingValidator,
    IValidator<VeiligheidsbeoordelingModel.InputModel> beoordelingValidator,
    IValidator<AanbiedenModel.InputModel> aanbodValidator)
{
    private const string MeldingDeel = "melding";
    private const string BeoordelingDeel = "veiligheidsbeoordeling";
    private const string OverdrachtDeel = "overdracht";

    /// <summary>The page fields whose place in the request is not their own name.</summary>
    private static readonly Dictionary<string, string> Meldingvelden = new()
    {
        [nameof(NieuwModel.InputModel.Naam)] = "naam",
        [nameof(NieuwModel.InputModel.OntvangenOp)] = "melding.ontvangenOp",
        [nameof(NieuwModel.InputModel.SoortZorg)] = "melding.soortZorg",
        [nameof(NieuwModel.InputModel.Omschrijving)] = "melding.omschrijving",
        [nameof(NieuwModel.InputModel.MelderNaam)] = "melding.melder.naam",
        [nameof(NieuwModel.InputModel.MelderRol)] = "melding.melder.rol",
        [nameof(NieuwModel.InputModel.MelderContact)] = "melding.melder.contact",
    };

    private static readonly Dictionary<string, string> Instrumentvelden = new()
    {
        [nameof(VeiligheidsbeoordelingModel.InputModel.Instrument)] = "instrument.naam",
        [nameof(VeiligheidsbeoordelingModel.InputModel.AnderInstrumentNaam)] = "instrument.naam",
        [nameof(VeiligheidsbeoordelingModel.InputModel.InstrumentVersie)] = "instrument.versie",
        [nameof(VeiligheidsbeoordelingModel.InputModel.InstrumentUitkomst)] = "instrument.uitkomst",
    };

    public async Task<(GecontroleerdAanbod? Aanbod, Dictionary<string, string[]> Fouten)> ControleerAsync(AanbodVerzoek verzoek, Handeling handeling)
    {
        var fouten = new Dictionary<string, List<string>>();
        void Voeg(string pad, string melding)
        {
            if (!fouten.TryGetValue(pad, out var lijst))
            {
                fouten[pad] = lijst = [];
            }

            if (!lijst.Contains(melding))
            {
                lijst.Add(melding);
            }
        }

        var melding = AlsMelding(verzoek);
        for (var i = 0; i < melding.Gezinsleden.Count; i++)
        {
            if (melding.Gezinsleden[i].IsLeeg)
            {
                Voeg($"gezinsleden[{i}].naam", "Vul de naam in.");
            }
        }

        foreach (var fout in (await meldingValidator.ValidateAsync(melding)).Errors)
        {
            Voeg(Meldingvelden.GetValueOrDefault(fout.PropertyName) ?? Camel(fout.PropertyName), fout.ErrorMessage);
        }

        var aanbod = AlsAanbod(verzoek.Overdracht, handeling.Termijnen.Instellingen.MonitoringMaanden);
        for (var i = 0; i < aanbod.Voorwaarden.Count; i++)
        {
            if (aanbod.Voorwaarden[i].IsLeeg)
            {
                Voeg($"{OverdrachtDeel}.voorwaarden[{i}].omschrijving", "Beschrijf de voorwaarde.");
            }
        }

        foreach (var fout in (await aanbodValidator.ValidateAsync(aanbod)).Errors)
        {
            Voeg($"{OverdrachtDeel}.{Camel(fout.PropertyName)}", fout.ErrorMessage);
        }

        var team = aanbod.TeamId is { } teamId
            ? await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId && t.Organisatie == Organisatie.Gemeente)
            : null;
        if (aanbod.TeamId is not null && team is null)
        {
            Voeg($"{OverdrachtDeel}.teamId", "Kies een van de wijkteams.");
        }

        // The VB refers to members, so it is checked against the household as registered (in memory, nothing saved).
        if (fouten.Count > 0)
        {
            ControleerVerwijzingen(verzoek.Veiligheidsbeoordeling, verzoek.Gezinsleden.Count, Voeg);
            return (null, Alsfouten(fouten));
        }

        Dossier dossier;
        try
        {
            dossier = Dossier.Registreer(melding.Naam, melding.AlsMelding(), melding.AlsGezin(), handeling);
        }
        catch (DomainException fout)
        {
            Voeg(fout.Veld is { } veld ? $"{MeldingDeel}.{Camel(veld)}" : MeldingDeel, fout.Message);
            return (null, Alsfouten(fouten));
        }

        if (!ControleerVerwijzingen(verzoek.Veiligheidsbeoordeling, dossier.Gezinsleden.Count, Voeg))
        {
            return (null, Alsfouten(fouten));
        }

        var (beoordeling, rijVanLid) = AlsBeoordeling(verzoek.Veiligheidsbeoordeling, dossier);
        var pagina = new ModelStateDictionary();
        await pagina.ValideerAsync(beoordelingValidator, beoordeling, "V");
        if (beoordeling.Datum is { } datum)
        {
            Beoordelingsregels.Controleer(pagina, "V", beoordeling, dossier, datum);
        }

        foreach (var (sleutel, staat) in pagina)
        {
            foreach (var fout in staat.Errors)
            {
                Voeg(Beoordelingspad(sleutel["V.".Length..], beoordeling, rijVanLid), fout.ErrorMessage);
            }
        }

        return fouten.Count > 0 ? (null, Alsfouten(fouten)) : (new GecontroleerdAanbod(dossier, beoordeling, aanbod, team!), []);
    }

    private static NieuwModel.InputModel AlsMelding(AanbodVerzoek verzoek) => new()
    {
        FormulierId = Guid.CreateVersion7(),
        Naam = verzoek.Naam,
        OntvangenOp = verzoek.Melding.OntvangenOp is { } ontvangen ? Handelingen.NaarNederlandseTijd(ontvangen) : null,
        MelderNaam = verzoek.Melding.Melder.Naam,
        MelderRol = verzoek.Melding.Melder.Rol,
        MelderContact = verzoek.Melding.Melder.Contact,
        MelderAnoniemNaarGezin = verzoek.Melding.Melder.AnoniemNaarGezin,
        MelderAnoniemVoorVeiligThuis = verzoek.Melding.Melder.AnoniemVoorVeiligThuis,
        SoortZorg = verzoek.Melding.SoortZorg,
        Omschrijving = verzoek.Melding.Omschrijving,
        Gezinsleden = [.. verzoek.Gezinsleden.Select(g => new GezinslidInput { Naam = g.Naam, Geboortedatum = g.Geboortedatum, Bsn = g.Bsn, Rol = g.Rol, WoontInHuis = g.WoontInHuis })],
    };

    private static AanbiedenModel.InputModel AlsAanbod(OverdrachtVerzoek overdracht, IEnumerable<int> regionaal) => new()
    {
        TeamId = overdracht.TeamId,
        Context = overdracht.Context,
        Contactpersoon = overdracht.Contactpersoon,
        Voorwaarden = [.. overdracht.Voorwaarden.Select(v => new AanbiedenModel.VoorwaardeInput { Omschrijving = v.Omschrijving, VoorWie = v.VoorWie, Verantwoordelijke = v.Verantwoordelijke })],
        // Absent means the regional agreement, which the page fills in as its default too.
        MonitoringMaanden = string.Join(", ", overdracht.MonitoringMaanden ?? regionaal),
    };

    /// <summary>Every judgement and kindcheck names a member of the household, each at most once.</summary>
    private static bool ControleerVerwijzingen(BeoordelingVerzoek beoordeling, int gezinsleden, Action<string, string> voeg)
    {
        var goed = true;
        void Controleer(IReadOnlyList<int?> verwijzingen, string lijst)
        {
            for (var i = 0; i < verwijzingen.Count; i++)
            {
                if (verwijzingen[i] is not { } lid || lid < 0 || lid >= gezinsleden)
                {
                    voeg($"{BeoordelingDeel}.{lijst}[{i}].gezinslid", "Verwijs naar een gezinslid met zijn plaats in gezinsleden (0 is het eerste).");
                    goed = false;
                }
                else if (verwijzingen.Take(i).Contains(lid))
                {
                    voeg($"{BeoordelingDeel}.{lijst}[{i}].gezinslid", "Dit gezinslid staat hier al.");
                    goed = false;
                }
            }
        }

        Controleer([.. beoordeling.Oordelen.Select(o => o.Gezinslid)], "oordelen");
        Controleer([.. beoordeling.Kindchecks.Select(k => k.Gezinslid)], "kindchecks");
        return goed;
    }

    /// <summary>The VB as its page would post it: a row per member and a kindcheck row per adult, filled from the request.</summary>
    private static (VeiligheidsbeoordelingModel.InputModel Beoordeling, Dictionary<Guid, (int? Oordeel, int? Kindcheck)> RijVanLid) AlsBeoordeling(BeoordelingVerzoek verzoek, Dossier dossier)
    {
        var leden = dossier.Gezinsleden.ToList();
        var rijVanLid = leden.Select((lid, index) => (lid.Id, Oordeel: verzoek.Oordelen.FindIndex(o => o.Gezinslid == index), Kindcheck: verzoek.Kindchecks.FindIndex(k => k.Gezinslid == index)))
            .ToDictionary(r => r.Id, r => (Oordeel: r.Oordeel >= 0 ? r.Oordeel : (int?)null, Kindcheck: r.Kindcheck >= 0 ? r.Kindcheck : (int?)null));
        var instrument = verzoek.Instrument;
        var bekend = instrument is not null && Beoordelingsregels.Instrumenten.Contains(instrument.Naam) && instrument.Naam != Beoordelingsregels.AnderInstrument;
        var beoordeling = new VeiligheidsbeoordelingModel.InputModel
        {
            Datum = verzoek.Datum,
            AcuteOnveiligheid = verzoek.AcuteOnveiligheid,
            StructureleOnveiligheid = verzoek.StructureleOnveiligheid,
            Oordelen = [.. leden.Select(lid => rijVanLid[lid.Id].Oordeel is { } i
                ? new OordeelInput { GezinslidId = lid.Id, Oordeel = verzoek.Oordelen[i].Oordeel, Toelichting = verzoek.Oordelen[i].Toelichting }
                : new OordeelInput { GezinslidId = lid.Id })],
            Kindchecks = verzoek.Datum is { } datum
                ? [.. leden.Where(lid => !lid.IsMinderjarigOp(datum)).Select(lid => rijVanLid[lid.Id].Kindcheck is { } i
                    ? new KindcheckInput { GezinslidId = lid.Id, Afhankelijk = verzoek.Kindchecks[i].Afhankelijk, KinderenVeilig = verzoek.Kindchecks[i].KinderenVeilig, Toelichting = verzoek.Kindchecks[i].Toelichting }
                    : new KindcheckInput { GezinslidId = lid.Id })]
                : [],
            Instrument = instrument is null ? null : bekend ? instrument.Naam : Beoordelingsregels.AnderInstrument,
            AnderInstrumentNaam = instrument is null || bekend ? null : instrument.Naam,
            InstrumentVersie = instrument?.Versie,
            InstrumentUitkomst = instrument?.Uitkomst,
            Onderbouwing = verzoek.Onderbouwing,
            Besluit = VeiligheidsbeoordelingBesluit.OverdrachtLokaalTeam,
        };
        return (beoordeling, rijVanLid);
    }

    /// <summary>A page row (one per member, one per adult) back to the request's own list, or to the list when the request left the member out.</summary>
    private static string Beoordelingspad(string veld, VeiligheidsbeoordelingModel.InputModel beoordeling, Dictionary<Guid, (int? Oordeel, int? Kindcheck)> rijVanLid)
    {
        if (Instrumentvelden.TryGetValue(veld, out var instrument))
        {
            return $"{BeoordelingDeel}.{instrument}";
        }

        if (Rij().Match(veld) is { Success: true } rij)
        {
            var index = int.Parse(rij.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var oordelen = rij.Groups[1].Value == nameof(VeiligheidsbeoordelingModel.InputModel.Oordelen);
            var lid = oordelen ? beoordeling.Oordelen[index].GezinslidId : beoordeling.Kindchecks[index].GezinslidId;
            var lijst = oordelen ? "oordelen" : "kindchecks";
            var inVerzoek = oordelen ? rijVanLid[lid].Oordeel : rijVanLid[lid].Kindcheck;
            return inVerzoek is { } i ? $"{BeoordelingDeel}.{lijst}[{i}]{Camel(rij.Groups[3].Value)}" : $"{BeoordelingDeel}.{lijst}";
        }

        return string.IsNullOrEmpty(veld) ? BeoordelingDeel : $"{BeoordelingDeel}.{Camel(veld)}";
    }

    [GeneratedRegex(@"^(Oordelen|Kindchecks)\[(\d+)\](.*)$")]
    private static partial Regex Rij();

    /// <summary>"Gezinsleden[0].Naam" → "gezinsleden[0].naam".</summary>
    internal static string Camel(string pad) =>
        string.Join('.', pad.Split('.').Select(deel => deel.Length == 0 ? deel : char.ToLowerInvariant(deel[0]) + deel[1..]));

    private static Dictionary<string, string[]> Alsfouten(Dictionary<string, List<string>> fouten) =>
        fouten.ToDictionary(f => f.Key, f => f.Value.ToArray());
}
