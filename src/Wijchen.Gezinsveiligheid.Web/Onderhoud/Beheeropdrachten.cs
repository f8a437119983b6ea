using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Onderhoud;

/// <summary>
/// The operator's commands, given as the first argument instead of starting the web server:
/// <c>verify</c>, <c>backup &lt;map&gt;</c> and <c>restore &lt;bestand&gt; [--vervang]</c> (docs/operations.md). They run
/// before the app migrates or seeds anything, so <c>verify</c> sees the database as it is. Exit code 0: done and sound;
/// 1: the integrity check found something; 2: the command could not do its work.
/// </summary>
public static class Beheeropdrachten
{
    public const int InOrde = 0;
    public const int Bevindingen = 1;
    public const int Mislukt = 2;

    private const string Gebruik = """
        Gebruik:
          verify                      controleer schema, bestand, invarianten, tellingen en de hashketen
          backup <map>                maak een consistente back-up terwijl de app draait (SQLite)
          restore <bestand> [--vervang]  zet een back-up terug als database van deze installatie en controleer hem
        """;

    public static bool IsOpdracht(string[] args) => args is ["verify" or "backup" or "restore", ..];

    public static async Task<int> VoerUitAsync(IServiceProvider services, string[] args, TextWriter uit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(uit);
        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow();
        try
        {
            switch (args)
            {
                case ["verify"]:
                    return await ControleerAsync(services, uit, cancellationToken);
                case ["backup", var map]:
                {
                    await using var scope = services.CreateAsyncScope();
                    var verslag = await Reservekopie.MaakAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), map, nu, cancellationToken);
                    uit.WriteLine(Beschrijf("Back-up gemaakt", verslag));
                    return InOrde;
                }

                case ["restore", var bestand, .. var opties] when opties.All(o => o == "--vervang"):
                {
                    await using (var scope = services.CreateAsyncScope())
                    {
                        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                        if (!db.Database.IsSqlite())
                        {
                            throw new OnderhoudException("Dit herstel is voor SQLite. Herstel SQL Server met RESTORE DATABASE en draai daarna verify (zie docs/operations.md).");
                        }

                        var verslag = await Reservekopie.HerstelAsync(bestand, db.Database.GetDbConnection().DataSource, opties.Length > 0, nu, cancellationToken);
                        uit.WriteLine(Beschrijf("Back-up teruggezet", verslag));
                    }

                    return await ControleerAsync(services, uit, cancellationToken);
                }

                default:
                    uit.WriteLine(Gebruik);
                    return Mislukt;
            }
        }
        catch (OnderhoudException fout)
        {
            uit.WriteLine(fout.Message);
            return Mislukt;
        }
    }

    private static async Task<int> ControleerAsync(IServiceProvider services, TextWriter uit, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var verslag = await scope.ServiceProvider.GetRequiredService<Integriteitscontrole>().ControleerAsync(uit.WriteLine, cancellationToken);
        foreach (var bevinding in verslag.Bevindingen)
        {
            uit.WriteLine($"FOUT: {bevinding}");
        }

        uit.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Integriteitscontrole: {verslag.Dossiers:N0} dossiers en {verslag.Logregels:N0} regels in het toegangslog in {verslag.Duur.TotalSeconds:N1} s: {(verslag.InOrde ? "in orde" : $"{verslag.Bevindingen.Count} bevinding(en)")}"));
        return verslag.InOrde ? InOrde : Bevindingen;
    }

    private static string Beschrijf(string wat, Reservekopieverslag verslag) => string.Create(CultureInfo.InvariantCulture,
        $"{wat}: {verslag.Bestand} ({verslag.Bytes / 1024.0 / 1024:N1} MB, {verslag.Dossiers:N0} dossiers, {verslag.Logregels:N0} regels in het toegangslog) in {verslag.Duur.TotalSeconds:N1} s");
}
