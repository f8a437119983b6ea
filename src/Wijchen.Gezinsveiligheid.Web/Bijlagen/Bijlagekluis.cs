using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Wijchen.Gezinsveiligheid.Web.Bijlagen;

/// <summary>
/// Attachments at rest: each file under a random name in a folder outside the web root, encrypted with AES-256-GCM
/// under its own random key. That key is stored with the version's row, protected by the Data Protection key ring,
/// which outside Development is itself encrypted with the operator's certificate: a copy of the folder, or of the
/// database, alone reads nothing. The version's id is the GCM associated data, so a file moved to another row fails
/// to decrypt instead of showing the wrong document.
/// </summary>
public sealed class Bijlagekluis(IDataProtectionProvider dataProtection, IOptions<BijlageInstellingen> instellingen)
{
    private static readonly byte[] Kop = "WGB1"u8.ToArray();
    private const int NonceLengte = 12;
    private const int TagLengte = 16;

    private readonly IDataProtector _beschermer = dataProtection.CreateProtector("Wijchen.Gezinsveiligheid.Bijlagen.Sleutel.v1");

    public string Map => instellingen.Value.Map;

    /// <summary>Encrypts and writes the file; returns its storage name and its protected key.</summary>
    public async Task<(string Opslagnaam, string Sleutel)> BewaarAsync(Guid versieId, ReadOnlyMemory<byte> inhoud, CancellationToken cancellationToken = default)
    {
        var sleutel = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(NonceLengte);
        var versleuteld = new byte[Kop.Length + NonceLengte + TagLengte + inhoud.Length];
        Kop.CopyTo(versleuteld, 0);
        nonce.CopyTo(versleuteld, Kop.Length);
        using (var aes = new AesGcm(sleutel, TagLengte))
        {
            aes.Encrypt(nonce, inhoud.Span, versleuteld.AsSpan(Kop.Length + NonceLengte + TagLengte), versleuteld.AsSpan(Kop.Length + NonceLengte, TagLengte), versieId.ToByteArray());
        }

        Directory.CreateDirectory(Map);
        var opslagnaam = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var pad = Path.Combine(Map, opslagnaam);
        var tijdelijk = pad + ".tmp";
        await File.WriteAllBytesAsync(tijdelijk, versleuteld, cancellationToken);
        File.Move(tijdelijk, pad);
        var beschermd = Convert.ToBase64String(_beschermer.Protect(sleutel));
        CryptographicOperations.ZeroMemory(sleutel);
        return (opslagnaam, beschermd);
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> when the file or key was tampered with.</summary>
    public async Task<byte[]> LeesAsync(Guid versieId, string opslagnaam, string beschermdeSleutel, CancellationToken cancellationToken = default)
    {
        var versleuteld = await File.ReadAllBytesAsync(Pad(opslagnaam), cancellationToken);
        if (versleuteld.Length < Kop.Length + NonceLengte + TagLengte || !versleuteld.AsSpan(0, Kop.Length).SequenceEqual(Kop))
        {
            throw new CryptographicException("Het bestand is geen versleutelde bijlage.");
        }

        var sleutel = _beschermer.Unprotect(Convert.FromBase64String(beschermdeSleutel));
        var inhoud = new byte[versleuteld.Length - Kop.Length - NonceLengte - TagLengte];
        using (var aes = new AesGcm(sleutel, TagLengte))
        {
            aes.Decrypt(versleuteld.AsSpan(Kop.Length, NonceLengte), versleuteld.AsSpan(Kop.Length + NonceLengte + TagLengte),
                versleuteld.AsSpan(Kop.Length + NonceLengte, TagLengte), inhoud, versieId.ToByteArray());
        }

        CryptographicOperations.ZeroMemory(sleutel);
        return inhoud;
    }

    public void Vernietig(string opslagnaam) => File.Delete(Pad(opslagnaam));

    public string Pad(string opslagnaam) =>
        opslagnaam.Length == 32 && opslagnaam.All(Uri.IsHexDigit)
            ? Path.Combine(Map, opslagnaam)
            : throw new ArgumentException("Ongeldige opslagnaam.", nameof(opslagnaam));
}
