using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// A software authenticator, as a phone or security key would answer the browser: a P-256 key pair, a credential id,
/// attestation "none" and ES256 assertions (WebAuthn level 3). The app verifies what it produces with Identity's own
/// passkey handler, exactly as it verifies a real device.
/// </summary>
public sealed class Passkeysleutel : IDisposable
{
    private readonly ECDsa sleutel = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] credentialId = RandomNumberGenerator.GetBytes(32);
    private uint teller;
    private string gebruikershandle = "";

    /// <summary>The browser's origin; a passkey answers only for the site it was made for.</summary>
    public string Herkomst { get; init; } = "http://localhost";

    /// <summary>The JSON of navigator.credentials.create() for these creation options.</summary>
    public string Maak(string optiesJson)
    {
        var opties = JsonNode.Parse(optiesJson)!;
        gebruikershandle = (string)opties["user"]!["id"]!;
        var clientData = ClientData("webauthn.create", (string)opties["challenge"]!);
        var parameters = sleutel.ExportParameters(includePrivateParameters: false);
        byte[] coseSleutel = [0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20, .. parameters.Q.X!, 0x22, 0x58, 0x20, .. parameters.Q.Y!];
        byte[] authData =
        [
            .. RpIdHash(opties["rp"]?["id"]), 0x45, .. Teller(0), .. new byte[16],
            (byte)(credentialId.Length >> 8), (byte)credentialId.Length, .. credentialId, .. coseSleutel,
        ];
        byte[] attestatie =
        [
            0xA3, 0x63, .. "fmt"u8, 0x64, .. "none"u8, 0x67, .. "attStmt"u8, 0xA0, 0x68, .. "authData"u8,
            0x59, (byte)(authData.Length >> 8), (byte)authData.Length, .. authData,
        ];
        return JsonSerializer.Serialize(new
        {
            id = B64(credentialId),
            rawId = B64(credentialId),
            type = "public-key",
            authenticatorAttachment = "platform",
            response = new { clientDataJSON = B64(clientData), attestationObject = B64(attestatie), transports = new[] { "internal" } },
            clientExtensionResults = new { },
        });
    }

    /// <summary>The JSON of navigator.credentials.get() for these request options.</summary>
    public string Onderteken(string optiesJson)
    {
        var opties = JsonNode.Parse(optiesJson)!;
        var clientData = ClientData("webauthn.get", (string)opties["challenge"]!);
        byte[] authData = [.. RpIdHash(opties["rpId"]), 0x05, .. Teller(++teller)];
        var handtekening = sleutel.SignData([.. authData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return JsonSerializer.Serialize(new
        {
            id = B64(credentialId),
            rawId = B64(credentialId),
            type = "public-key",
            authenticatorAttachment = "platform",
            response = new { clientDataJSON = B64(clientData), authenticatorData = B64(authData), signature = B64(handtekening), userHandle = gebruikershandle },
            clientExtensionResults = new { },
        });
    }

    public void Dispose() => sleutel.Dispose();

    private byte[] ClientData(string soort, string challenge) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type = soort, challenge, origin = Herkomst, crossOrigin = false }));

    private byte[] RpIdHash(JsonNode? rpId) => SHA256.HashData(Encoding.UTF8.GetBytes((string?)rpId ?? new Uri(Herkomst).Host));

    private static byte[] Teller(uint waarde) => [(byte)(waarde >> 24), (byte)(waarde >> 16), (byte)(waarde >> 8), (byte)waarde];

    private static string B64(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);
}
