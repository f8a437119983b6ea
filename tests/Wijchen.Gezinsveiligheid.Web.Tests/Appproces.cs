using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OtpNet;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The app as a real process on a real port (Kestrel, Development, demo data), for what only a process shows: a
/// SIGTERM that must let a request finish, a SIGKILL at any moment. The data folder outlives the process, so the next
/// start finds what the last one left. Sessions survive a restart (the key ring is in the database), so clients made
/// by <see cref="IngelogdAsync"/> stay signed in.
/// </summary>
public sealed class Appproces(string dataMap) : IAsyncDisposable
{
    private readonly int poort = VrijePoort();
    private Process? proces;
    private Task<string>? uitvoer;

    public string DataMap { get; } = dataMap;

    public Uri Adres => new($"http://127.0.0.1:{poort}");

    public int? Exitcode => proces is { HasExited: true } p ? p.ExitCode : null;

    /// <summary>Configuration for the next start, as environment variables (<c>Api__Autoriteit</c>, …).</summary>
    public Dictionary<string, string> Instellingen { get; } = [];

    /// <summary>Starts the process and returns once it answers ready (the first start migrates and seeds: allow a minute).</summary>
    public async Task StartAsync()
    {
        var start = Beheerproces.Opdracht(DataMap, "--urls", Adres.ToString());
        start.Environment["Beveiliging__PogingenPerMinuut"] = "10000";
        foreach (var (naam, waarde) in Instellingen)
        {
            start.Environment[naam] = waarde;
        }

        proces = Process.Start(start)!;
        uitvoer = Task.WhenAll(proces.StandardOutput.ReadToEndAsync(), proces.StandardError.ReadToEndAsync()).ContinueWith(t => string.Concat(t.Result), TaskScheduler.Default);
        using var client = new HttpClient { BaseAddress = Adres, Timeout = TimeSpan.FromSeconds(5) };
        var tot = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < tot)
        {
            if (proces.HasExited)
            {
                throw new InvalidOperationException($"De app stopte bij het starten ({proces.ExitCode}): {await uitvoer}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("De app werd niet binnen een minuut ready.");
    }

    /// <summary>A client for this app (also after a restart: same port) that signs in as a person does, with the app's real clock.</summary>
    public async Task<HttpClient> IngelogdAsync(string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Adres };
        var wachtwoord = await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.Email"] = email, ["Input.Wachtwoord"] = AppFactory.Wachtwoord });
        Assert.Equal("/Account/Inlogcode", wachtwoord.Headers.Location?.OriginalString);
        var sleutel = DemoSeeder.Accounts.Single(a => a.Email == email).Authenticatorsleutel;
        var code = await client.PostFormAsync("/Account/Inlogcode", "/Account/Inlogcode", new() { ["Input.Code"] = new Totp(Base32Encoding.ToBytes(sleutel)).ComputeTotp() });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        return client;
    }

    /// <summary>SIGTERM, as systemd or a container runtime stops the app.</summary>
    public void Termineer() => Process.Start("kill", ["-TERM", proces!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    /// <summary>SIGKILL: no shutdown at all, as a power cut or the kernel's OOM killer.</summary>
    public async Task DoodAsync()
    {
        proces!.Kill();
        await proces.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself and returns what it printed.</summary>
    public async Task<string> WachtOpEindeAsync(TimeSpan maximaal)
    {
        using var tijd = new CancellationTokenSource(maximaal);
        await proces!.WaitForExitAsync(tijd.Token);
        return await uitvoer!;
    }

    public async ValueTask DisposeAsync()
    {
        if (proces is { HasExited: false })
        {
            await DoodAsync();
        }

        proces?.Dispose();
    }

    public static int VrijePoort()
    {
        using var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        return ((IPEndPoint)luisteraar.LocalEndpoint).Port;
    }
}
