using System.Diagnostics;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>
/// Finds the browser the tests drive, installing it when it is missing: <c>CHROMIUM_PATH</c> if set, else Debian's
/// <c>/usr/bin/chromium</c> — installed with apt when absent and the tests run as root — else Playwright's own
/// Chromium. A browser that cannot be found or installed fails the tests with the reason; they never skip.
/// </summary>
internal static class Chromium
{
    private const string Debian = "/usr/bin/chromium";

    /// <summary>Flags for a machine without a display, sandbox user namespace or outside network.</summary>
    public static readonly string[] Argumenten =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    // Test classes run in parallel; the installation happens once.
    private static readonly Lazy<Task<string?>> Pad = new(ZoekOfInstalleerAsync);

    /// <summary>The executable to start, or null for Playwright's own (downloaded) Chromium.</summary>
    public static Task<string?> PadAsync() => Pad.Value;

    private static async Task<string?> ZoekOfInstalleerAsync()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } gekozen)
        {
            return File.Exists(gekozen) ? gekozen : throw new InvalidOperationException($"CHROMIUM_PATH wijst naar '{gekozen}', maar daar staat geen browser.");
        }

        if (File.Exists(Debian))
        {
            return Debian;
        }

        if (OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            var uitvoer = await VoerUitAsync("apt-get", "-o DPkg::Lock::Timeout=600 update -q") + await VoerUitAsync("apt-get", "-o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends chromium");
            return File.Exists(Debian) ? Debian : throw new InvalidOperationException($"apt-get kon chromium niet installeren:\n{uitvoer}");
        }

        var code = await Task.Run(() => Microsoft.Playwright.Program.Main(["install", "chromium"]));
        return code == 0 ? null : throw new InvalidOperationException(
            $"Geen browser: CHROMIUM_PATH is niet gezet, {Debian} ontbreekt, apt-get kan niet (geen root of geen Debian) en Playwright kon zijn eigen Chromium niet downloaden (exitcode {code}).");
    }

    private static async Task<string> VoerUitAsync(string programma, string argumenten)
    {
        var start = new ProcessStartInfo(programma, argumenten) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var proces = Process.Start(start) ?? throw new InvalidOperationException($"{programma} start niet.");
        var uit = proces.StandardOutput.ReadToEndAsync();
        var fout = proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        return $"$ {programma} {argumenten} (exit {proces.ExitCode})\n{await uit}{await fout}";
    }
}
