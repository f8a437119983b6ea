using System.Security.Cryptography.X509Certificates;

namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// The key ring for cookies and antiforgery tokens lives in the database; outside Development it is stored encrypted
/// with a certificate (<c>DataProtection:Certificaat:Pad</c> to a PFX file, <c>DataProtection:Certificaat:Wachtwoord</c>),
/// so a copy of the database alone cannot forge a session. Without the setting the app does not start there.
/// </summary>
public static class Sleutelbescherming
{
    public const string Pad = "DataProtection:Certificaat:Pad";
    public const string Wachtwoord = "DataProtection:Certificaat:Wachtwoord";

    /// <summary>The certificate to encrypt the keys with, or null in Development without one (keys then stay readable, locally).</summary>
    public static X509Certificate2? Certificaat(IConfiguration configuration, IHostEnvironment omgeving)
    {
        var pad = configuration[Pad];
        if (string.IsNullOrWhiteSpace(pad))
        {
            return omgeving.IsDevelopment()
                ? null
                : throw new InvalidOperationException($"{Pad} ontbreekt. Buiten Development worden de sleutels voor sessies en formulieren versleuteld opgeslagen: geef een PFX-certificaat met privésleutel op.");
        }

        var certificaat = X509CertificateLoader.LoadPkcs12FromFile(pad, configuration[Wachtwoord]);
        return certificaat.HasPrivateKey
            ? certificaat
            : throw new InvalidOperationException($"Het certificaat in {Pad} heeft geen privésleutel; daarmee kunnen de sleutels niet worden ontsleuteld.");
    }
}
