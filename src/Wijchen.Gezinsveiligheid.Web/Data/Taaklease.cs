namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// Who may run a background task now, shared by every instance on this database: the holder until <see cref="Tot"/>,
/// and when the task last finished. A holder that stops without finishing loses the lease when it expires.
/// </summary>
public sealed class Taaklease
{
    public string Taak { get; init; } = "";

    public string? Houder { get; set; }

    public DateTimeOffset Tot { get; set; }

    public DateTimeOffset? LaatstGedaanOp { get; set; }
}
