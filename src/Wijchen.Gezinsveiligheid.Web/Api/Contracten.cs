using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Api;

// The API's request and response bodies. Property names become camelCase and enum values camelCase strings (ApiJson);
// a field the contract does not name is refused, so nothing can be posted past it.

/// <summary>A warme overdracht offered in one call: the melding, the household, the veiligheidsbeoordeling and the offer.</summary>
public sealed class AanbodVerzoek
{
    /// <summary>The dossier's name, for example "Gezin De Vries".</summary>
    public string Naam { get; set; } = "";

    public MeldingVerzoek Melding { get; set; } = new();

    /// <summary>The whole household; the judgements and kindchecks refer to a member by its position here (0, 1, …).</summary>
    public List<GezinslidVerzoek> Gezinsleden { get; set; } = [];

    public BeoordelingVerzoek Veiligheidsbeoordeling { get; set; } = new();

    public OverdrachtVerzoek Overdracht { get; set; } = new();
}

public sealed class MeldingVerzoek
{
    public DateTimeOffset? OntvangenOp { get; set; }

    public SoortZorg? SoortZorg { get; set; }

    public string Omschrijving { get; set; } = "";

    public MelderVerzoek Melder { get; set; } = new();
}

public sealed class MelderVerzoek
{
    /// <summary>Empty, and not kept, when the melder is anonymous to Veilig Thuis too.</summary>
    public string Naam { get; set; } = "";

    public string Rol { get; set; } = "";

    public string Contact { get; set; } = "";

    public bool AnoniemNaarGezin { get; set; }

    public bool AnoniemVoorVeiligThuis { get; set; }
}

public sealed class GezinslidVerzoek
{
    public string Naam { get; set; } = "";

    public DateOnly? Geboortedatum { get; set; }

    /// <summary>Optional; nine digits that pass the elfproef.</summary>
    public string? Bsn { get; set; }

    public GezinslidRol? Rol { get; set; }

    public bool WoontInHuis { get; set; } = true;
}

public sealed class BeoordelingVerzoek
{
    public DateOnly? Datum { get; set; }

    public bool? AcuteOnveiligheid { get; set; }

    public bool? StructureleOnveiligheid { get; set; }

    /// <summary>A safety judgement for every child, optionally for adults.</summary>
    public List<OordeelVerzoek> Oordelen { get; set; } = [];

    /// <summary>The meldcode kindcheck for every adult.</summary>
    public List<KindcheckVerzoek> Kindchecks { get; set; } = [];

    public InstrumentVerzoek? Instrument { get; set; }

    public string Onderbouwing { get; set; } = "";
}

public sealed class OordeelVerzoek
{
    /// <summary>The member's position in <c>gezinsleden</c>.</summary>
    public int? Gezinslid { get; set; }

    public VeiligheidsOordeel? Oordeel { get; set; }

    public string? Toelichting { get; set; }
}

public sealed class KindcheckVerzoek
{
    /// <summary>The member's position in <c>gezinsleden</c>.</summary>
    public int? Gezinslid { get; set; }

    public bool? Afhankelijk { get; set; }

    public bool? KinderenVeilig { get; set; }

    public string? Toelichting { get; set; }
}

public sealed class InstrumentVerzoek
{
    /// <summary>LIRIK, ARIJ, CARE-NL or the name of another instrument.</summary>
    public string Naam { get; set; } = "";

    public string? Versie { get; set; }

    public string? Uitkomst { get; set; }
}

public sealed class OverdrachtVerzoek
{
    /// <summary>The wijkteam it is offered to (<c>GET /api/v1/wijkteams</c>).</summary>
    public Guid? TeamId { get; set; }

    public string Context { get; set; } = "";

    public string Contactpersoon { get; set; } = "";

    public List<VoorwaardeVerzoek> Voorwaarden { get; set; } = [];

    /// <summary>VT's monitoring moments in months after acceptance; absent means the regional agreement.</summary>
    public List<int>? MonitoringMaanden { get; set; }
}

public sealed class VoorwaardeVerzoek
{
    public string Omschrijving { get; set; } = "";

    public string VoorWie { get; set; } = "";

    public string Verantwoordelijke { get; set; } = "";
}

public sealed class IntrekkingVerzoek
{
    public string Reden { get; set; } = "";
}

/// <summary>The outcome of a monitoring moment: every voorwaarde of the accepted overdracht checked.</summary>
public sealed class MonitoringVerzoek
{
    public DateOnly? Datum { get; set; }

    public List<ControleVerzoek> Controles { get; set; } = [];
}

public sealed class ControleVerzoek
{
    public Guid? VoorwaardeId { get; set; }

    public Naleving? Naleving { get; set; }

    /// <summary>Required when the voorwaarde was not met.</summary>
    public string? Toelichting { get; set; }
}

/// <summary>Where an offer stands, as far as Veilig Thuis may know it.</summary>
public enum Overdrachtsstatus
{
    Aangeboden,
    GesprekGepland,
    GesprekGehouden,
    Geaccepteerd,
    Afgewezen,
    Ingetrokken,
}

public sealed record Overdrachtstand(
    Guid Id,
    string Kenmerk,
    Overdrachtsstatus Status,
    Wijkteam Wijkteam,
    DateTimeOffset AangebodenOp,
    DateTimeOffset? GesprekGeplandOp,
    DateTimeOffset? GesprekGehoudenOp,
    DateTimeOffset? BesluitOp,
    string? Reden,
    IReadOnlyList<int> MonitoringMaanden,
    IReadOnlyList<Voorwaardestand> Voorwaarden);

public sealed record Wijkteam(Guid Id, string Naam);

public sealed record Voorwaardestand(Guid Id, string Omschrijving, Naleving? LaatsteNaleving);

public sealed record Monitoringstand(string Kenmerk, int? MonitoringMaand, DateOnly Datum, DateOnly? VolgendMonitoringsmoment);
