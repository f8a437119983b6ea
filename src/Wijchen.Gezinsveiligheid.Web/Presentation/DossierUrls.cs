using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>Addresses of a dossier and its forms, built from the pages' routes rather than written out by hand.</summary>
public static class DossierUrls
{
    /// <summary>The dossier page, optionally at one of its sections.</summary>
    public static string Dossier(this IUrlHelper url, Guid dossier, string? onderdeel = null) =>
        url.Page("/Dossiers/Detail", null, new { id = dossier }, null, null, onderdeel) ?? throw new InvalidOperationException("De dossierpagina bestaat niet.");

    /// <summary>The form of an action, from the page its declaration names.</summary>
    public static string Actie(this IUrlHelper url, DossierActie actie, Guid dossier)
    {
        var pagina = DossierActies.Van(actie).Pagina;
        object waarden = pagina == DossierActies.BesluitPagina ? new { id = dossier, soort = actie } : new { id = dossier };
        return url.Page(pagina, waarden) ?? throw new InvalidOperationException($"De pagina {pagina} van '{actie.Naam()}' bestaat niet.");
    }

    /// <summary>The safety plan as it is now, or one of its versions.</summary>
    public static string Veiligheidsplan(this IUrlHelper url, Guid dossier, int? versie = null) =>
        url.Page("/Dossiers/Plan", new { id = dossier, versie }) ?? throw new InvalidOperationException("De pagina van het veiligheidsplan bestaat niet.");
}
