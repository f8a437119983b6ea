using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Toegang;

/// <summary>
/// The access-log row of one request. What opens a dossier (<see cref="Dossierinzage"/>) or lists dossier data notes
/// here what was accessed and how it ended; <see cref="ToegangslogFilter"/> writes the row when the page's handler is
/// done, before anything is shown. A change writes it earlier, inside its own transaction (<see cref="SchrijfAsync"/>),
/// so that the change and its row commit together. One request, one row: a later note replaces an earlier one.
/// </summary>
public sealed class Toegangsregistratie(Toegangslog log)
{
    private Notitie? notitie;
    private bool geschreven;

    public bool IsGenoteerd => notitie is not null;

    public void Noteer(
        Toegangssoort soort, string onderdeel, Guid? dossierId = null, Toegangsuitkomst uitkomst = Toegangsuitkomst.Toegestaan, Toegangsdoel doel = Toegangsdoel.Normaal)
    {
        notitie = new Notitie(soort, onderdeel, dossierId, uitkomst, doel);
        geschreven = false;
    }

    /// <summary>Drops the note of a request that failed: nothing was shown and nothing changed.</summary>
    public void Vergeet() => notitie = null;

    /// <summary>The outcome became known after the dossier was opened: refused, not found, not carried out.</summary>
    public void ZetUitkomst(Toegangsuitkomst uitkomst)
    {
        notitie = (notitie ?? throw new InvalidOperationException("Er is geen toegang genoteerd om een uitkomst bij te zetten.")) with { Uitkomst = uitkomst };
        geschreven = false;
    }

    /// <summary>
    /// Writes the noted row now (in the caller's transaction when there is one), once. A write that fails is not tried
    /// again (by the error page of the same request): the request ends in that error page and shows nothing it read.
    /// </summary>
    public async Task SchrijfAsync()
    {
        if (notitie is { } toegang && !geschreven)
        {
            geschreven = true;
            await log.SchrijfAsync(toegang.Soort, toegang.Onderdeel, toegang.DossierId, toegang.Uitkomst, toegang.Doel);
        }
    }

    private sealed record Notitie(Toegangssoort Soort, string Onderdeel, Guid? DossierId, Toegangsuitkomst Uitkomst, Toegangsdoel Doel);
}
