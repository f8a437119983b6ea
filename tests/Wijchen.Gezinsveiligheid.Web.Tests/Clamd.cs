using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// ClamAV's daemon as production runs it (Debian's clamav-daemon, installed here when missing), but with a signature
/// database made in the test: freshclam cannot reach the internet on these machines. Its one signature is the EICAR
/// test string anywhere in a file, so a PDF carrying it is "infected" and every other file clean. The socket is a Unix
/// socket in the fixture's own folder; <see cref="StopAsync"/> plays a scanner that is down.
/// </summary>
public sealed class Clamd : IAsyncLifetime
{
    public const string Signatuur = "Wijchen.Test.EICAR";

    private static readonly SemaphoreSlim Installatie = new(1, 1);

    private readonly string map = Path.Combine(Path.GetTempPath(), "gezinsveiligheid-clamd", Guid.NewGuid().ToString("N")[..12]);
    private Process? proces;

    /// <summary>The EICAR anti-virus test string, put together here so that no scanner flags this source file.</summary>
    public static string Eicar => "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public string Socket => Path.Combine(map, "clamd.sock");

    /// <summary>The app's setting Bijlagen:Virusscanner for this daemon.</summary>
    public string Adres => "unix:" + Socket;

    public async Task InitializeAsync()
    {
        var clamd = await ClamdAsync();
        Directory.CreateDirectory(Path.Combine(map, "db"));
        await File.WriteAllTextAsync(Path.Combine(map, "db", "wijchen-test.ndb"), $"{Signatuur}:0:*:{Convert.ToHexStringLower(Encoding.ASCII.GetBytes(Eicar))}\n");
        await File.WriteAllTextAsync(Path.Combine(map, "clamd.conf"), $"""
            LocalSocket {Socket}
            DatabaseDirectory {Path.Combine(map, "db")}
            Foreground yes
            LogFile {Path.Combine(map, "clamd.log")}
            StreamMaxLength 60M
            SelfCheck 3600
            """);
        proces = Process.Start(new ProcessStartInfo(clamd, ["-c", Path.Combine(map, "clamd.conf")]) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("clamd startte niet.");
        proces.OutputDataReceived += (_, _) => { };
        proces.ErrorDataReceived += (_, _) => { };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        var tot = DateTime.UtcNow.AddSeconds(60);
        while (!await LuistertAsync())
        {
            if (proces.HasExited || DateTime.UtcNow > tot)
            {
                var log = File.Exists(Path.Combine(map, "clamd.log")) ? await File.ReadAllTextAsync(Path.Combine(map, "clamd.log")) : "(geen log)";
                throw new InvalidOperationException($"clamd luistert niet op {Socket}:\n{log}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Stops the daemon: the socket stays, nobody answers on it.</summary>
    public async Task StopAsync()
    {
        if (proces is { HasExited: false })
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        proces?.Dispose();
        if (Directory.Exists(map))
        {
            Directory.Delete(map, recursive: true);
        }
    }

    private async Task<bool> LuistertAsync()
    {
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(Socket));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Debian's clamd; installed with apt-get (as root) when missing, once per test process.</summary>
    private static async Task<string> ClamdAsync()
    {
        const string pad = "/usr/sbin/clamd";
        await Installatie.WaitAsync();
        try
        {
            if (!File.Exists(pad) && OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
            {
                var uitvoer = await VoerUitAsync("apt-get", "-o", "DPkg::Lock::Timeout=600", "update", "-q")
                    + await VoerUitAsync("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q", "--no-install-recommends", "clamav-daemon");
                Assert.True(File.Exists(pad), $"apt-get kon clamav-daemon niet installeren:\n{uitvoer}");
            }

            Assert.True(File.Exists(pad), $"{pad} ontbreekt en apt-get kan het niet installeren (geen root of geen Debian): installeer clamav-daemon.");
            return pad;
        }
        finally
        {
            Installatie.Release();
        }
    }

    private static async Task<string> VoerUitAsync(string programma, params string[] argumenten)
    {
        var info = new ProcessStartInfo(programma, argumenten) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var p = Process.Start(info)!;
        var uit = p.StandardOutput.ReadToEndAsync();
        var fout = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return await uit + await fout;
    }
}
