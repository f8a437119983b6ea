using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>A group at the municipality's identity provider and the role (and team) it gives here.</summary>
public sealed class GemeenteGroep
{
    /// <summary>The value in the groups claim: for Entra ID the group's object id, for Keycloak its name or path.</summary>
    public string Groep { get; set; } = "";

    public string Rol { get; set; } = "";

    /// <summary>Required for VT, wijkteam and teamleider roles: the team they work in.</summary>
    public Guid? Team { get; set; }
}

/// <summary>
/// Section <c>Gemeenteaccount</c>: sign-in with the municipality's own accounts through OpenID Connect (authorization
/// code with PKCE) at a configured provider (Entra ID, ADFS, Keycloak), next to the local accounts. Empty
/// <see cref="Autoriteit"/>: off.
/// </summary>
public sealed class GemeenteInstellingen : IControleerbareInstellingen
{
    public const string Sectie = "Gemeenteaccount";

    /// <summary>The authentication scheme; also the login provider name on a linked account.</summary>
    public const string Schema = "Gemeente";

    public string Autoriteit { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientGeheim { get; set; } = "";

    /// <summary>The provider's name on the login page's button: "Inloggen met {Naam}".</summary>
    public string Naam { get; set; } = "uw gemeenteaccount";

    public string GroepenClaim { get; set; } = "groups";

    /// <summary>The claim that names the person at the provider for good (Entra ID: <c>oid</c>); without it, <c>sub</c>.</summary>
    public string ObjectIdClaim { get; set; } = "oid";

    /// <summary>The claim that says the e-mail address was verified (<c>email_verified</c>; Entra ID: <c>xms_edov</c>).</summary>
    public string EmailGeverifieerdClaim { get; set; } = "email_verified";

    public List<GemeenteGroep> Groepen { get; set; } = [];

    /// <summary>Whether someone without an account here gets one at the first sign-in, without a role until the beheerder gives one.</summary>
    public bool AccountsAanmaken { get; set; }

    /// <summary>The <c>amr</c> values that mean the provider asked a second factor (RFC 8176).</summary>
    public List<string> MfaAmr { get; set; } = ["mfa"];

    /// <summary>The <c>acr</c> values that mean the same (for example a level of assurance).</summary>
    public List<string> MfaAcr { get; set; } = [];

    public bool MetadataAlleenOverHttps { get; set; } = true;

    /// <summary>Whether signing out here also signs out at the provider (RP-initiated logout, where the provider offers it).</summary>
    public bool UitloggenBijProvider { get; set; } = true;

    public bool IsAan => Autoriteit.Length > 0;

    public IEnumerable<string> Valideer()
    {
        if (!IsAan)
        {
            yield break;
        }

        if (!Uri.TryCreate(Autoriteit, UriKind.Absolute, out var adres) || (MetadataAlleenOverHttps && adres.Scheme != Uri.UriSchemeHttps))
        {
            yield return "Gemeenteaccount:Autoriteit moet een https-adres zijn.";
        }

        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientGeheim))
        {
            yield return "Gemeenteaccount:ClientId en Gemeenteaccount:ClientGeheim zijn verplicht.";
        }

        foreach (var groep in Groepen)
        {
            if (string.IsNullOrWhiteSpace(groep.Groep) || !Rollen.Alle.Contains(groep.Rol))
            {
                yield return $"Gemeenteaccount:Groepen: '{groep.Groep}' heeft geen bekende rol ({string.Join(", ", Rollen.Alle)}).";
            }
            else if (Rollen.Functie(groep.Rol) != Domain.Functie.Geen && groep.Team is null)
            {
                yield return $"Gemeenteaccount:Groepen: '{groep.Groep}' geeft de rol {groep.Rol} en moet een team noemen.";
            }
        }
    }

    /// <summary>The first configured group the person is in, or null.</summary>
    public GemeenteGroep? GroepVan(ClaimsPrincipal persoon) =>
        Groepen.FirstOrDefault(g => persoon.FindAll(GroepenClaim).Any(c => c.Value == g.Groep));

    /// <summary>Whether the provider says it asked a second factor.</summary>
    public bool MetMfa(ClaimsPrincipal persoon) =>
        persoon.FindAll("amr").Any(c => MfaAmr.Contains(c.Value)) || persoon.FindAll("acr").Any(c => MfaAcr.Contains(c.Value));

    /// <summary>Who the person is at the provider, for good.</summary>
    public string? ObjectId(ClaimsPrincipal persoon) => persoon.FindFirst(ObjectIdClaim)?.Value ?? persoon.FindFirst("sub")?.Value;

    /// <summary>The address only when the provider vouches for it.</summary>
    public string? GeverifieerdEmail(ClaimsPrincipal persoon) =>
        string.Equals(persoon.FindFirst(EmailGeverifieerdClaim)?.Value, "true", StringComparison.OrdinalIgnoreCase) ? persoon.FindFirst("email")?.Value : null;
}

public static class GemeenteaccountRegistratie
{
    /// <summary>The claim on a session that began at the municipality's provider: its sign-out goes there too.</summary>
    public const string Aanmelding = "gv:aanmelding";

    /// <summary>Where the handler would redirect for sign-out at the provider, for the sign-out page to navigate to.</summary>
    public const string UitloggenBij = "gv:uitloggen-bij";

    public static IServiceCollection AddGemeenteaccount(this IServiceCollection services, IConfiguration configuration, bool lokaleHttp)
    {
        services.AddOptions<GemeenteInstellingen>().Bind(configuration.GetSection(GemeenteInstellingen.Sectie)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GemeenteInstellingen>>(
            new Instellingencontrole<GemeenteInstellingen>("De instellingen voor gemeenteaccounts (sectie Gemeenteaccount) zijn ongeldig."));
        var instellingen = configuration.GetSection(GemeenteInstellingen.Sectie).Get<GemeenteInstellingen>() ?? new GemeenteInstellingen();
        if (!instellingen.IsAan)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(GemeenteInstellingen.Schema, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = instellingen.Autoriteit;
            options.RequireHttpsMetadata = instellingen.MetadataAlleenOverHttps;
            options.ClientId = instellingen.ClientId;
            options.ClientSecret = instellingen.ClientGeheim;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The answer comes back as a GET: the correlation and nonce cookies (SameSite=Lax) travel with it, where a
            // cross-site form post would leave them behind.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.CallbackPath = "/signin-gemeente";
            options.SignedOutCallbackPath = "/signout-callback-gemeente";
            // openid and profile are the handler's default; the address is what links an account the first time.
            options.Scope.Add("email");

            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.TokenValidationParameters.NameClaimType = "name";
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = lokaleHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.NonceCookie.SecurePolicy = lokaleHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SignedOutRedirectUri = "/Account/Logout";
            options.Events.OnRedirectToIdentityProviderForSignOut = context =>
            {
                // The handler would add the state after this event; the provider returns it, and with it where to go next.
                context.ProtocolMessage.State = context.Options.StateDataFormat.Protect(context.Properties);
                context.HttpContext.Items[UitloggenBij] = context.ProtocolMessage.CreateLogoutRequestUrl();
                context.HandleResponse();
                return Task.CompletedTask;
            };
            // A refused token (wrong audience, signature, expired) or a refusal at the provider lands on the login page
            // with a Dutch message instead of an error page.
            options.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GemeenteaccountRegistratie))
                    .LogWarning(context.Failure, "Aanmelding bij de gemeente geweigerd");
                context.Response.Redirect("/Account/Login?gemeente=mislukt");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
