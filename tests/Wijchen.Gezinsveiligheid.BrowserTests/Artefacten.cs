namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>
/// Screenshots of every run: the main pages by name, and every open page when a test fails. They go to
/// <c>TestResults/browser</c> under the repository root (next to the TRX files of the README's test command), or to
/// <c>BROWSER_ARTEFACTEN</c> when set.
/// </summary>
public static class Artefacten
{
    public static string Map { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("BROWSER_ARTEFACTEN") is { Length: > 0 } gekozen ? gekozen : Path.Combine(RepoRoot(AppContext.BaseDirectory), "TestResults", "browser")).FullName;

    public static async Task SchermafbeeldingAsync(IPage pagina, string naam)
    {
        ArgumentNullException.ThrowIfNull(pagina);
        await pagina.ScreenshotAsync(new() { Path = Path.Combine(Map, naam + ".png"), FullPage = true });
    }

    /// <summary>Runs a scenario; when it fails, every page still open is photographed before the failure is reported.</summary>
    public static async Task ScenarioAsync(string test, Func<List<IPage>, Task> scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var paginas = new List<IPage>();
        try
        {
            await scenario(paginas);
        }
        catch
        {
            for (var i = 0; i < paginas.Count; i++)
            {
                if (!paginas[i].IsClosed)
                {
                    await SchermafbeeldingAsync(paginas[i], $"fout-{test}-{i + 1}");
                }
            }

            throw;
        }
        finally
        {
            foreach (var pagina in paginas)
            {
                await pagina.Context.CloseAsync();
            }
        }
    }

    private static string RepoRoot(string map) =>
        File.Exists(Path.Combine(map, "Wijchen.Gezinsveiligheid.sln")) ? map
        : Path.GetDirectoryName(map) is { } ouder ? RepoRoot(ouder)
        : throw new InvalidOperationException("Repository niet gevonden.");
}
