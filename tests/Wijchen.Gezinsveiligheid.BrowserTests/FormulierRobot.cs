using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>
/// Does in Chromium what people do to every form a user reaches: presses every submit button (each <c>formaction</c>
/// button and then the main one), submits with every field emptied and every select on its empty option, with text
/// over the maximum length, with dates in the year 1 and 9999, and submits, goes back and submits again. It asserts
/// that no answer is a 5xx, that no button goes dead, that every field marked invalid has its Dutch message next to
/// it, that every link in the error summary leads to a field, and that text typed into a refused form is still there.
/// </summary>
public sealed class FormulierRobot(BrowserApp app, IPage pagina, string rol)
{
    /// <summary>Pages whose form only exists inside the sign-in steps or the error handling; other tests drive those.</summary>
    public static readonly IReadOnlySet<string> BuitenBereik = new HashSet<string>
    {
        "/Account/Inlogcode", "/Account/Herstelcode", "/Account/AppKoppelen", "/Account/Activeren", "/Account/Logout", "/Fout",
    };

    private const int MaximumPaginas = 400;

    private const int KandidatenPerFormulier = 3;

    private readonly List<string> problemen = [];
    private readonly HashSet<string> bezocht = [];
    private readonly HashSet<string> bekeken = [];
    private readonly List<(string Methode, string Adres, int Status)> serverfouten = [];

    public int Paginas { get; private set; }

    public int Knoppen { get; private set; }

    public int Verzendingen { get; private set; }

    /// <summary>The route patterns of the pages whose form this robot exercised.</summary>
    public HashSet<string> Bereikt { get; } = [];

    /// <summary>The forms exercised, by address without ids: the same form on another dossier is the same form.</summary>
    public HashSet<string> Geoefend { get; } = [];

    public IReadOnlyList<string> Problemen => problemen;

    /// <summary>Every page of the app (by route pattern) that has a POST handler.</summary>
    public static async Task<IReadOnlyList<RouteEndpoint>> PaginasMetPostAsync(IServiceProvider services)
    {
        var laden = services.GetRequiredService<PageLoader>();
        var paginas = new List<RouteEndpoint>();
        foreach (var eindpunt in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // A folder's Index page has two routes ("Dossiers" and "Dossiers/Index"); the first is the one people use.
            if (eindpunt.Metadata.GetMetadata<PageActionDescriptor>() is { } pagina && !eindpunt.RoutePattern.RawText!.EndsWith("/Index", StringComparison.Ordinal)
                && (await laden.LoadAsync(pagina, eindpunt.Metadata)).HandlerMethods.Any(h => h.HttpMethod == "Post"))
            {
                paginas.Add(eindpunt);
            }
        }

        return paginas;
    }

    /// <summary>
    /// First visits the start pages and every page linked from them (breadth first), noting up to
    /// <see cref="KandidatenPerFormulier"/> addresses where each form shows; then exercises each form once, the rarest
    /// first: a submission may end a dossier's phase (a terugmelding), and with it the only place another form showed.
    /// </summary>
    public async Task DoorloopAsync(IReadOnlyList<RouteEndpoint> formulierPaginas, params string[] start)
    {
        pagina.Response += (_, antwoord) =>
        {
            if (antwoord.Status >= 500)
            {
                serverfouten.Add((antwoord.Request.Method, antwoord.Url, antwoord.Status));
            }
        };

        var kandidaten = new Dictionary<string, (string Patroon, List<string> Adressen)>();
        var wachtrij = new Queue<string>(start);
        while (wachtrij.TryDequeue(out var adres) && Paginas < MaximumPaginas)
        {
            if (!bezocht.Add(adres))
            {
                continue;
            }

            await GaNaarAsync(adres);
            Paginas++;
            if (Patroon(formulierPaginas, adres) is { } patroon && await FormulierenAsync() > 0)
            {
                var sleutel = Sleutel(adres);
                if (!kandidaten.TryGetValue(sleutel, out var gevonden))
                {
                    kandidaten[sleutel] = gevonden = (patroon, []);
                }

                gevonden.Adressen.Add(adres);
            }

            foreach (var link in await LinksAsync())
            {
                // A form page is tried on other dossiers too: which actions a dossier offers depends on its phase.
                var sleutel = Sleutel(link);
                if (!bezocht.Contains(link)
                    && (IsDossierpagina(link)
                        || (Patroon(formulierPaginas, link) is not null && (!kandidaten.TryGetValue(sleutel, out var al) || al.Adressen.Count < KandidatenPerFormulier))
                        || bekeken.Add(sleutel)))
                {
                    wachtrij.Enqueue(link);
                }
            }
        }

        foreach (var (sleutel, (patroon, adressen)) in kandidaten.OrderBy(k => k.Value.Adressen.Count).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            foreach (var adres in adressen)
            {
                await GaNaarAsync(adres);
                if (await FormulierenAsync() > 0)
                {
                    Geoefend.Add(sleutel);
                    Bereikt.Add(patroon);
                    await OefenAsync(adres);
                    break;
                }
            }
        }

        foreach (var (methode, url, status) in serverfouten)
        {
            problemen.Add($"{rol}: {methode} {url} gaf {status}");
        }
    }

