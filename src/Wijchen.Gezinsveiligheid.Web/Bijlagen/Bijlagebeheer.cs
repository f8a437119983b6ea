using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Bijlagen;

/// <summary>A file as it arrived: the name the user's computer gave it and its bytes.</summary>
public sealed record Upload(string? Naam, byte[] Inhoud);

/// <summary>A file that passed every check, ready to store; or the reason it did not, for next to the file field.</summary>
public sealed record Bestandskeuring(Bestandssoort? Soort, string? Bestandsnaam, string? Weigering)
{
    public bool Goedgekeurd => Weigering is null;
}

/// <summary>
/// Adding, replacing, reading and deleting attachments. A file is checked in this order — present, not too large,
/// scanned clean by ClamAV, one of the accepted types by its content — and only then encrypted and stored; every
/// refusal stores nothing. Who may change attachments: Veilig Thuis and the dossier's wijkteam, while it is open.
/// Reading follows the dossier's need-to-know (the page opens the dossier first).
/// </summary>
public sealed class Bijlagebeheer(AppDbContext db, Virusscanner scanner, Bijlagekluis kluis, IOptions<BijlageInstellingen> instellingen, TimeProvider klok)
{
    public long MaximumBytes => instellingen.Value.MaximumBytes;

    public string MaximumTekst => $"{instellingen.Value.MaximumMegabytes} MB";

    public static bool MagWijzigen(ClaimsPrincipal user, Dossier dossier) =>
        dossier.IsOpen && user.AlsMedewerker() is { } medewerker
        && (medewerker.Functies.HasFlag(Functie.VeiligThuis)
            || (dossier.WijkteamId is { } team && medewerker.TeamId == team && (medewerker.Functies & (Functie.Wijkteam | Functie.Teamleider)) != 0));

    public async Task<Bestandskeuring> KeurAsync(Upload? upload, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Inhoud.Length == 0)
        {
            return Geweigerd("Kies een bestand om toe te voegen.");
        }

        if (TeGroot(upload.Inhoud.LongLength) is { } teGroot)
        {
            return Geweigerd(teGroot);
        }

        var scan = await scanner.ScanAsync(upload.Inhoud, cancellationToken);
        switch (scan.Uitslag)
        {
            case Scanuitslag.Besmet:
                return Geweigerd("De virusscanner vond schadelijke inhoud in dit bestand. Het is niet opgeslagen. Neem contact op met de functioneel beheerder.");
            case Scanuitslag.Onbereikbaar:
                return Geweigerd("De virusscanner is nu niet bereikbaar, dus het bestand is niet opgeslagen. Probeer het over een paar minuten opnieuw.");
        }

        if (Bestandssoorten.Herken(upload.Inhoud) is not { } soort)
        {
            return Geweigerd($"Dit bestand is geen {Bestandssoorten.Opsomming} (de app kijkt naar de inhoud, niet naar de naam). Sla het op als PDF en probeer het opnieuw.");
        }

