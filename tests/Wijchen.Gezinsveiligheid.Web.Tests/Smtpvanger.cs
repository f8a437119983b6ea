using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) on a free port of 127.0.0.1: STARTTLS with its own
/// certificate, and authentication required with <see cref="Gebruiker"/>/<see cref="Wachtwoord"/>. It keeps what
/// arrived, parsed by MimeKit, and can be stopped and started again on the same port to play a mail server that is down.
/// </summary>
public sealed class Smtpvanger : IAsyncDisposable
{
    public const string Gebruiker = "gezinsveiligheid";

    public const string Wachtwoord = "smtp-test-wachtwoord";

    private readonly X509Certificate2 certificaat;
    private CancellationTokenSource? stop;
    private Task? draait;

    public Smtpvanger()
    {
        using var sleutel = RSA.Create(2048);
        var aanvraag = new CertificateRequest("CN=localhost", sleutel, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var tijdelijk = aanvraag.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        certificaat = X509CertificateLoader.LoadPkcs12(tijdelijk.Export(X509ContentType.Pfx), null);
        Vingerafdruk = Convert.ToHexString(SHA256.HashData(certificaat.RawData));
    }

    public int Poort { get; } = Appproces.VrijePoort();

    /// <summary>SHA-256 of the server's certificate: what the app is told to trust (Mail:ServerCertificaatSha256).</summary>
    public string Vingerafdruk { get; }

    public ConcurrentQueue<MimeMessage> Ontvangen { get; } = new();

    /// <summary>The app's settings for this server.</summary>
    public IReadOnlyDictionary<string, string> AppInstellingen() => new Dictionary<string, string>
    {
        ["Mail:Modus"] = "Smtp",
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Poort"] = Poort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Beveiliging"] = "StartTls",
        ["Mail:ServerCertificaatSha256"] = Vingerafdruk,
        ["Mail:Gebruiker"] = Gebruiker,
        ["Mail:Wachtwoord"] = Wachtwoord,
        ["Mail:Afzender"] = "gezinsveiligheid@wijchen.example",
        ["Mail:AppAdres"] = "https://gezinsveiligheid.wijchen.example",
    };

    public static async Task<Smtpvanger> StartAsync()
    {
        var vanger = new Smtpvanger();
        await vanger.StartOpnieuwAsync();
        return vanger;
    }

    /// <summary>Starts the server on its port, unless it runs already.</summary>
    public async Task StartOpnieuwAsync()
    {
        if (draait is not null)
        {
            return;
        }

        var opties = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(eindpunt => eindpunt.Port(Poort, isSecure: false).Certificate(certificaat).AllowUnsecureAuthentication(false).AuthenticationRequired(true))
            .Build();
        var diensten = new SmtpServer.ComponentModel.ServiceProvider();
        diensten.Add(new Opslag(Ontvangen));
        diensten.Add(new Aanmelding());
        var server = new SmtpServer.SmtpServer(opties, diensten);
        stop = new CancellationTokenSource();
        draait = server.StartAsync(stop.Token);
        await server.WaitForStartAsync(Poort);
    }

    public async Task StopAsync()
    {
        if (stop is null || draait is null)
        {
            return;
        }

        await stop.CancelAsync();
        try
        {
            await draait;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
        stop = null;
        draait = null;
    }

    /// <summary>Waits until <paramref name="aantal"/> messages arrived in total, or fails after ten seconds.</summary>
    public async Task<List<MimeMessage>> WachtOpAsync(int aantal)
    {
        var tot = DateTime.UtcNow.AddSeconds(10);
        while (Ontvangen.Count < aantal && DateTime.UtcNow < tot)
        {
            await Task.Delay(50);
        }

        Assert.True(Ontvangen.Count >= aantal, $"{Ontvangen.Count} van {aantal} e-mails aangekomen.");
        return [.. Ontvangen];
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        certificaat.Dispose();
    }

    private sealed class Opslag(ConcurrentQueue<MimeMessage> ontvangen) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stroom = new MemoryStream(buffer.ToArray());
            ontvangen.Enqueue(await MimeMessage.LoadAsync(stroom, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Aanmelding : IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
            Task.FromResult(user == Gebruiker && password == Wachtwoord && context.Pipe is not null && context.Pipe.IsSecure);
    }
}

internal static class SmtpServerExtensions
{
    /// <summary>StartAsync returns before the port listens; a connection attempt says when it does.</summary>
    public static async Task WaitForStartAsync(this SmtpServer.SmtpServer _, int poort)
    {
        var tot = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var verbinding = new System.Net.Sockets.TcpClient();
                await verbinding.ConnectAsync(System.Net.IPAddress.Loopback, poort);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < tot)
            {
                await Task.Delay(50);
            }
        }
    }
}
