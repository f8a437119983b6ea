using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Toegang;

/// <summary>
/// The NEN 7513 access log: one hash-chained row per access to dossier data. A row is written inside the caller's
/// transaction when there is one (a change and its row commit together), else together with the rows of the reads that
/// arrive at the same moment (<see cref="Toegangslogbundel"/>). Either way the caller waits until its row is committed:
/// if it cannot be written the exception reaches the error page, so a page whose access was not logged shows nothing.
/// </summary>
public sealed class Toegangslog(AppDbContext db, IHttpContextAccessor http, TimeProvider klok, Toegangslogbundel bundel)
{
    /// <summary>How often the chain check reports how far it is.</summary>
    public const int Voortgangsstap = 10_000;

    private const string Gemeente = "Gemeente Wijchen";

    public Task SchrijfAsync(
        Toegangssoort soort,
        string onderdeel,
        Guid? dossierId = null,
        Toegangsuitkomst uitkomst = Toegangsuitkomst.Toegestaan,
        Toegangsdoel doel = Toegangsdoel.Normaal)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Toegang wordt alleen binnen een verzoek gelogd.");
        var user = context.User;
        var wie = new Wie(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.Naam(),
            string.Join(", ", Rollen.Alle.Where(user.IsInRole).Select(Rollen.Weergave)),
            user.FindFirstValue(GezinsveiligheidClaims.TeamNaam) ?? Gemeente,
            context.Connection.RemoteIpAddress?.ToString() ?? "");
        return SchrijfAsync(wie, soort, onderdeel, dossierId, uitkomst, doel);
    }

    /// <summary>A row for what the application itself does without a person asking (the retention job).</summary>
    public Task SchrijfAlsSysteemAsync(string wie, Toegangssoort soort, string onderdeel, Guid? dossierId) =>
        SchrijfAsync(new Wie("systeem", wie, "Systeem", Gemeente, ""), soort, onderdeel, dossierId, Toegangsuitkomst.Toegestaan, Toegangsdoel.Normaal);

    private Task SchrijfAsync(Wie wie, Toegangssoort soort, string onderdeel, Guid? dossierId, Toegangsuitkomst uitkomst, Toegangsdoel doel)
    {
        var toegang = new Toegangsgebeurtenis(wie, klok.GetUtcNow(), soort, onderdeel, dossierId, uitkomst, doel);
        return db.Database.CurrentTransaction is null ? bundel.SchrijfAsync(toegang) : VoegToeAsync(db, [toegang]);
    }

    /// <summary>
    /// Appends rows to the chain inside the current transaction, or in one of its own. Taking the head row first is the
    /// lock: a second writer waits there until this transaction ends, on every provider.
    /// </summary>
    internal static async Task VoegToeAsync(AppDbContext db, IReadOnlyList<Toegangsgebeurtenis> toegangen)
    {
        var eigenTransactie = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        try
        {
            await db.ToegangslogKop.Where(k => k.Id == ToegangslogKop.EnigeId)
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.Volgnummer, x => x.Volgnummer + toegangen.Count));
            var kop = await db.ToegangslogKop.AsNoTracking().SingleAsync(k => k.Id == ToegangslogKop.EnigeId);
            var (volgnummer, vorigeHash) = (kop.Volgnummer - toegangen.Count, kop.Hash);
            foreach (var toegang in toegangen)
            {
                var regel = toegang.AlsRegel(++volgnummer, vorigeHash);
                db.Toegangslog.Add(regel);
                vorigeHash = regel.Hash;
            }

            await db.SaveChangesAsync();
            await db.ToegangslogKop.Where(k => k.Id == ToegangslogKop.EnigeId).ExecuteUpdateAsync(k => k.SetProperty(x => x.Hash, vorigeHash));
            if (eigenTransactie is not null)
            {
                await eigenTransactie.CommitAsync();
            }
        }
        finally
        {
            if (eigenTransactie is not null)
            {
                await eigenTransactie.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Walks the whole chain up to the head as it stands when the check begins: numbers without gaps from 1, each row's
    /// previous hash equal to the hash before it, each hash equal to the hash of the row's own fields, and the head naming
    /// the last row. Rows that pages add while the check runs come after that head and are left for the next check;
    /// reading the head at the end instead made a row committed in between look like a broken chain.
    /// </summary>
    public async Task<Ketencontrole> ControleerAsync(IProgress<long>? voortgang = null, CancellationToken cancellationToken = default)
    {
        var kop = await db.ToegangslogKop.AsNoTracking().SingleAsync(k => k.Id == ToegangslogKop.EnigeId, cancellationToken);
        var vorige = ToegangslogKop.BeginHash;
        long verwacht = 1;
        await foreach (var regel in db.Toegangslog.AsNoTracking().Where(r => r.Volgnummer <= kop.Volgnummer).OrderBy(r => r.Volgnummer)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (verwacht % Voortgangsstap == 0)
            {
                voortgang?.Report(verwacht);
            }

            var fout = regel.Volgnummer != verwacht ? $"regel {verwacht} ontbreekt"
                : regel.VorigeHash != vorige ? "de verwijzing naar de vorige regel klopt niet"
                : regel.Hash != Bereken(regel) ? "de inhoud van de regel is veranderd"
                : null;
            if (fout is not null)
            {
                return new Ketencontrole(false, verwacht - 1, Math.Min(regel.Volgnummer, verwacht), fout);
            }

            vorige = regel.Hash;
            verwacht++;
        }

        return kop.Volgnummer != verwacht - 1 || kop.Hash != vorige
            ? new Ketencontrole(false, verwacht - 1, verwacht, $"de keten eindigt bij regel {verwacht - 1}, maar de laatste geschreven regel is {kop.Volgnummer}")
            : new Ketencontrole(true, verwacht - 1, null, null, kop.Hash);
    }

    /// <summary>SHA-256 over every field, JSON-encoded so that no two different rows can give the same text.</summary>
    public static string Bereken(Toegangsregel regel)
    {
        string?[] velden =
        [
            regel.Volgnummer.ToString(CultureInfo.InvariantCulture),
            regel.Tijdstip.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            regel.Soort.ToString(),
            regel.Uitkomst.ToString(),
            regel.GebruikerId,
            regel.GebruikerNaam,
            regel.Rol,
            regel.Namens,
            regel.DossierId?.ToString("D"),
            regel.Onderdeel,
            regel.Herkomst,
            regel.Doel.ToString(),
            regel.VorigeHash,
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(velden))));
    }
}

