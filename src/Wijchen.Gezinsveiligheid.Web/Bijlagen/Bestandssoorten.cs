using System.IO.Compression;
using System.Text;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Bijlagen;

/// <summary>
/// Which accepted type a file is, by its content: the signature at its start, and for the Office and OpenDocument
/// formats (all ZIP files) the parts inside. A renamed executable is none of them; a macro-enabled Word or Excel file is
/// refused too, because its macros would travel with it to whoever opens it.
/// </summary>
public static class Bestandssoorten
{
    public static readonly IReadOnlyList<Bestandssoort> Alle = Enum.GetValues<Bestandssoort>();

    public static string Extensie(this Bestandssoort soort) => soort switch
    {
        Bestandssoort.Pdf => ".pdf",
        Bestandssoort.Docx => ".docx",
        Bestandssoort.Xlsx => ".xlsx",
        Bestandssoort.Odt => ".odt",
        Bestandssoort.Jpeg => ".jpg",
        Bestandssoort.Png => ".png",
    };

    public static string Mediatype(this Bestandssoort soort) => soort switch
    {
        Bestandssoort.Pdf => "application/pdf",
        Bestandssoort.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Bestandssoort.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Bestandssoort.Odt => "application/vnd.oasis.opendocument.text",
        Bestandssoort.Jpeg => "image/jpeg",
        Bestandssoort.Png => "image/png",
    };

    public static string Naam(this Bestandssoort soort) => soort switch
    {
        Bestandssoort.Pdf => "PDF",
        Bestandssoort.Docx => "Word (DOCX)",
        Bestandssoort.Xlsx => "Excel (XLSX)",
        Bestandssoort.Odt => "OpenDocument-tekst (ODT)",
        Bestandssoort.Jpeg => "JPG-foto",
        Bestandssoort.Png => "PNG-afbeelding",
    };

    public static string Opsomming => "PDF, DOCX, XLSX, ODT, JPG of PNG";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The type the content is, or null when it is none the app accepts.</summary>
    public static Bestandssoort? Herken(ReadOnlyMemory<byte> inhoud)
    {
        var begin = inhoud.Span;
        if (begin.StartsWith(Pdf))
        {
            return Bestandssoort.Pdf;
        }

        if (begin.StartsWith(Png))
        {
            return Bestandssoort.Png;
        }

        if (begin.StartsWith(Jpeg))
        {
            return Bestandssoort.Jpeg;
        }

        return begin.StartsWith(Zip) ? ZipSoort(inhoud) : null;
    }

    private static Bestandssoort? ZipSoort(ReadOnlyMemory<byte> inhoud)
    {
        try
        {
            using var stroom = new MemoryStream(inhoud.ToArray(), writable: false);
            using var zip = new ZipArchive(stroom, ZipArchiveMode.Read);
            var namen = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (namen.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            if (namen.Contains("[Content_Types].xml") && namen.Contains("word/document.xml"))
            {
                return Bestandssoort.Docx;
            }

            if (namen.Contains("[Content_Types].xml") && namen.Contains("xl/workbook.xml"))
            {
                return Bestandssoort.Xlsx;
            }

            // OpenDocument puts its type, uncompressed, in an entry named "mimetype".
            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                using var lezer = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return lezer.ReadToEnd() == "application/vnd.oasis.opendocument.text" ? Bestandssoort.Odt : null;
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// The name to store and offer on download: no folders, no control or reserved characters, at most 120 characters,
    /// and the extension of the type the content really is.
    /// </summary>
    public static string SchoneNaam(string? naam, Bestandssoort soort)
    {
        var basis = Path.GetFileNameWithoutExtension((naam ?? "").Replace('\\', '/').Split('/')[^1]);
        var schoon = new StringBuilder();
        foreach (var teken in basis.Normalize(NormalizationForm.FormC))
        {
            schoon.Append(char.IsControl(teken) || "<>:\"/\\|?*;".Contains(teken, StringComparison.Ordinal) ? '_' : teken);
        }

        var tekst = schoon.ToString().Trim().Trim('.');
        if (tekst.Length == 0)
        {
            tekst = "bijlage";
        }

        return (tekst.Length > 120 ? tekst[..120] : tekst) + soort.Extensie();
    }
}
