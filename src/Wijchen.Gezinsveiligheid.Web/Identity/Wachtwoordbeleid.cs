using Microsoft.AspNetCore.Identity;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>
/// ASVS 6.2: at least 12 characters (Identity's own check), at most 128 so that long passphrases fit, no composition
/// rules, and none of the common passwords in <c>Wachtwoorden/veelgebruikt.txt</c> (compared without case).
/// </summary>
public sealed class Wachtwoordbeleid : IPasswordValidator<ApplicationUser>
{
    public const int MinimaleLengte = 12;
    public const int MaximaleLengte = 128;

    private static readonly Lazy<HashSet<string>> Veelgebruikt = new(Lees);

    public static bool IsVeelgebruikt(string wachtwoord) => Veelgebruikt.Value.Contains(wachtwoord.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var wachtwoord = password ?? "";
        IdentityError? fout = wachtwoord.Length > MaximaleLengte
            ? new() { Code = "WachtwoordTeLang", Description = $"Een wachtwoord is hoogstens {MaximaleLengte} tekens lang." }
            : IsVeelgebruikt(wachtwoord)
                ? new() { Code = "WachtwoordVeelgebruikt", Description = "Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden." }
                : null;
        return Task.FromResult(fout is null ? IdentityResult.Success : IdentityResult.Failed(fout));
    }

    private static HashSet<string> Lees()
    {
        using var bron = typeof(Wachtwoordbeleid).Assembly.GetManifestResourceStream("Wijchen.Gezinsveiligheid.Web.Wachtwoorden.veelgebruikt.txt")
            ?? throw new InvalidOperationException("De lijst van veelgebruikte wachtwoorden ontbreekt in de build.");
        using var lezer = new StreamReader(bron);
        var lijst = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (lezer.ReadLine() is { } regel)
        {
            if (regel.Length > 0)
            {
                lijst.Add(regel);
            }
        }

        return lijst;
    }
}

/// <summary>Identity's messages that a user can meet, in Dutch.</summary>
public sealed class NederlandseIdentityFouten : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Een wachtwoord is minstens {length} tekens lang." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Deze link is verlopen of al gebruikt. Vraag de beheerder om een nieuwe." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "Er is al een account met dit e-mailadres." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "Er is al een account met dit e-mailadres." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Dit is geen geldig e-mailadres." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "Dit e-mailadres kan niet als gebruikersnaam dienen." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders heeft dit account intussen gewijzigd. Laad de pagina opnieuw." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Dit is niet gelukt. Probeer het opnieuw." };
}
