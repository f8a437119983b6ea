namespace Wijchen.Gezinsveiligheid.Web.Identity;

/// <summary>
/// How an account is protected against guessing without handing an attacker a lever to keep its owner out (ADR 0013).
/// Every attempt at a secret of the account (password, code, recovery code) counts before it is checked; the count lives
/// on the account in the database, so every instance sees it. The first <see cref="VrijePogingen"/> failures cost
/// nothing; from then on each failure makes the next attempt wait longer, up to <see cref="LangsteWachttijd"/>; after
/// <see cref="Blokkeren"/> consecutive failures (NIST SP 800-63B's upper bound) the account is blocked until a beheerder
/// lifts it. A complete sign-in (password and second factor, or a passkey) sets the count back to zero. A browser in
/// which the owner completed a sign-in before (<see cref="VertrouwdApparaat"/>) is not held up by waits or the block
/// that failures elsewhere caused.
/// </summary>
public static class Aanmeldremming
{
    public const int VrijePogingen = 5;

    public const int Blokkeren = 100;

    public static readonly TimeSpan LangsteWachttijd = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The lockout end of an account blocked after <see cref="Blokkeren"/> failures. Not <see cref="DateTimeOffset.MaxValue"/>,
    /// which marks an account a beheerder switched off: a trusted browser still opens a blocked account, never a disabled one.
    /// </summary>
    public static readonly DateTimeOffset Blokkade = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Until when the account waits after <paramref name="mislukt"/> consecutive failures: one minute, doubling.</summary>
    public static DateTimeOffset? WachtenTot(int mislukt, DateTimeOffset nu) => mislukt switch
    {
        < VrijePogingen => null,
        >= Blokkeren => Blokkade,
        _ => nu + Wachttijd(mislukt),
    };

    public static TimeSpan Wachttijd(int mislukt) =>
        mislukt < VrijePogingen ? TimeSpan.Zero
        : mislukt - VrijePogingen >= 4 ? LangsteWachttijd
        : TimeSpan.FromMinutes(1 << (mislukt - VrijePogingen));

    /// <summary>Switched off by a beheerder: nothing opens the account, not even a trusted browser.</summary>
    public static bool IsUitgeschakeld(DateTimeOffset? lockoutEnd) => lockoutEnd == DateTimeOffset.MaxValue;

    public static bool IsGeblokkeerd(DateTimeOffset? lockoutEnd) => lockoutEnd == Blokkade;
}
