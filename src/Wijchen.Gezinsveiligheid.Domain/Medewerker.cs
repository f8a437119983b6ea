namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>The organisation a professional works for; regie is always held by one of these.</summary>
public enum Organisatie
{
    VeiligThuis,
    Gemeente,
}

/// <summary>A professional as the domain sees them: who acted, or who holds regie.</summary>
public sealed record Medewerker(string Id, string Naam, Organisatie Organisatie, Guid? TeamId)
{
    public bool IsVeiligThuis => Organisatie == Organisatie.VeiligThuis;

    /// <summary>What their roles let them do, for the catalogue's rights; only someone who acts needs it, not a regiehouder on record.</summary>
    public Functie Functies { get; init; }
}

/// <summary>Who does something, and when: every transition needs both, and the deadlines that follow from it.</summary>
public sealed record Handeling(Medewerker Door, DateTimeOffset Op, Termijnberekening Termijnen);
