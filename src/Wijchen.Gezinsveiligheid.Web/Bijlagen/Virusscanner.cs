using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Wijchen.Gezinsveiligheid.Web.Bijlagen;

/// <summary>The scanner's verdict; anything but <see cref="Schoon"/> means the file is not stored.</summary>
public enum Scanuitslag
{
    Schoon,
    Besmet,
    Onbereikbaar,
}

public sealed record Scanresultaat(Scanuitslag Uitslag, string? Melding = null);

/// <summary>
/// A small client for ClamAV's daemon (clamd): the file goes over its socket with the INSTREAM command, in chunks, and
/// the daemon answers "stream: OK" or "stream: &lt;name&gt; FOUND". Every other answer, a refused connection or a
/// timeout counts as unreachable: the caller then stores nothing (fail closed).
/// </summary>
public sealed class Virusscanner(IOptions<BijlageInstellingen> instellingen, ILogger<Virusscanner> logger)
{
    private const int Blok = 64 * 1024;

    public async Task<Scanresultaat> ScanAsync(ReadOnlyMemory<byte> inhoud, CancellationToken cancellationToken = default)
    {
        var adres = instellingen.Value.Virusscanner;
        using var tijdslimiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        tijdslimiet.CancelAfter(TimeSpan.FromSeconds(instellingen.Value.ScannerTimeoutSeconden));
        try
        {
            using var socket = await VerbindAsync(adres, tijdslimiet.Token);
            await using var stroom = new NetworkStream(socket, ownsSocket: false);
            await stroom.WriteAsync("zINSTREAM\0"u8.ToArray(), tijdslimiet.Token);
            var lengte = new byte[4];
            for (var positie = 0; positie < inhoud.Length; positie += Blok)
            {
                var deel = inhoud.Slice(positie, Math.Min(Blok, inhoud.Length - positie));
                BinaryPrimitives.WriteUInt32BigEndian(lengte, (uint)deel.Length);
                await stroom.WriteAsync(lengte, tijdslimiet.Token);
                await stroom.WriteAsync(deel, tijdslimiet.Token);
            }

            BinaryPrimitives.WriteUInt32BigEndian(lengte, 0);
            await stroom.WriteAsync(lengte, tijdslimiet.Token);
            var antwoord = (await LeesAntwoordAsync(stroom, tijdslimiet.Token)).TrimEnd('\0', '\n');
            if (antwoord == "stream: OK")
            {
                return new Scanresultaat(Scanuitslag.Schoon);
            }

            if (antwoord.StartsWith("stream: ", StringComparison.Ordinal) && antwoord.EndsWith(" FOUND", StringComparison.Ordinal))
            {
                var naam = antwoord["stream: ".Length..^" FOUND".Length];
                logger.LogWarning("Virusscanner vond {Signatuur} in een upload; niets opgeslagen", naam);
                return new Scanresultaat(Scanuitslag.Besmet, naam);
            }

            logger.LogError("Virusscanner gaf een onverwacht antwoord: {Antwoord}", antwoord);
            return new Scanresultaat(Scanuitslag.Onbereikbaar, antwoord);
        }
        catch (Exception fout) when (fout is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(fout, "Virusscanner op {Adres} niet bereikbaar; upload geweigerd", adres);
            return new Scanresultaat(Scanuitslag.Onbereikbaar, fout.Message);
        }
    }

    /// <summary>"unix:/run/clamav/clamd.ctl" or "tcp://host:3310".</summary>
    private static async Task<Socket> VerbindAsync(string adres, CancellationToken cancellationToken)
    {
        if (adres.StartsWith("unix:", StringComparison.Ordinal))
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(adres["unix:".Length..]), cancellationToken);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        var uri = new Uri(adres);
        var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await tcp.ConnectAsync(uri.Host, uri.Port, cancellationToken);
            return tcp;
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    private static async Task<string> LeesAntwoordAsync(NetworkStream stroom, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        var antwoord = new StringBuilder();
        int gelezen;
        while ((gelezen = await stroom.ReadAsync(buffer, cancellationToken)) > 0)
        {
            antwoord.Append(Encoding.UTF8.GetString(buffer, 0, gelezen));
            if (buffer[gelezen - 1] == 0)
            {
                break;
            }
        }

        return antwoord.ToString();
    }
}
