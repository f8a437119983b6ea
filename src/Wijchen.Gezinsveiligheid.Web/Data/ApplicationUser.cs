using Microsoft.AspNetCore.Identity;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>A staff account. Every professional belongs to one team; beheer and privacy roles may have none.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid? TeamId { get; set; }

    public Team? Team { get; set; }

    /// <summary>The RFC 6238 time step of the last authenticator code accepted: a code is never accepted twice.</summary>
    public long? LaatsteTotpStap { get; set; }

    /// <summary>The last complete sign-in (password and second factor), for the yearly access review.</summary>
    public DateTimeOffset? LaatsteAanmelding { get; set; }
}

/// <summary>A team within one of the two organisations: Veilig Thuis or one of the municipality's wijkteams.</summary>
public sealed class Team
{
    public Guid Id { get; set; }

    public string Naam { get; set; } = "";

    public Organisatie Organisatie { get; set; }
}
