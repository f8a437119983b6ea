namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>What an attachment is, chosen by the person who adds it.</summary>
public enum Bijlagecategorie
{
    Rapportage,
    Brief,
    Verslag,
    Foto,
    Overig,
}

/// <summary>The file types the app accepts, decided by the file's content (<c>Bijlagen/Bestandssoorten</c>), never by its name.</summary>
public enum Bestandssoort
{
    Pdf,
    Docx,
    Xlsx,
    Odt,
    Jpeg,
    Png,
}

/// <summary>
/// A document on a dossier, optionally tied to a part of it (a veiligheidsbeoordeling, plan version, MDO or evaluation).
/// Its content lives in <see cref="Bijlageversie"/>s; replacing adds a version and keeps the old ones. Deleting needs a
/// reason: the versions' files and keys are destroyed, this row stays as the record that it happened.
/// </summary>
public sealed class Bijlage
{
    public Guid Id { get; init; }

    public Guid DossierId { get; init; }

    public Bijlagecategorie Categorie { get; set; }

    public string Beschrijving { get; set; } = "";

    /// <summary>The part of the dossier it belongs to, if any, and how that part read when it was tied.</summary>
    public Guid? OnderdeelId { get; init; }

    public string? Onderdeel { get; init; }

    public DateTimeOffset ToegevoegdOp { get; init; }

    public string ToegevoegdDoorId { get; init; } = "";

    public string ToegevoegdDoorNaam { get; init; } = "";

    public DateTimeOffset? VerwijderdOp { get; set; }

    public string? VerwijderdDoorNaam { get; set; }

    public string? VerwijderReden { get; set; }

    public List<Bijlageversie> Versies { get; init; } = [];

    public Bijlageversie? Huidige => Versies.OrderByDescending(v => v.Nummer).FirstOrDefault();
}

/// <summary>
/// One version of an attachment's file: encrypted under <see cref="Opslagnaam"/> in the data directory with its own key,
/// which is stored here wrapped by the Data Protection key ring. <see cref="Sha256"/> is of the plaintext.
/// </summary>
public sealed class Bijlageversie
{
    public Guid Id { get; init; }

    public Guid BijlageId { get; init; }

    public int Nummer { get; init; }

    /// <summary>The cleaned name, with the extension of its real type.</summary>
    public string Bestandsnaam { get; init; } = "";

    public Bestandssoort Soort { get; init; }

    public long Grootte { get; init; }

    public string Sha256 { get; init; } = "";

    /// <summary>A random name under the data directory's <c>bijlagen</c> folder; null once destroyed.</summary>
    public string? Opslagnaam { get; set; }

    /// <summary>The file's AES key, protected by the key ring; null once destroyed (the file can then never be read again).</summary>
    public string? Sleutel { get; set; }

    public DateTimeOffset Op { get; init; }

    public string DoorNaam { get; init; } = "";
}
