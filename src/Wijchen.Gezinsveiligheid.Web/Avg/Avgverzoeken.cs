using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Avg;

/// <summary>Names and deadlines of AVG requests, shared by the list, the request page and the officer's start page.</summary>
public static class Avgverzoeken
{
    /// <summary>AVG art. 12(3): one month after receipt.</summary>
    public static DateOnly Termijn(DateOnly ontvangen) => ontvangen.AddMonths(1);

    /// <summary>Extended once, by two further months, with a reason told to the person.</summary>
    public static DateOnly Verlengd(DateOnly ontvangen) => ontvangen.AddMonths(3);

    public static string Naam(this Avgrecht recht) => recht switch
    {
        Avgrecht.Inzage => "Inzage (art. 15)",
        Avgrecht.Correctie => "Correctie (art. 16)",
    };

    public static string Naam(this Verzoekstatus status, Avgrecht recht) => status switch
    {
        Verzoekstatus.InBehandeling => recht == Avgrecht.Inzage ? "Te beoordelen" : "Te besluiten",
        Verzoekstatus.Beoordeeld => "Beoordeeld, nog niet vrijgegeven",
        Verzoekstatus.Afgehandeld => recht == Avgrecht.Inzage ? "Vrijgegeven" : "Besloten",
    };

    public static string Naam(this Correctieveld veld) => veld switch
    {
        Correctieveld.Naam => "Naam",
        Correctieveld.Geboortedatum => "Geboortedatum",
    };

    public static string Betrokkene(Avgverzoek verzoek) =>
        verzoek.Bsn is { } bsn ? $"BSN {Bsn.Parse(bsn).Gemaskeerd}" : $"{verzoek.Naam}, geboren {Datumtekst.Van(verzoek.Geboortedatum!.Value)}";

    /// <summary>The open requests, the earliest deadline first.</summary>
    public static Task<List<Avgverzoek>> OpenAsync(AppDbContext db) =>
        db.Avgverzoeken.AsNoTracking().Where(v => v.Status == Verzoekstatus.InBehandeling || v.Status == Verzoekstatus.Beoordeeld).OrderBy(v => v.Uiterlijk).ThenBy(v => v.OntvangenOp).ToListAsync();
}
