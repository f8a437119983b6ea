using Microsoft.AspNetCore.Identity;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>The roles of domain.md. The names are stored in the database; the display names are what users read.</summary>
public static class Rollen
{
    public const string VtMedewerker = "VtMedewerker";
    public const string WijkteamMedewerker = "WijkteamMedewerker";
    public const string Teamleider = "Teamleider";
    public const string Manager = "Manager";
    public const string Beheerder = "Beheerder";
    public const string Privacyfunctionaris = "Privacyfunctionaris";

    public static IReadOnlyList<string> Alle { get; } = [VtMedewerker, WijkteamMedewerker, Teamleider, Manager, Beheerder, Privacyfunctionaris];

    /// <summary>At every start, in every environment: the beheerder can only give roles that exist.</summary>
    public static async Task ZorgDatzeBestaanAsync(RoleManager<IdentityRole> rollen)
    {
        foreach (var rol in Alle)
        {
            if (!await rollen.RoleExistsAsync(rol))
            {
                var aangemaakt = await rollen.CreateAsync(new IdentityRole(rol));
                if (!aangemaakt.Succeeded)
                {
                    throw new InvalidOperationException($"De rol {rol} kon niet worden aangemaakt.");
                }
            }
        }
    }

    /// <summary>What a role lets its holder do in a dossier, in the domain's terms (<see cref="DossierActies"/>).</summary>
    public static Functie Functie(string rol) => rol switch
    {
        VtMedewerker => Domain.Functie.VeiligThuis,
        WijkteamMedewerker => Domain.Functie.Wijkteam,
        Teamleider => Domain.Functie.Teamleider,
        Privacyfunctionaris => Domain.Functie.Privacy,
        _ => Domain.Functie.Geen,
    };

    public static string Weergave(string rol) => rol switch
    {
        VtMedewerker => "Medewerker Veilig Thuis",
        WijkteamMedewerker => "Medewerker wijkteam",
        Teamleider => "Teamleider wijkteam",
        Manager => "Manager sociaal domein",
        Beheerder => "Beheerder",
        Privacyfunctionaris => "Privacyfunctionaris",
        _ => rol,
    };
}

/// <summary>Named authorization policies beyond a plain role.</summary>
public static class Beleid
{
    /// <summary>The beheerder role, in a session that began with a passkey.</summary>
    public const string Beheer = "Beheer";
}

/// <summary>Claims added at sign-in so that a request knows the user's team without a database round trip.</summary>
public static class GezinsveiligheidClaims
{
    public const string Naam = "gv:naam";
    public const string TeamId = "gv:team";
    public const string TeamNaam = "gv:teamnaam";
    public const string Organisatie = "gv:organisatie";
}
