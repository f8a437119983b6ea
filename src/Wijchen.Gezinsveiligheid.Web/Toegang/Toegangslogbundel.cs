using System.Threading.Channels;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Toegang;

/// <summary>
/// Group commit for the access-log rows of reads. Every page that shows dossier data writes a row, and SQLite has one
/// writer at a time: with sixteen people reading, each read queued behind fifteen short transactions, and a real change
/// (a new melding) behind all of them. Here the rows that arrive while one group is being written wait together and go
/// into the chain in the next transaction, one lock for all of them. Each caller still waits until its own row is
/// committed, so the guarantee is unchanged: a page whose access was not logged shows nothing.
/// </summary>
public sealed class Toegangslogbundel : IAsyncDisposable
{
    /// <summary>More than a busy region's readers at one moment; bounds one transaction.</summary>
    public const int GrootsteGroep = 256;

    private readonly Channel<Wachtend> wachtrij = Channel.CreateUnbounded<Wachtend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory scopes;
    private readonly Task schrijver;

    public Toegangslogbundel(IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        schrijver = Task.Run(SchrijfDoorlopendAsync);
    }

    /// <summary>How many transactions wrote how many rows since the start: for the tests and the benchmark's reasoning.</summary>
    public (long Transacties, long Regels) Geschreven => (Interlocked.Read(ref transacties), Interlocked.Read(ref regels));

    private long transacties;
    private long regels;

    internal Task SchrijfAsync(Toegangsgebeurtenis toegang)
    {
        var wachtend = new Wachtend(toegang, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return wachtrij.Writer.TryWrite(wachtend) ? wachtend.Klaar.Task : Task.FromException(new ObjectDisposedException(nameof(Toegangslogbundel)));
    }

    public async ValueTask DisposeAsync()
    {
        wachtrij.Writer.TryComplete();
        await schrijver;
    }

    private async Task SchrijfDoorlopendAsync()
    {
        var groep = new List<Wachtend>(GrootsteGroep);
        while (await wachtrij.Reader.WaitToReadAsync())
        {
            groep.Clear();
            while (groep.Count < GrootsteGroep && wachtrij.Reader.TryRead(out var wachtend))
            {
                groep.Add(wachtend);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await Toegangslog.VoegToeAsync(db, [.. groep.Select(w => w.Toegang)]);
                Interlocked.Increment(ref transacties);
                Interlocked.Add(ref regels, groep.Count);
                groep.ForEach(w => w.Klaar.SetResult());
            }
            catch (Exception fout)
            {
                // Every page of the group shows the error page: none of their rows is in the log.
                groep.ForEach(w => w.Klaar.SetException(fout));
            }
        }
    }

    private sealed record Wachtend(Toegangsgebeurtenis Toegang, TaskCompletionSource Klaar);
}
