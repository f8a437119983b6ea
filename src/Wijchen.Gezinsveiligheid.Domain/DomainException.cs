namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>A refused domain action. The message is Dutch and written for the user who tried it.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message)
    {
    }

    public DomainException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DomainException()
    {
    }
}
