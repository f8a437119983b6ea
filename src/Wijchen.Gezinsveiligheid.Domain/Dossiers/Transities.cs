using System.Collections.Frozen;

namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// The one table of the lifecycle: (phase, action) → phase, built from the moves each action declares in
/// <see cref="DossierActies"/>. The dossier's methods refuse every move not in it, and the UI asks it which actions to
/// offer. A move to the same phase records something without changing phase.
/// </summary>
public static class Transities
{
    private static readonly FrozenDictionary<(DossierFase Van, DossierActie Actie), DossierFase> Tabel =
        DossierActies.Alle.SelectMany(a => a.Overgangen.Select(o => KeyValuePair.Create((o.Van, a.Actie), o.Naar))).ToFrozenDictionary();

    public static IEnumerable<(DossierFase Van, DossierActie Actie, DossierFase Naar)> Alle =>
        Tabel.Select(t => (t.Key.Van, t.Key.Actie, t.Value)).OrderBy(t => t.Van).ThenBy(t => t.Actie);

    public static bool IsToegestaan(DossierFase fase, DossierActie actie) => Tabel.ContainsKey((fase, actie));

    public static IReadOnlyList<DossierActie> ActiesIn(DossierFase fase) =>
        [.. Enum.GetValues<DossierActie>().Where(a => IsToegestaan(fase, a))];

    /// <summary>The phase after <paramref name="actie"/>, or a refusal the user can read.</summary>
    public static DossierFase Naar(DossierFase fase, DossierActie actie) =>
        Tabel.TryGetValue((fase, actie), out var naar)
            ? naar
            : throw new DomainException($"'{actie.Naam()}' kan niet in de fase '{fase.Naam()}'.");
}