    private async Task OefenAsync(string adres)
    {
        var aantal = await FormulierenAsync();
        for (var formulier = 0; formulier < aantal; formulier++)
        {
            // An earlier submission may have removed a form (a passkey deleted, an action done).
            await GaNaarAsync(adres);
            if (await FormulierenAsync() <= formulier)
            {
                break;
            }

            var knoppen = await KnoppenAsync(formulier);
            foreach (var knop in knoppen.Where(k => k.Formaction))
            {
                await MeerKnopAsync(adres, formulier, knop.Index);
            }

            if (knoppen.FirstOrDefault(k => !k.Formaction) is not { } hoofdknop)
            {
                continue;
            }

            await VerstuurAsync(adres, formulier, hoofdknop.Index, "leeg", """
                f => {
                  for (const e of f.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]), textarea')) e.value = '';
                  for (const s of f.querySelectorAll('select')) if ([...s.options].some(o => o.value === '')) s.value = '';
                }
                """);
            await VerstuurAsync(adres, formulier, hoofdknop.Index, "te lang", """
                f => {
                  const velden = f.querySelectorAll('input[type=text], input[type=search], input[type=email], input:not([type]), textarea');
                  velden.forEach((e, i) => e.value = ('robot' + i + ' ').padEnd((e.maxLength > 0 ? e.maxLength : 4000) + 1, 'x'));
                }
                """, invoerBlijft: true);
            foreach (var jaar in new[] { "0001", "9999" })
            {
                await VerstuurAsync(adres, formulier, hoofdknop.Index, $"jaar {jaar}", $$"""
                    f => {
                      for (const e of f.querySelectorAll('input[type=date]')) e.value = '{{jaar}}-12-31';
                      for (const e of f.querySelectorAll('input[type=datetime-local]')) e.value = '{{jaar}}-12-31T10:00';
                    }
                    """, alleenMet: "input[type=date], input[type=datetime-local]");
            }

            await TerugEnOpnieuwAsync(adres, formulier, hoofdknop.Index);
        }
    }

    /// <summary>A secondary button ("Meer gezinsleden") must leave the main button posting where it posted before.</summary>
    private async Task MeerKnopAsync(string adres, int formulier, int knop)
    {
        await GaNaarAsync(adres);
        var hoofdknop = (await KnoppenAsync(formulier)).First(k => !k.Formaction);
        var doelVoor = await DoelAsync(formulier, hoofdknop.Index);
        if (!await KlikAsync(adres, formulier, knop, "formaction-knop"))
        {
            return;
        }

        if (await FormulierenAsync() <= formulier)
        {
            return;
        }

        var doelNa = await DoelAsync(formulier, hoofdknop.Index);
        if (doelNa != doelVoor)
        {
            problemen.Add($"{rol} {adres}: na de knop {knop + 1} post de hoofdknop naar {doelNa} in plaats van {doelVoor}");
        }

        await KlikAsync(adres, formulier, hoofdknop.Index, "hoofdknop na formaction-knop");
        await ControleerMeldingenAsync(adres, "hoofdknop na formaction-knop");
    }

