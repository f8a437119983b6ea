using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The OpenAPI document is generated from the code, committed as docs/api/openapi.json, and must not drift; it is linted
/// with Spectral and the repository's own ruleset of the Dutch API Design Rules (docs/api/spectral.yaml).
/// </summary>
public class OpenApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Set to 1 to write the generated document over the committed one after a deliberate change of the API.</summary>
    public const string Bijwerken = "OPENAPI_BIJWERKEN";

    private static readonly string Vastgelegd = Path.Combine(Repo.Root, "docs", "api", "openapi.json");

    [Fact]
    public async Task Het_vastgelegde_document_is_wat_de_app_publiceert()
    {
        using var client = app.CreateClient();
        var antwoord = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var gepubliceerd = Opmaak(await antwoord.Content.ReadAsStringAsync());
        if (Environment.GetEnvironmentVariable(Bijwerken) == "1")
        {
            await File.WriteAllTextAsync(Vastgelegd, gepubliceerd);
        }

        Assert.True(gepubliceerd == Opmaak(await File.ReadAllTextAsync(Vastgelegd)),
            $"docs/api/openapi.json wijkt af van wat de app publiceert. Is de wijziging van de API bedoeld, draai de test dan met {Bijwerken}=1 en leg het document vast.");
        var document = JsonNode.Parse(gepubliceerd)!;
        Assert.Equal("/api/v1", document["servers"]![0]!["url"]!.GetValue<string>());
        Assert.Equal(["/dossiers/{kenmerk}/monitoring", "/overdrachten", "/overdrachten/{id}", "/overdrachten/{id}/intrekking", "/wijkteams"],
            document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Snelheid", "Traag")]
    public async Task Spectral_vindt_geen_fouten_tegen_de_API_Design_Rules_en_vindt_ze_wel_in_een_slecht_document()
    {
        var spectral = await SpectralAsync();
        var ruleset = Path.Combine(Repo.Root, "docs", "api", "spectral.yaml");

        var fouten = await LintAsync(spectral, ruleset, Vastgelegd);
        Assert.True(fouten.Count == 0, $"Spectral: {string.Join("; ", fouten)}");

        // The ruleset is not empty words: a document that breaks three rules is refused by exactly those rules.
        var slecht = JsonNode.Parse(await File.ReadAllTextAsync(Vastgelegd))!;
        var paden = slecht["paths"]!.AsObject();
        var wijkteams = paden["/wijkteams"]!.DeepClone();
        paden.Remove("/wijkteams");
        paden["/Wijkteams/"] = wijkteams;
        wijkteams["get"]!["responses"]!["200"]!["headers"]!.AsObject().Remove("API-Version");
        slecht["servers"]![0]!["url"] = "/api";
        var bestand = Path.Combine(Path.GetTempPath(), $"openapi-slecht-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(bestand, slecht.ToJsonString());
        try
        {
            var gevonden = await LintAsync(spectral, ruleset, bestand);
            Assert.Equal(["/core/naming-collections", "/core/no-trailing-slash", "/core/uri-version", "/core/version-header"], gevonden.Select(f => f.Split(':')[0]).Distinct().Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(bestand);
        }
    }

    private static string Opmaak(string json) => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    /// <summary>The errors Spectral reports, as "rule: message at path".</summary>
    private static async Task<List<string>> LintAsync(string spectral, string ruleset, string document)
    {
        var (code, uit) = await VoerUitAsync(spectral, Repo.Root, "lint", document, "--ruleset", ruleset, "--format", "json", "--fail-severity", "error", "--quiet");
        Assert.True(code is 0 or 1, $"Spectral stopte met {code}: {uit}");
        var resultaten = JsonDocument.Parse(uit[uit.IndexOf('[', StringComparison.Ordinal)..]).RootElement;
        return [.. resultaten.EnumerateArray().Where(r => r.GetProperty("severity").GetInt32() == 0)
            .Select(r => $"{r.GetProperty("code").GetString()}: {r.GetProperty("message").GetString()} at {string.Join('.', r.GetProperty("path").EnumerateArray())}")];
    }

    /// <summary>
    /// Spectral from npm, pinned, in a cache folder outside the repository; Node.js and npm come from apt when they are
    /// missing and the tests run as root (as on a fresh Debian machine), like Chromium for the browser tests.
    /// </summary>
    private static async Task<string> SpectralAsync()
    {
        const string versie = "6.16.3";
        var map = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "gezinsveiligheid", $"spectral-{versie}");
        var spectral = Path.Combine(map, "node_modules", ".bin", "spectral");
        if (File.Exists(spectral))
        {
            return spectral;
        }

        if (!File.Exists("/usr/bin/npm") && OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            await VoerUitAsync("apt-get", "/", "-o", "DPkg::Lock::Timeout=600", "update", "-q");
            var (code, uit) = await VoerUitAsync("apt-get", "/", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q", "--no-install-recommends", "nodejs", "npm");
            Assert.True(code == 0, $"apt-get kon nodejs en npm niet installeren: {uit}");
        }

        Directory.CreateDirectory(map);
        var (npm, npmUit) = await VoerUitAsync("npm", map, "install", "--no-audit", "--no-fund", "--prefix", map, $"@stoplight/spectral-cli@{versie}");
        Assert.True(npm == 0 && File.Exists(spectral), $"npm kon Spectral niet installeren ({npm}): {npmUit}");
        return spectral;
    }

    /// <summary>Installing may take a while on a slow mirror; linting takes seconds.</summary>
    private static Task<(int Code, string Uitvoer)> VoerUitAsync(string programma, string map, params string[] argumenten)
    {
        var start = new ProcessStartInfo(programma) { WorkingDirectory = map };
        foreach (var argument in argumenten)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        return Beheerproces.VoerUitAsync(start, TimeSpan.FromMinutes(10));
    }
}
