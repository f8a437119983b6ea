using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>
/// What a beheerder does to accounts. Every change is written to the hash-chained log in the same transaction, and
/// every change that affects access renews the security stamp, so it applies on the account's very next request.
/// </summary>
public sealed class Gebruikersbeheer(AppDbContext db, UserManager<ApplicationUser> users, Toegangslog toegangslog)
{
    public static string Staat(DateTimeOffset? geblokkeerdTot, string? wachtwoordHash, DateTimeOffset nu) =>
        Aanmeldremming.IsUitgeschakeld(geblokkeerdTot) ? "uitgeschakeld"
        : wachtwoordHash is null ? "nog niet geactiveerd"
        : Aanmeldremming.IsGeblokkeerd(geblokkeerdTot) ? $"geblokkeerd na {Aanmeldremming.Blokkeren} foute pogingen op rij"
        : geblokkeerdTot > nu ? "wacht even na foute pogingen"
        : "actief";

    /// <summary>A new account without password or app: its owner opens the link, chooses a password, then links an app.</summary>
    public Task<(ApplicationUser? Account, IdentityResult Resultaat)> MaakAsync(string naam, string email, string rol, Guid? teamId) =>
        InTransactieAsync(async () =>
        {
            var account = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = naam, TeamId = teamId };
            var resultaat = await users.CreateAsync(account);
            if (!resultaat.Succeeded)
            {
                return ((ApplicationUser?)null, resultaat);
            }

            Verzeker(await users.AddToRoleAsync(account, rol));
            await LogAsync($"account aangemaakt: {email}, {Rollen.Weergave(rol)}");
            return (account, resultaat);
        });

    /// <summary>A one-time link (valid for a day, void once a password is set) to choose a new password.</summary>
    public async Task<string> ActiveringscodeAsync(ApplicationUser account)
    {
        var code = await users.GeneratePasswordResetTokenAsync(account);
        await toegangslog.SchrijfAsync(Toegangssoort.Wijzigen, Onderdeel($"activeringslink gemaakt voor {account.Email}"));
        return code;
    }

    public Task WijzigRolEnTeamAsync(ApplicationUser account, string rol, Guid? teamId) =>
        InTransactieAsync(async () =>
        {
            var huidige = await users.GetRolesAsync(account);
            Verzeker(await users.RemoveFromRolesAsync(account, huidige));
            Verzeker(await users.AddToRoleAsync(account, rol));
            account.TeamId = teamId;
            Verzeker(await users.UpdateSecurityStampAsync(account));
            var team = teamId is null ? "geen team" : await db.Teams.Where(t => t.Id == teamId).Select(t => t.Naam).SingleAsync();
            await LogAsync($"rol en team van {account.Email}: {Rollen.Weergave(rol)}, {team}");
            return true;
        });

    public Task SchakelUitAsync(ApplicationUser account) =>
        InTransactieAsync(async () =>
        {
            Verzeker(await users.SetLockoutEnabledAsync(account, true));
            Verzeker(await users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue));
            Verzeker(await users.UpdateSecurityStampAsync(account));
            await LogAsync($"account uitgeschakeld: {account.Email}");
            return true;
        });

    /// <summary>Switches a disabled account back on, or lifts the block after too many failures: either way a clean slate.</summary>
    public Task SchakelInAsync(ApplicationUser account) =>
        InTransactieAsync(async () =>
        {
            var wat = Aanmeldremming.IsGeblokkeerd(account.LockoutEnd) ? "blokkade opgeheven" : "account ingeschakeld";
            Verzeker(await users.SetLockoutEndDateAsync(account, null));
            Verzeker(await users.ResetAccessFailedCountAsync(account));
            await LogAsync($"{wat}: {account.Email}");
            return true;
        });

    /// <summary>For a lost phone: the old app and recovery codes stop working; the next sign-in links a new app.</summary>
    public Task ResetTweestapsAsync(ApplicationUser account) =>
        InTransactieAsync(async () =>
        {
            Verzeker(await users.SetTwoFactorEnabledAsync(account, false));
            Verzeker(await users.ResetAuthenticatorKeyAsync(account));
            // Replacing the recovery codes with none voids the old ones; new ones come with the new app.
            _ = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0);
            Verzeker(await users.UpdateSecurityStampAsync(account));
            await LogAsync($"tweestapsverificatie opnieuw in te stellen: {account.Email}");
            return true;
        });

    /// <summary>The access-log entry of a change to accounts, by beheer or by the municipality's groups.</summary>
    internal static string Onderdeel(string wat)
    {
        var tekst = $"Beheer: {wat}";
        return tekst.Length <= 200 ? tekst : tekst[..200];
    }

    private Task LogAsync(string wat) => toegangslog.SchrijfAsync(Toegangssoort.Wijzigen, Onderdeel(wat));

    private async Task<T> InTransactieAsync<T>(Func<Task<T>> werk)
    {
        await using var transactie = await db.Database.BeginTransactionAsync();
        var resultaat = await werk();
        await transactie.CommitAsync();
        return resultaat;
    }

    internal static void Verzeker(IdentityResult resultaat)
    {
        if (!resultaat.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", resultaat.Errors.Select(e => e.Description)));
        }
    }
}
