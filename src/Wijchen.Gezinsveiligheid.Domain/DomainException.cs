namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// A refused domain action. The message is Dutch and written for the user who tried it. <see cref="Veld"/> names the
/// field of the action's data (as in the data record, such as <c>GehoudenOp</c>) that the refusal is about, so a form
/// can show the message next to that field.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message)
    {
    }

    public DomainException(string message, string veld) : base(message) => Veld = veld;

    public string? Veld { get; }

    public DomainException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DomainException()
    {
    }
}
