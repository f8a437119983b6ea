namespace Wijchen.Gezinsveiligheid.Web.Bijlagen;

/// <summary>Section <c>Bijlagen</c>: how large an attachment may be and where ClamAV's daemon listens.</summary>
public sealed class BijlageInstellingen : IControleerbareInstellingen
{
    public const string Sectie = "Bijlagen";

    public int MaximumMegabytes { get; set; } = 25;

    /// <summary>clamd's socket: <c>unix:/pad/naar/clamd.ctl</c> (Debian: /run/clamav/clamd.ctl) or <c>tcp://host:3310</c>.</summary>
    public string Virusscanner { get; set; } = "unix:/run/clamav/clamd.ctl";

    public int ScannerTimeoutSeconden { get; set; } = 60;

    /// <summary>Where the encrypted files live; empty means the data directory's <c>bijlagen</c> folder.</summary>
    public string Map { get; set; } = "";

    public long MaximumBytes => MaximumMegabytes * 1024L * 1024L;

    public IEnumerable<string> Valideer()
    {
        if (MaximumMegabytes is < 1 or > 50)
        {
            yield return $"Bijlagen:MaximumMegabytes moet tussen 1 en 50 liggen (nu {MaximumMegabytes}).";
        }

        if (!Virusscanner.StartsWith("unix:/", StringComparison.Ordinal)
            && !(Uri.TryCreate(Virusscanner, UriKind.Absolute, out var uri) && uri.Scheme == "tcp" && uri.Port > 0))
        {
            yield return $"Bijlagen:Virusscanner moet 'unix:/pad/naar/clamd.ctl' of 'tcp://host:poort' zijn (nu '{Virusscanner}').";
        }

        if (ScannerTimeoutSeconden is < 1 or > 600)
        {
            yield return $"Bijlagen:ScannerTimeoutSeconden moet tussen 1 en 600 liggen (nu {ScannerTimeoutSeconden}).";
        }
    }
}