    private async Task VerstuurAsync(string adres, int formulier, int knop, string soort, string vul, bool invoerBlijft = false, string? alleenMet = null)
    {
        await GaNaarAsync(adres);
        if (await FormulierenAsync() <= formulier || (alleenMet is not null && !await FormulierAsync(formulier).EvaluateAsync<bool>($"f => f.querySelector('{alleenMet}') !== null")))
        {
            return;
        }

        await FormulierAsync(formulier).EvaluateAsync(vul);
        var getypt = await FormulierAsync(formulier).EvaluateAsync<Dictionary<string, string>>(Tekstvelden);
        if (!await KlikAsync(adres, formulier, knop, soort))
        {
            return;
        }

        await ControleerMeldingenAsync(adres, soort);
        if (invoerBlijft && new Uri(pagina.Url).AbsolutePath == new Uri(new Uri(app.Adres), adres).AbsolutePath)
        {
            // The same form again, by position: a page can hold several forms with the same field names (one per row).
            var nu = await FormulierenAsync() > formulier
                ? await FormulierAsync(formulier).EvaluateAsync<Dictionary<string, string>>(Tekstvelden)
                : await pagina.Locator("main").EvaluateAsync<Dictionary<string, string>>(Tekstvelden);
            foreach (var (naam, waarde) in getypt.Where(g => nu.ContainsKey(g.Key) && nu[g.Key] != g.Value))
            {
                problemen.Add($"{rol} {adres} ({soort}): de invoer in {naam} is verloren ({waarde.Length} tekens getypt, {nu[naam].Length} terug)");
            }
        }
    }

    /// <summary>Submit, press the browser's back button, submit the same form again.</summary>
    private async Task TerugEnOpnieuwAsync(string adres, int formulier, int knop)
    {
        await GaNaarAsync(adres);
        if (await FormulierenAsync() <= formulier || !await KlikAsync(adres, formulier, knop, "versturen"))
        {
            return;
        }

        await pagina.GoBackAsync();
        if (new Uri(pagina.Url).AbsolutePath == new Uri(new Uri(app.Adres), adres).AbsolutePath && await FormulierenAsync() > formulier
            && (await KnoppenAsync(formulier)).Any(k => k.Index == knop))
        {
            await KlikAsync(adres, formulier, knop, "terug en opnieuw versturen");
        }
    }

