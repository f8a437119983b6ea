using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// What a scanner or a stale tab sends to every page, as every kind of user: each POST handler with an empty body, each
/// with the page's own form but every id in it replaced by an unknown one, and a POST to every page that only reads.
/// Never a 5xx; a refusal is a 4xx with the friendly page. A page added later is swept without a new test.
/// </summary>
[Trait("Snelheid", "Traag")]
public partial class ServerSweepTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Gebruikers =
        ["vt@demo.example", "wijkteam@demo.example", "teamleider@demo.example", "manager@demo.example", "privacy@demo.example", "beheerder@demo.example"];

    [Fact]
    public async Task Geen_POST_naar_welke_pagina_ook_geeft_een_serverfout()
    {
        var (dossier, actie, joris) = await app.MetDbAsync(async db =>
        {
            var jorisId = await db.Users.Where(u => u.Email == "wijkteam@demo.example").Select(u => u.Id).SingleAsync();
            var gekozen = await db.Dossiers.AsNoTracking()
                .Where(d => d.Fase == DossierFase.Casusregie && d.WijkteamId == DemoSeeder.WijkteamCentrum && d.RegiehouderId == jorisId && d.Mdos.Any(m => m.Acties.Any())
                    && d.Overdrachten.Any(o => o.Voorwaarden.Any()))
                .Select(d => new { d.Id, Actie = d.Mdos.SelectMany(m => m.Acties).Select(a => a.Id).First() })
                .FirstAsync();
            return (gekozen.Id, gekozen.Actie, jorisId);
        });
        var paginas = await PaginasAsync();
        var fouten = new List<string>();
        var verzonden = 0;

        var clients = new List<(string Wie, HttpClient Client)> { ("anoniem", app.NieuweClient()) };
        foreach (var email in Gebruikers)
        {
            clients.Add((email, email.StartsWith("beheerder", StringComparison.Ordinal) ? await app.LogInMetPasskeyAsync(email) : await app.LogInAsync(email)));
        }

        foreach (var (wie, client) in clients)
        {
            var token = await TokenAsync(client, wie == "anoniem" ? "/Account/Login" : "/Profiel/Passkeys");
            // Signing out last: the sweep must run signed in, which the check after it proves.
            foreach (var (route, handlers) in paginas.OrderBy(p => p.Route == "/Account/Logout"))
            {
                if (route == "/Account/Logout" && wie != "anoniem")
                {
                    var aangemeld = await client.GetAsync(new Uri("/Profiel/Passkeys", UriKind.Relative));
                    Assert.True(aangemeld.StatusCode == HttpStatusCode.OK, $"{wie} was tijdens de sweep afgemeld: {(int)aangemeld.StatusCode} {aangemeld.Headers.Location}");
                }

                var url = Paginaroutes.Invullen(route, dossier, actie, joris);
                var formulier = await FormulierVeldenAsync(client, url);
                foreach (var handler in handlers.DefaultIfEmpty(null))
                {
                    var adres = handler is null or "" ? url : $"{url}?handler={handler}";
                    var soorten = new List<(string Soort, Dictionary<string, string> Velden)> { ("leeg", new() { ["__RequestVerificationToken"] = token }) };
                    if (formulier is not null)
                    {
                        soorten.Add(("onbekende ids", Vervalst(formulier, token)));
                    }

                    if (handler is { Length: > 0 })
                    {
                        // The address a form posts to, opened as a link: never a 5xx.
                        var ophalen = await client.GetAsync(new Uri(adres, UriKind.Relative));
                        verzonden++;
                        if ((int)ophalen.StatusCode >= 500)
                        {
                            fouten.Add($"{wie}: GET {adres} gaf {(int)ophalen.StatusCode}");
                        }
                    }

                    foreach (var (soort, velden) in soorten)
                    {
                        using var inhoud = new FormUrlEncodedContent(velden);
                        var antwoord = await client.PostAsync(new Uri(adres, UriKind.Relative), inhoud);
                        verzonden++;
                        if ((int)antwoord.StatusCode >= 500)
                        {
                            fouten.Add($"{wie}: POST {adres} ({soort}) gaf {(int)antwoord.StatusCode}");
                        }
                        else if (handlers.Count == 0 && antwoord.StatusCode != HttpStatusCode.MethodNotAllowed && !IsNaarAccountpagina(antwoord))
                        {
                            fouten.Add($"{wie}: POST naar de alleen-lezen pagina {adres} gaf {(int)antwoord.StatusCode} in plaats van 405");
                        }
                    }
                }
            }
        }

        Assert.True(fouten.Count == 0, $"{fouten.Count} van {verzonden} verzoeken:{Environment.NewLine}{string.Join(Environment.NewLine, fouten)}");
        Assert.True(verzonden > 300, $"maar {verzonden} verzoeken verstuurd");
    }

    /// <summary>Every page by route, with the names of its POST handlers ("" for the unnamed one); none for a page that only reads.</summary>
    private async Task<List<(string Route, List<string?> Handlers)>> PaginasAsync()
    {
        var laden = app.Services.GetRequiredService<PageLoader>();
        var paginas = new List<(string, List<string?>)>();
        foreach (var eindpunt in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (eindpunt.Metadata.GetMetadata<PageActionDescriptor>() is { } pagina)
            {
                var handlers = (await laden.LoadAsync(pagina, eindpunt.Metadata)).HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => h.Name ?? "").Distinct().ToList<string?>();
                paginas.Add(("/" + eindpunt.RoutePattern.RawText!.TrimStart('/'), handlers));
            }
        }

        return paginas;
    }

    private static async Task<string> TokenAsync(HttpClient client, string pagina) =>
        (await client.GetHtmlAsync(pagina)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    /// <summary>The fields of the page's main form as the page gives them, or null when this user gets no form there.</summary>
    private static async Task<List<KeyValuePair<string, string>>?> FormulierVeldenAsync(HttpClient client, string url)
    {
        var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (antwoord.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var form = (await antwoord.HtmlAsync()).QuerySelectorAll("main form[method=post]").OrderByDescending(f => f.QuerySelectorAll("[name]").Length).FirstOrDefault();
        return form?.QuerySelectorAll("input[name], select[name], textarea[name]")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.GetAttribute("value") ?? e.QuerySelector("option")?.GetAttribute("value") ?? e.TextContent))
            .ToList();
    }

    /// <summary>The form with every id in it (of this dossier, its members, voorwaarden, actions) replaced by one that exists nowhere.</summary>
    private static Dictionary<string, string> Vervalst(List<KeyValuePair<string, string>> velden, string token)
    {
        var vervalst = new Dictionary<string, string>();
        foreach (var (naam, waarde) in velden)
        {
            vervalst[naam] = naam == "__RequestVerificationToken" ? token
                : Guid.TryParse(waarde, out _) ? Guid.NewGuid().ToString()
                : naam.EndsWith("Id", StringComparison.Ordinal) && waarde.Length > 0 ? "onbekend-" + waarde
                : Getal().IsMatch(waarde) && naam != "Versie" ? "999999999" : waarde;
        }

        vervalst["__RequestVerificationToken"] = token;
        return vervalst;
    }

    /// <summary>Refused before the page: sent to sign in (anonymous) or to "geen toegang" (a role without the page).</summary>
    private static bool IsNaarAccountpagina(HttpResponseMessage antwoord) =>
        antwoord.StatusCode == HttpStatusCode.Redirect && antwoord.Headers.Location is { } naar
        && (naar.IsAbsoluteUri ? naar.AbsolutePath : naar.OriginalString).StartsWith("/Account/", StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Getal();
}
