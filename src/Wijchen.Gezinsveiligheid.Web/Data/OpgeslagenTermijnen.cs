namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>The regional agreements as the beheerder last saved them; without a row the configuration's values hold.</summary>
public sealed class OpgeslagenTermijnen
{
    public const int EnigeId = 1;

    public int Id { get; init; } = EnigeId;

    public string Json { get; set; } = "";

    public DateTimeOffset GewijzigdOp { get; set; }

    public string GewijzigdDoor { get; set; } = "";
}