    /// <summary>Presses a submit button and waits for the page it leads to; a button that leads nowhere is dead.</summary>
    private async Task<bool> KlikAsync(string adres, int formulier, int knop, string soort)
    {
        if (await FormulierenAsync() <= formulier || (await KnoppenAsync(formulier)).Count <= knop)
        {
            // An earlier submission removed this form or button (a passkey deleted): nothing left to press.
            return false;
        }

        Knoppen++;
        try
        {
            // A marker on the current document: when it is gone and the new document has loaded, the button led somewhere.
            await pagina.EvaluateAsync("() => window.robotWachtOpNieuwePagina = true");
            await FormulierAsync(formulier).Locator("button[type=submit], button:not([type]), input[type=submit]").Nth(knop).ClickAsync();
            await pagina.WaitForFunctionAsync("() => window.robotWachtOpNieuwePagina === undefined && document.readyState === 'complete'", null, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            problemen.Add($"{rol} {adres} ({soort}): knop {knop + 1} van formulier {formulier + 1} verstuurt niets");
            return false;
        }

        Verzendingen++;
        return true;
    }

    /// <summary>Every field marked invalid has its message next to it, and every link of the error summary reaches a field.</summary>
    private async Task ControleerMeldingenAsync(string adres, string soort)
    {
        var fouten = await pagina.EvaluateAsync<string[]>("""
            () => {
              const fouten = [];
              const meldingBij = e => (e.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
                .some(id => { const m = document.getElementById(id); return m && m.classList.contains('utrecht-form-field__error-message') && m.textContent.trim().length > 0; });
              for (const e of document.querySelectorAll('main [aria-invalid="true"]')) {
                const groep = (e.type === 'radio' || e.type === 'checkbox') ? e.closest('fieldset') : null;
                if (!meldingBij(e) && !(groep && meldingBij(groep))) fouten.push(`veld ${e.name || e.id} is ongeldig zonder melding ernaast`);
              }
              for (const a of document.querySelectorAll('main .foutoverzicht a[href^="#"]')) {
                if (!document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))) fouten.push(`'${a.textContent.trim()}' in het foutoverzicht wijst naar geen veld`);
              }
              return fouten;
            }
            """);
        problemen.AddRange(fouten.Select(f => $"{rol} {adres} ({soort}): {f}"));
    }

    private async Task GaNaarAsync(string adres)
    {
        var antwoord = await pagina.GotoAsync(adres);
        if (antwoord is { Status: >= 500 })
        {
            problemen.Add($"{rol}: GET {adres} gaf {antwoord.Status}");
        }
    }

    /// <summary>The text fields of an element (a form, or all of main) by name, with what they hold.</summary>
    private const string Tekstvelden =
        "e => Object.fromEntries([...e.querySelectorAll('input[type=text], input[type=search], input[type=email], input:not([type]), textarea')].filter(v => v.name).map(v => [v.name, v.value]))";

    private ILocator FormulierAsync(int index) => pagina.Locator("main form[method=post]").Nth(index);

    private Task<int> FormulierenAsync() => pagina.Locator("main form[method=post]").CountAsync();

    private async Task<IReadOnlyList<Knop>> KnoppenAsync(int formulier)
    {
        var formaction = await FormulierAsync(formulier).EvaluateAsync<bool[]>(
            "f => [...f.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]')].map(k => k.hasAttribute('formaction'))");
        return [.. formaction.Select((heeft, index) => new Knop(index, heeft))];
    }

    /// <summary>Where a button posts: its formaction, else its form's action, as the browser resolves them.</summary>
    private Task<string> DoelAsync(int formulier, int knop) => FormulierAsync(formulier).EvaluateAsync<string>(
        "(f, i) => { const k = f.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]')[i]; return k.hasAttribute('formaction') ? k.formAction : f.action; }", knop);

    private async Task<IReadOnlyList<string>> LinksAsync()
    {
        var links = await pagina.EvaluateAsync<string[]>("() => [...document.querySelectorAll('nav a[href], main a[href]')].map(a => a.getAttribute('href'))");
        return [.. links.Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal) && !l.Contains("handler=", StringComparison.Ordinal)
            && !l.StartsWith("/Account/", StringComparison.Ordinal)).Select(l => l.Split('#')[0]).Distinct()];
    }

    /// <summary>The route pattern of a page with a POST handler that this address opens, or null.</summary>
    private static string? Patroon(IReadOnlyList<RouteEndpoint> paginas, string adres)
    {
        var pad = adres.Split('?', '#')[0].Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return paginas.Where(p => Past(p.RoutePattern.RawText!, pad))
            .OrderBy(p => p.RoutePattern.Parameters.Count)
            .Select(p => "/" + p.RoutePattern.RawText!.TrimStart('/'))
            .FirstOrDefault();
    }

    private static bool Past(string sjabloon, string[] pad)
    {
        var delen = sjabloon.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < delen.Length; i++)
        {
            var deel = delen[i];
            if (!deel.StartsWith('{'))
            {
                if (i >= pad.Length || !string.Equals(deel, pad[i], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                continue;
            }

            if (i >= pad.Length)
            {
                return deel.EndsWith("?}", StringComparison.Ordinal) && i == delen.Length - 1;
            }

            if ((deel.Contains(":guid", StringComparison.Ordinal) && !Guid.TryParse(pad[i], out _))
                || (deel.Contains(":int", StringComparison.Ordinal) && !int.TryParse(pad[i], out _)))
            {
                return false;
            }
        }

        return pad.Length == delen.Length;
    }

    /// <summary>
    /// Every dossier page is visited, for the actions it links to depend on the dossier's phase; other pages once per
    /// address without ids.
    /// </summary>
    private static bool IsDossierpagina(string adres) => Sleutel(adres) == "/Dossiers/{id}";

    /// <summary>An address with its ids left out: the same form on another dossier is the same form.</summary>
    private static string Sleutel(string adres) =>
        string.Join('/', adres.Split('?')[0].Split('/').Select(deel => Guid.TryParse(deel, out _) ? "{id}" : deel));

    public string Verslag() =>
        $"{rol}: {Paginas} pagina's bezocht, {Geoefend.Count} formulieren geoefend, {Knoppen} knoppen ingedrukt, {Verzendingen} verzendingen";

    private sealed record Knop(int Index, bool Formaction);
}
