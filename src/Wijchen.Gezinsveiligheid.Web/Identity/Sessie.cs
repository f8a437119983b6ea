using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>The session timeouts (section <c>Sessie</c>): after this long without a request, and after this long in total.</summary>
public sealed class SessieInstellingen
{
    public const string Sectie = "Sessie";

    public int InactiefMinuten { get; set; } = 30;

    public int AbsoluutUren { get; set; } = 12;

    public IEnumerable<string> Valideer()
    {
        if (InactiefMinuten is < 1 or > 60)
        {
            yield return "Sessie:InactiefMinuten moet tussen 1 en 60 liggen.";
        }

        if (AbsoluutUren is < 1 or > 24)
        {
            yield return "Sessie:AbsoluutUren moet tussen 1 en 24 liggen.";
        }
    }
}

public static class Sessie
{
    /// <summary>
    /// Runs on every request with a session cookie: past the absolute timeout the session ends whatever the activity;
    /// otherwise Identity's security stamp check decides (sign-out, disabled account, changed role or team).
    /// </summary>
    public static async Task ControleerAsync(CookieValidatePrincipalContext context)
    {
        var instellingen = context.HttpContext.RequestServices.GetRequiredService<IOptions<SessieInstellingen>>().Value;
        var nu = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (AanmeldManager.Aangemeld(context.Properties) is not { } aangemeld || nu - aangemeld > TimeSpan.FromHours(instellingen.AbsoluutUren))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>
    /// The stamp check rebuilds the user's claims from the database on every request; how the session began (a passkey,
    /// which beheer requires, or the municipality's provider, where sign-out goes too) is not in the database, so it is
    /// carried over from the session's own principal.
    /// </summary>
    public static Task BehoudAanmeldmethode(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity nieuw && context.CurrentPrincipal is { } huidig)
        {
            foreach (var methode in huidig.FindAll(c => c.Type is "amr" or GemeenteaccountRegistratie.Aanmelding).Where(m => !nieuw.HasClaim(m.Type, m.Value)))
            {
                nieuw.AddClaim(new Claim(methode.Type, methode.Value));
            }
        }

        return Task.CompletedTask;
    }
}
