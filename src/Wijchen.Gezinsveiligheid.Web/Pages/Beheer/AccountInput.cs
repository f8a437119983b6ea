using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Beheer;

/// <summary>Role and team of an account, and the rule that ties them: professionals belong to a team of their own organisation.</summary>
public class RolEnTeamInput
{
    public string Rol { get; set; } = "";

    public Guid? TeamId { get; set; }

    public static IReadOnlyList<SelectListItem> RolKeuzes { get; } = [new("Kies een rol", ""), .. Rollen.Alle.Select(r => new SelectListItem(Rollen.Weergave(r), r))];

    public static async Task<IReadOnlyList<SelectListItem>> TeamKeuzesAsync(AppDbContext db) =>
        [new("Geen team", ""), .. (await db.Teams.AsNoTracking().OrderBy(t => t.Naam).ToListAsync()).Select(t => new SelectListItem(t.Naam, t.Id.ToString()))];

    /// <summary>The checks that need the teams: adds a message next to the team field and returns false when the pair does not fit.</summary>
    public async Task<bool> PastBijTeamAsync(AppDbContext db, ModelStateDictionary modelState, string prefix)
    {
        var nodig = Rol switch
        {
            Rollen.VtMedewerker => Organisatie.VeiligThuis,
            Rollen.WijkteamMedewerker or Rollen.Teamleider => Organisatie.Gemeente,
            _ => (Organisatie?)null,
        };
        var team = TeamId is { } id ? await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id) : null;
        var fout = (nodig, team) switch
        {
            (_, null) when TeamId is not null => "Dit team bestaat niet.",
            ({ } organisatie, null) => organisatie == Organisatie.VeiligThuis ? "Een medewerker van Veilig Thuis hoort bij het team van Veilig Thuis." : "Kies het wijkteam van deze medewerker.",
            ({ } organisatie, { } gekozen) when gekozen.Organisatie != organisatie => organisatie == Organisatie.VeiligThuis ? "Kies een team van Veilig Thuis." : "Kies een wijkteam van de gemeente.",
            (null, not null) => "Deze rol werkt niet in een team en ziet geen dossiers; kies 'Geen team'.",
            _ => null,
        };
        if (fout is not null)
        {
            modelState.AddModelError($"{prefix}.{nameof(TeamId)}", fout);
        }

        return fout is null;
    }
}

public sealed class NieuwAccountInput : RolEnTeamInput
{
    public string Naam { get; set; } = "";

    public string Email { get; set; } = "";
}

public sealed class RolEnTeamValidator : AbstractValidator<RolEnTeamInput>
{
    public RolEnTeamValidator()
    {
        RuleFor(i => i.Rol).Must(r => Rollen.Alle.Contains(r)).WithMessage("Kies een rol.");
    }
}

public sealed class NieuwAccountValidator : AbstractValidator<NieuwAccountInput>
{
    public NieuwAccountValidator()
    {
        RuleFor(i => i.Naam).NotEmpty().WithMessage("Vul de naam in.").MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
        RuleFor(i => i.Email).NotEmpty().WithMessage("Vul het e-mailadres in.")
            .EmailAddress().WithMessage("Dit is geen geldig e-mailadres.").MaximumLength(256).WithMessage("Houd het e-mailadres korter dan 256 tekens.");
        Include(new RolEnTeamValidator());
    }
}