        return new Bestandskeuring(soort, Bestandssoorten.SchoneNaam(upload.Naam, soort), null);
    }

    /// <summary>The refusal for a file of this size, or null; pages ask it before reading a large upload into memory.</summary>
    public string? TeGroot(long bytes) => bytes > MaximumBytes
        ? $"Het bestand is {Grootte(bytes)}; de grens is {MaximumTekst}. Verklein het (bijvoorbeeld een foto) of splits het."
        : null;

    /// <summary>
    /// Saves a new version's row (with whatever else <paramref name="opslaan"/> saves in its transaction); when that
    /// fails, the encrypted file that was already written is removed again.
    /// </summary>
    public async Task BewaarAsync(Bijlageversie versie, Func<Task> opslaan)
    {
        try
        {
            await opslaan();
        }
        catch
        {
            RuimOp(versie);
            throw;
        }
    }

    /// <summary>A new version of <paramref name="bijlage"/> with the approved file, encrypted on disk; the caller saves.</summary>
    public async Task<Bijlageversie> MaakVersieAsync(Bijlage bijlage, Upload upload, Bestandskeuring keuring, string doorNaam, CancellationToken cancellationToken = default)
    {
        var id = Guid.CreateVersion7(klok.GetUtcNow());
        var (opslagnaam, sleutel) = await kluis.BewaarAsync(id, upload.Inhoud, cancellationToken);
        var versie = new Bijlageversie
        {
            Id = id, BijlageId = bijlage.Id, Nummer = bijlage.Versies.Count == 0 ? 1 : bijlage.Versies.Max(v => v.Nummer) + 1,
            Bestandsnaam = keuring.Bestandsnaam!, Soort = keuring.Soort!.Value, Grootte = upload.Inhoud.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Inhoud)), Opslagnaam = opslagnaam, Sleutel = sleutel,
            Op = klok.GetUtcNow(), DoorNaam = doorNaam,
        };
        bijlage.Versies.Add(versie);
        return versie;
    }

    /// <summary>Removes a stored file that never got its row (the save after it failed).</summary>
    private void RuimOp(Bijlageversie versie)
    {
        if (versie.Opslagnaam is { } naam)
        {
            kluis.Vernietig(naam);
        }
    }

    /// <summary>The plaintext of a version, checked against the SHA-256 recorded when it was added.</summary>
    public async Task<byte[]> LeesAsync(Bijlageversie versie, CancellationToken cancellationToken = default)
    {
        if (versie.Opslagnaam is not { } opslagnaam || versie.Sleutel is not { } sleutel)
        {
            throw new InvalidOperationException("Deze versie is vernietigd.");
        }

        var inhoud = await kluis.LeesAsync(versie.Id, opslagnaam, sleutel, cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(inhoud)) == versie.Sha256
            ? inhoud
            : throw new CryptographicException($"Bijlageversie {versie.Id} komt niet overeen met de vastgelegde SHA-256.");
    }

    /// <summary>
    /// Deletes an attachment: every version's file and key are destroyed, the row keeps who, when and why. The caller
    /// saves; the files go after the save, so a failed save leaves the attachment whole.
    /// </summary>
    public IReadOnlyList<string> Verwijder(Bijlage bijlage, string reden, string doorNaam)
    {
        bijlage.VerwijderdOp = klok.GetUtcNow();
        bijlage.VerwijderdDoorNaam = doorNaam;
        bijlage.VerwijderReden = reden.Trim();
        var bestanden = bijlage.Versies.Where(v => v.Opslagnaam is not null).Select(v => v.Opslagnaam!).ToList();
        foreach (var versie in bijlage.Versies)
        {
            versie.Opslagnaam = null;
            versie.Sleutel = null;
        }

        return bestanden;
    }

    /// <summary>Destroys files whose rows no longer point at them (after a delete or a dossier's destruction).</summary>
    public void VernietigBestanden(IEnumerable<string> opslagnamen)
    {
        foreach (var naam in opslagnamen)
        {
            kluis.Vernietig(naam);
        }
    }

    /// <summary>The storage names of every file of a dossier, for its destruction.</summary>
    public Task<List<string>> BestandenVanAsync(Guid dossierId, CancellationToken cancellationToken = default) =>
        db.Set<Bijlageversie>().Where(v => v.Opslagnaam != null && db.Bijlagen.Any(b => b.Id == v.BijlageId && b.DossierId == dossierId))
            .Select(v => v.Opslagnaam!).ToListAsync(cancellationToken);

    public static string Grootte(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0).ToString(Datumtekst.Nederlands)} kB",
        _ => $"{(bytes / (1024.0 * 1024.0)).ToString("0.#", Datumtekst.Nederlands)} MB",
    };

    private static Bestandskeuring Geweigerd(string reden) => new(null, null, reden);
}