/// <summary>Who a row names: a signed-in person, or the system.</summary>
internal sealed record Wie(string Id, string Naam, string Rol, string Namens, string Herkomst);

/// <summary>An access to log: a row before it has its place in the chain.</summary>
internal sealed record Toegangsgebeurtenis(Wie Wie, DateTimeOffset Tijdstip, Toegangssoort Soort, string Onderdeel, Guid? DossierId, Toegangsuitkomst Uitkomst, Toegangsdoel Doel)
{
    public Toegangsregel AlsRegel(long volgnummer, string vorigeHash)
    {
        var regel = new Toegangsregel
        {
            Volgnummer = volgnummer,
            Tijdstip = Tijdstip,
            Soort = Soort,
            Uitkomst = Uitkomst,
            GebruikerId = Wie.Id,
            GebruikerNaam = Wie.Naam,
            Rol = Wie.Rol,
            Namens = Wie.Namens,
            DossierId = DossierId,
            Onderdeel = Onderdeel,
            Herkomst = Wie.Herkomst,
            Doel = Doel,
            VorigeHash = vorigeHash,
        };
        regel.Hash = Toegangslog.Bereken(regel);
        return regel;
    }
}

/// <summary>The outcome of checking the chain; <see cref="KopHash"/> is worth writing down outside the system.</summary>
public sealed record Ketencontrole(bool Intact, long GoedeRegels, long? EersteFout, string? Fout, string? KopHash = null);
