using System.Collections.Frozen;

namespace Wijchen.Gezinsveiligheid.Domain;

/// <summary>
/// The one table of the lifecycle: (phase, action) → phase. The dossier's methods refuse every move not in it, and
/// the UI asks it which actions to offer. A move to the same phase records something without changing phase.
/// </summary>
public static class Transities
{
    // A later melding about the family joins its open dossier in any phase, never a second dossier (domain.md, "Meldingen").
    private static readonly DossierActie[] Huishouden = [DossierActie.GezinslidToevoegen, DossierActie.GezinslidWijzigen, DossierActie.MeldingToevoegen];

    private static readonly FrozenDictionary<(DossierFase Van, DossierActie Actie), DossierFase> Tabel = Bouw();

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

    private static FrozenDictionary<(DossierFase, DossierActie), DossierFase> Bouw()
    {
        var tabel = new Dictionary<(DossierFase, DossierActie), DossierFase>();

        void Overgang(DossierFase van, DossierActie actie, DossierFase naar) => tabel.Add((van, actie), naar);

        void Blijf(DossierFase fase, params DossierActie[] acties)
        {
            foreach (var actie in acties)
            {
                Overgang(fase, actie, fase);
            }
        }

        foreach (var open in Enum.GetValues<DossierFase>().Where(f => f != DossierFase.Afgesloten))
        {
            Blijf(open, Huishouden);
        }

        // Removing someone erases them from the household; only before anyone has been assessed.
        Blijf(DossierFase.Melding, DossierActie.GezinslidVerwijderen);
        Overgang(DossierFase.Melding, DossierActie.VeiligheidsbeoordelingVastleggen, DossierFase.Veiligheidsbeoordeling);

        // The VB's besluit decides which of these four may follow (checked by the dossier).
        Overgang(DossierFase.Veiligheidsbeoordeling, DossierActie.VoorwaardenEnVervolgStarten, DossierFase.VoorwaardenEnVervolg);
        Overgang(DossierFase.Veiligheidsbeoordeling, DossierActie.OnderzoekStarten, DossierFase.Onderzoek);
        Overgang(DossierFase.Veiligheidsbeoordeling, DossierActie.OverdrachtAanbieden, DossierFase.OverdrachtAangeboden);
        Overgang(DossierFase.Veiligheidsbeoordeling, DossierActie.BemoeienisBeeindigen, DossierFase.Afgesloten);

        Overgang(DossierFase.VoorwaardenEnVervolg, DossierActie.OverdrachtAanbieden, DossierFase.OverdrachtAangeboden);
        Overgang(DossierFase.VoorwaardenEnVervolg, DossierActie.BemoeienisBeeindigen, DossierFase.Afgesloten);

        Overgang(DossierFase.Onderzoek, DossierActie.VoorwaardenEnVervolgStarten, DossierFase.VoorwaardenEnVervolg);
        Overgang(DossierFase.Onderzoek, DossierActie.OverdrachtAanbieden, DossierFase.OverdrachtAangeboden);
        Overgang(DossierFase.Onderzoek, DossierActie.BemoeienisBeeindigen, DossierFase.Afgesloten);

        Overgang(DossierFase.OverdrachtAangeboden, DossierActie.GesprekPlannen, DossierFase.OverdrachtsgesprekGepland);
        Overgang(DossierFase.OverdrachtAangeboden, DossierActie.OverdrachtAfwijzen, DossierFase.Teruggelegd);
        Overgang(DossierFase.OverdrachtAangeboden, DossierActie.OverdrachtIntrekken, DossierFase.Teruggelegd);

        Blijf(DossierFase.OverdrachtsgesprekGepland, DossierActie.GesprekPlannen, DossierActie.GesprekVastleggen);
        Overgang(DossierFase.OverdrachtsgesprekGepland, DossierActie.OverdrachtAccepteren, DossierFase.Casusregie);
        Overgang(DossierFase.OverdrachtsgesprekGepland, DossierActie.OverdrachtAfwijzen, DossierFase.Teruggelegd);
        Overgang(DossierFase.OverdrachtsgesprekGepland, DossierActie.OverdrachtIntrekken, DossierFase.Teruggelegd);

        Blijf(DossierFase.Casusregie, DossierActie.CasusregisseurWisselen, DossierActie.AfsluitingVoorstellen, DossierActie.AfsluitingTerugsturen);
        // The casusregisseur's tools record work without changing phase (domain invariants 3–6).
        Blijf(DossierFase.Casusregie, DossierActie.NetwerkpartnerVastleggen, DossierActie.VeiligheidsplanOpstellen, DossierActie.VeiligheidsplanVaststellen,
            DossierActie.VeiligheidsplanVerspreiden, DossierActie.MdoPlannen, DossierActie.MdoVastleggen, DossierActie.MdoActieAfronden,
            DossierActie.EvaluatieVastleggen, DossierActie.VoorwaardenControleren);
        Overgang(DossierFase.Casusregie, DossierActie.Terugmelden, DossierFase.Opgeschaald);
        Overgang(DossierFase.Casusregie, DossierActie.AfsluitingGoedkeuren, DossierFase.Afgesloten);

        Overgang(DossierFase.Teruggelegd, DossierActie.OverdrachtAanbieden, DossierFase.OverdrachtAangeboden);
        Overgang(DossierFase.Teruggelegd, DossierActie.VoorwaardenEnVervolgStarten, DossierFase.VoorwaardenEnVervolg);
        Overgang(DossierFase.Teruggelegd, DossierActie.OnderzoekStarten, DossierFase.Onderzoek);
        Overgang(DossierFase.Teruggelegd, DossierActie.BemoeienisBeeindigen, DossierFase.Afgesloten);

        Overgang(DossierFase.Opgeschaald, DossierActie.VeiligheidsbeoordelingVastleggen, DossierFase.Veiligheidsbeoordeling);

        return tabel.ToFrozenDictionary();
    }
}
