using System.IO.Compression;
using System.Text;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Files as the tests upload them: small real documents made here.</summary>
public static class Testbestanden
{
    /// <summary>A small, valid PDF with a line of text that the tests can look for.</summary>
    public static byte[] Pdf(string tekst = "Rapportage van de school") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {tekst}\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A PDF that carries the EICAR test string: what the scanner must catch.</summary>
    public static byte[] PdfMetEicar() => Pdf(Clamd.Eicar);

    public static byte[] Zip(params (string Naam, string Inhoud)[] onderdelen)
    {
        using var geheugen = new MemoryStream();
        using (var zip = new ZipArchive(geheugen, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud) in onderdelen)
            {
                using var schrijver = new StreamWriter(zip.CreateEntry(naam).Open());
                schrijver.Write(inhoud);
            }
        }

        return geheugen.ToArray();
    }

    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
}
