using System.Net;

namespace Wijchen.Gezinsveiligheid.Web.Notificaties;

public enum Mailmodus
{
    /// <summary>No e-mail: notifications only in the app.</summary>
    Uit,

    /// <summary>Each e-mail as an .eml file in a folder (Development: App_Data/mail).</summary>
    Map,

    /// <summary>Sent over SMTP with MailKit.</summary>
    Smtp,
}

public enum Mailbeveiliging
{
    /// <summary>Plain connection upgraded with STARTTLS; refused when the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOpVerbinding,

    /// <summary>No TLS: only to a relay or catcher on this machine.</summary>
    Geen,
}

/// <summary>
/// Section <c>Mail</c>: how notifications leave the application by e-mail. The e-mails carry no personal data (kind,
/// kenmerk and a link only); the link starts with <see cref="AppAdres"/>.
/// </summary>
public sealed class MailInstellingen : IControleerbareInstellingen
{
    public const string Sectie = "Mail";

    public Mailmodus Modus { get; set; } = Mailmodus.Uit;

    /// <summary>Where the application is reached by its users, for the links in e-mails: https://gezinsveiligheid.wijchen.nl.</summary>
    public string AppAdres { get; set; } = "";

    public string Afzender { get; set; } = "";

    public string AfzenderNaam { get; set; } = "Gezinsveiligheid Wijchen";

    public string Host { get; set; } = "";

    public int Poort { get; set; } = 587;

    public Mailbeveiliging Beveiliging { get; set; } = Mailbeveiliging.StartTls;

    /// <summary>
    /// The SHA-256 of the mail server's certificate (hex), for an internal relay with its own certificate: that one
    /// certificate is trusted, and nothing else. Empty: the certificate must be valid for <see cref="Host"/> by the
    /// machine's trusted roots.
    /// </summary>
    public string ServerCertificaatSha256 { get; set; } = "";

    /// <summary>Empty: the server accepts mail without authentication (an internal relay that trusts our address).</summary>
    public string Gebruiker { get; set; } = "";

    public string Wachtwoord { get; set; } = "";

    /// <summary>For <see cref="Mailmodus.Map"/>: the folder; empty is <c>mail</c> in the data folder (filled in at start).</summary>
    public string Map { get; set; } = "";

    /// <summary>Seconds between rounds of the sender.</summary>
    public int IntervalSeconden { get; set; } = 15;

    public IEnumerable<string> Valideer()
    {
        if (Modus == Mailmodus.Uit)
        {
            yield break;
        }

        if (!Uri.TryCreate(AppAdres, UriKind.Absolute, out var app) || (app.Scheme != Uri.UriSchemeHttps && !(app.Scheme == Uri.UriSchemeHttp && app.IsLoopback)))
        {
            yield return "Mail:AppAdres moet het https-adres van de applicatie zijn (http alleen op deze machine).";
        }

        if (!MimeKit.MailboxAddress.TryParse(Afzender, out _) || !Afzender.Contains('@', StringComparison.Ordinal))
        {
            yield return "Mail:Afzender moet een e-mailadres zijn.";
        }

        if (IntervalSeconden is < 1 or > 3600)
        {
            yield return "Mail:IntervalSeconden moet tussen 1 en 3600 liggen.";
        }

        if (Modus != Mailmodus.Smtp)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return "Mail:Host ontbreekt.";
        }
        else if (Beveiliging == Mailbeveiliging.Geen && !IsLokaal(Host))
        {
            // E-mail with a link into the application must not cross a network in the clear, nor a password with it.
            yield return "Mail:Beveiliging Geen kan alleen naar een SMTP-server op deze machine; kies StartTls of SslOpVerbinding.";
        }

        if (Poort is < 1 or > 65535)
        {
            yield return "Mail:Poort moet tussen 1 en 65535 liggen.";
        }

        if (ServerCertificaatSha256.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(ServerCertificaatSha256, "^[0-9A-Fa-f]{64}$"))
        {
            yield return "Mail:ServerCertificaatSha256 moet 64 hexadecimale tekens zijn (SHA-256 van het certificaat).";
        }

        if (Gebruiker.Length > 0 && Wachtwoord.Length == 0)
        {
            yield return "Mail:Wachtwoord ontbreekt bij Mail:Gebruiker.";
        }
    }

    private static bool IsLokaal(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var adres) && IPAddress.IsLoopback(adres));
}
