namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>A page's route pattern made into an address, for the sweeps that visit every page.</summary>
public static class Paginaroutes
{
    /// <summary>
    /// The address of <paramref name="route"/> on this dossier, MDO action and account; optional member and partner ids
    /// are left out (the "new" form), the plan version is 1, the attachment id is the same id as the MDO action and a
    /// decision page decides to start an onderzoek.
    /// </summary>
    public static string Invullen(string route, Guid dossier, Guid actie, string account) => route
        .Replace("{id:guid}", dossier.ToString(), StringComparison.Ordinal).Replace("{id}", account, StringComparison.Ordinal)
        .Replace("{versie:int?}", "1", StringComparison.Ordinal).Replace("{versie:int}", "1", StringComparison.Ordinal)
        .Replace("/{lidId:guid?}", "", StringComparison.Ordinal).Replace("/{partnerId:guid?}", "", StringComparison.Ordinal)
        .Replace("{actieId:guid}", actie.ToString(), StringComparison.Ordinal).Replace("{bijlageId:guid}", actie.ToString(), StringComparison.Ordinal).Replace("{soort}", "OnderzoekStarten", StringComparison.Ordinal);
}
