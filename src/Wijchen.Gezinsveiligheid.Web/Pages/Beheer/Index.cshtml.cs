using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Beheer;

/// <summary>
/// Every account with its role, team, state and last sign-in: the list for managing accounts and, printed, for the
/// yearly access review ("heeft iedereen nog de rol die past bij zijn werk?").
/// </summary>
[Authorize(Policy = Beleid.Beheer)]
public sealed class IndexModel(AppDbContext db, TimeProvider klok) : PageModel
{
    /// <summary>An account unused for this long is flagged in the review: perhaps it should be disabled.</summary>
    public const int OngebruiktDagen = 90;

    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public DateTimeOffset Nu { get; private set; }

    public async Task OnGetAsync()
    {
        Nu = klok.GetUtcNow();
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, Team = u.Team == null ? null : u.Team.Naam, u.LockoutEnd, u.TwoFactorEnabled, u.PasswordHash, u.LaatsteAanmelding })
            .ToListAsync();
        var rollen = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        Accounts = [.. accounts.Select(a => new Account(
            a.Id, a.DisplayName, a.Email ?? "", [.. rollen.Where(r => r.UserId == a.Id).Select(r => Rollen.Weergave(r.Name!))], a.Team,
            Gebruikersbeheer.Staat(a.LockoutEnd, a.PasswordHash, Nu), a.TwoFactorEnabled, a.LaatsteAanmelding))];
    }

    public bool IsOngebruikt(Account account) => account.LaatsteAanmelding is not { } op || Nu - op > TimeSpan.FromDays(OngebruiktDagen);

    public sealed record Account(string Id, string Naam, string Email, IReadOnlyList<string> Rollen, string? Team, string Staat, bool Tweestaps, DateTimeOffset? LaatsteAanmelding);
}
