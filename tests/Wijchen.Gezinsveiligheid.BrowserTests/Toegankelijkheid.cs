using System.Text.Json;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>
/// axe-core (from npm, see axe/bijwerken.sh) injected into the page as it is, checked against the WCAG 2.1 A and AA
/// rules. Any violation fails the test, naming the rule, the element and axe's advice.
/// </summary>
public static class Toegankelijkheid
{
    private static readonly string[] Regels = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    /// <summary>Checks the page with axe and keeps a screenshot of it under <paramref name="naam"/>.</summary>
    public static async Task ControleerAsync(IPage pagina, string naam)
    {
        ArgumentNullException.ThrowIfNull(pagina);
        await Artefacten.SchermafbeeldingAsync(pagina, naam);
        if (!await pagina.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
            await pagina.EvaluateAsync(Axe.Value);
        }

        var overtredingen = await pagina.EvaluateAsync<JsonElement>(
            """
            async regels => {
              const resultaat = await axe.run(document, { runOnly: { type: 'tag', values: regels }, resultTypes: ['violations'] });
              return resultaat.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n` +
                v.nodes.map(n => `    ${n.target.join(' ')}: ${n.html}\n      ${n.failureSummary}`).join('\n'));
            }
            """, Regels);
        var lijst = overtredingen.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(lijst.Count == 0, $"axe vond {lijst.Count} WCAG 2.1 AA-overtreding(en) op {naam} ({pagina.Url}):\n{string.Join('\n', lijst)}");
    }
}
