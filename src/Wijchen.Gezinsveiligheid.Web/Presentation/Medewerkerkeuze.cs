using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>Professionals as the options of a select, by name; the data layer hands over domain objects, not MVC types.</summary>
public static class Medewerkerkeuze
{
    public static IReadOnlyList<SelectListItem> AlsKeuzes(this IEnumerable<Medewerker> medewerkers, string? leeg = "Kies een medewerker") =>
        [.. (leeg is null ? [] : new[] { new SelectListItem(leeg, "") }).Concat(medewerkers.Select(m => new SelectListItem(m.Naam, m.Id)))];
}
