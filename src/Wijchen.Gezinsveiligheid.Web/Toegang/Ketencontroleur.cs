namespace Wijchen.Gezinsveiligheid.Web.Toegang;

/// <summary>
/// Runs the chain check in the background, one at a time, and keeps how far it is and its last outcome. With millions
/// of rows the check takes minutes (docs/performance.md): no request could wait for it, and two officers starting it
/// together should not read the log twice.
/// </summary>
public sealed class Ketencontroleur(IServiceScopeFactory scopes, TimeProvider klok, ILogger<Ketencontroleur> logger)
{
    private readonly Lock slot = new();
    private Stand stand = new(false, null, 0, 0, null, null);

    /// <summary>What the page shows: a check running (with its progress), or the last outcome, or nothing yet.</summary>
    public sealed record Stand(bool Bezig, DateTimeOffset? Gestart, long Gecontroleerd, long Totaal, Ketencontrole? Uitslag, DateTimeOffset? Klaar)
    {
        public int Procent => Totaal == 0 ? 0 : (int)Math.Min(100, 100 * Gecontroleerd / Totaal);
    }

    public Stand Nu
    {
        get
        {
            lock (slot)
            {
                return stand;
            }
        }
    }

    /// <summary>Starts a check unless one is running; false when one was already running.</summary>
    public bool Start(long totaal)
    {
        lock (slot)
        {
            if (stand.Bezig)
            {
                return false;
            }

            stand = stand with { Bezig = true, Gestart = klok.GetUtcNow(), Gecontroleerd = 0, Totaal = totaal };
        }

        _ = Task.Run(ControleerAsync);
        return true;
    }

    private async Task ControleerAsync()
    {
        Ketencontrole? uitslag = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var toegangslog = scope.ServiceProvider.GetRequiredService<Toegangslog>();
            uitslag = await toegangslog.ControleerAsync(new Voortgang(this));
        }
        catch (Exception fout)
        {
            // The check is a reader: a failure (the database away) is reported, and the officer can start it again.
            logger.LogError(fout, "De ketencontrole van het toegangslog is afgebroken");
        }
        finally
        {
            lock (slot)
            {
                stand = stand with { Bezig = false, Uitslag = uitslag, Klaar = klok.GetUtcNow(), Gecontroleerd = uitslag?.GoedeRegels ?? stand.Gecontroleerd };
            }
        }
    }

    /// <summary>Reports synchronously: Progress&lt;T&gt; would post to the thread pool and could report after the end.</summary>
    private sealed class Voortgang(Ketencontroleur controleur) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (controleur.slot)
            {
                controleur.stand = controleur.stand with { Gecontroleerd = value };
            }
        }
    }
}
