using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>The scopes of the API (the NL GOV profile for OAuth: one scope per kind of action).</summary>
public static class Scopes
{
    public const string Aanbieden = "overdrachten:aanbieden";
    public const string Lezen = "overdrachten:lezen";
    public const string Monitoring = "monitoring:vastleggen";

    public static IReadOnlyList<string> Alle { get; } = [Aanbieden, Lezen, Monitoring];
}

/// <summary>
/// Turns a validated token into the caller the rest of the application knows: a Veilig Thuis actor named after the
/// configured client, acting for its VT organisation, with the token's scopes. Only these claims survive: whatever else
/// the token carries (names, roles) cannot reach the access log or the authorization.
/// </summary>
public static class Apiclients
{
    public const string Schema = "Api";

    /// <summary>The client id, on the principal of an API call.</summary>
    public const string ClientClaim = "gv:client";

    public const string VtOrganisatieClaim = "gv:vtorganisatie";

    public const string ScopeClaim = "gv:scope";

    /// <summary>Where authorities put the client: RFC 9068 <c>client_id</c>, OIDC <c>azp</c>, Entra v1 <c>appid</c>, else the subject.</summary>
    private static readonly string[] ClientIdClaims = ["client_id", "azp", "appid", "sub"];

    /// <summary>Where authorities put what the client may do: <c>scope</c>/<c>scp</c> (space separated) or Entra's application <c>roles</c>.</summary>
    private static readonly string[] ScopeClaims = ["scope", "scp", "roles"];

    public static Task VervangPrincipalAsync(TokenValidatedContext context)
    {
        var instellingen = context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiInstellingen>>().Value;
        var token = context.Principal!;
        var clientId = ClientIdClaims.Select(token.FindFirstValue).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var scopes = ScopeClaims.SelectMany(token.FindAll).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal);
        List<Claim> claims = [.. scopes.Select(s => new Claim(ScopeClaim, s))];
        if (instellingen.Client(clientId) is { } client)
        {
            claims.AddRange(
            [
                new Claim(ClientClaim, client.ClientId),
                new Claim(ClaimTypes.NameIdentifier, $"api:{client.ClientId}"),
                new Claim(GezinsveiligheidClaims.Naam, client.Naam),
                new Claim(GezinsveiligheidClaims.Organisatie, nameof(Organisatie.VeiligThuis)),
                new Claim(GezinsveiligheidClaims.TeamNaam, client.VtOrganisatie),
                new Claim(VtOrganisatieClaim, client.VtOrganisatie),
                new Claim(ClaimTypes.Role, Rollen.VtMedewerker),
            ]);
        }

        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Schema, GezinsveiligheidClaims.Naam, ClaimTypes.Role));
        return Task.CompletedTask;
    }

    public static bool HeeftScope(this ClaimsPrincipal user, string scope) => user.HasClaim(ScopeClaim, scope);

    public static string ClientId(this ClaimsPrincipal user) => user.FindFirstValue(ClientClaim) ?? throw new InvalidOperationException("Geen API-client.");

    public static string VtOrganisatie(this ClaimsPrincipal user) => user.FindFirstValue(VtOrganisatieClaim) ?? throw new InvalidOperationException("Geen API-client.");
}
