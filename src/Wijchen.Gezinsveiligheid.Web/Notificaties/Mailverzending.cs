using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Notificaties;

/// <summary>
/// Sends the e-mail outbox: over SMTP with MailKit (STARTTLS or TLS, authentication when configured), or in
/// Development as .eml files in a folder, through <see cref="Outbox"/>: claimed per message, retried with growing waits
/// for a day, then failed; the beheerder sees waiting and failed messages (Beheer → E-mail) and can send one again. A
/// message sent whose success could not be recorded goes again: a notification twice by e-mail is better than none.
/// </summary>
public sealed class Mailverzending(IServiceScopeFactory scopes, IOptions<MailInstellingen> instellingen, TimeProvider klok, ILogger<Mailverzending> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (instellingen.Value.Modus == Mailmodus.Uit)
        {
            return;
        }

        // Real time between rounds; which messages are due follows the application's clock.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(instellingen.Value.IntervalSeconden));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await VerstuurAsync(stoppingToken);
            }
            catch (Exception fout) when (fout is not OperationCanceledException)
            {
                logger.LogError(fout, "E-mail versturen mislukt; de volgende ronde probeert het opnieuw");
            }
        }
    }

    /// <summary>One round: sends every due message once, over one connection. Returns how many were sent.</summary>
    public async Task<int> VerstuurAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var verbinding = new Verbinding(instellingen.Value);
        return await Outbox.VerstuurAsync(db.Mailberichten, klok, 100, verbinding.StuurAsync,
            (bericht, pogingen, fout) => logger.LogWarning("E-mail {Id} opgegeven na {Pogingen} pogingen: {Fout}", bericht.Id, pogingen, fout),
            cancellationToken);
    }

    /// <summary>One SMTP connection for a round, opened at the first message; a broken one is opened again for the next.</summary>
    private sealed class Verbinding(MailInstellingen instellingen) : IDisposable
    {
        private readonly SmtpClient smtp = Client(instellingen);

        private static SmtpClient Client(MailInstellingen instellingen)
        {
            var client = new SmtpClient { Timeout = 30_000 };
            if (instellingen.ServerCertificaatSha256.Length > 0)
            {
                // Only that exact certificate is trusted, in place of the chain and name checks; TLS itself is as always.
                var vastgepind = Convert.FromHexString(instellingen.ServerCertificaatSha256);
                client.ServerCertificateValidationCallback = (_, certificaat, _, _) =>
                    certificaat is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                        System.Security.Cryptography.SHA256.HashData(certificaat.GetRawCertData()), vastgepind);
            }

            return client;
        }

        public async Task<string?> StuurAsync(Mailbericht bericht, CancellationToken cancellationToken)
        {
            var mime = new MimeMessage();
            mime.From.Add(new MailboxAddress(instellingen.AfzenderNaam, instellingen.Afzender));
            mime.To.Add(MailboxAddress.Parse(bericht.Adres));
            mime.Subject = bericht.Onderwerp;
            // The outbox id as Message-Id: a mail server or the receiver can recognise a message sent twice.
            mime.MessageId = $"{bericht.Id:N}@gezinsveiligheid";
            mime.Date = bericht.AangemaaktOp;
            mime.Body = new TextPart("plain") { Text = bericht.Tekst };
            try
            {
                if (instellingen.Modus == Mailmodus.Map)
                {
                    Directory.CreateDirectory(instellingen.Map);
                    await mime.WriteToAsync(Path.Combine(instellingen.Map, $"{bericht.AangemaaktOp:yyyyMMdd-HHmmss}-{bericht.Id:N}.eml"), cancellationToken);
                    return null;
                }

                if (!smtp.IsConnected)
                {
                    var beveiliging = instellingen.Beveiliging switch
                    {
                        Mailbeveiliging.SslOpVerbinding => SecureSocketOptions.SslOnConnect,
                        Mailbeveiliging.Geen => SecureSocketOptions.None,
                        _ => SecureSocketOptions.StartTls,
                    };
                    await smtp.ConnectAsync(instellingen.Host, instellingen.Poort, beveiliging, cancellationToken);
                    if (instellingen.Gebruiker.Length > 0)
                    {
                        await smtp.AuthenticateAsync(instellingen.Gebruiker, instellingen.Wachtwoord, cancellationToken);
                    }
                }

                await smtp.SendAsync(mime, cancellationToken);
                return null;
            }
            // Whatever went wrong with this message (network, TLS, authentication, the server's answer) is its last error,
            // for the beheerder to read; only stopping the app ends the round.
            catch (Exception fout) when (!cancellationToken.IsCancellationRequested)
            {
                if (smtp.IsConnected)
                {
                    await smtp.DisconnectAsync(quit: false, CancellationToken.None);
                }

                var reden = fout.InnerException is { } oorzaak ? $"{fout.Message} ({oorzaak.Message})" : fout.Message;
                return reden.Length <= 400 ? reden : reden[..400];
            }
        }

        public void Dispose()
        {
            if (smtp.IsConnected)
            {
                smtp.Disconnect(quit: true);
            }

            smtp.Dispose();
        }
    }
}
