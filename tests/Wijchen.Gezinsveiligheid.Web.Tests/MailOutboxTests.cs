using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The e-mail outbox keeps its promise: a mail server that is down is retried with growing waits for more than a day,
/// then the beheerder sees the failed e-mail with its reason and sends it again; a server whose certificate is not the
/// trusted one gets nothing; and an e-mail committed just before the app was killed goes out after the restart.
/// </summary>
public class MailOutboxTests(MailFactory app) : IClassFixture<MailFactory>
{
    [Fact]
    public async Task Een_mailserver_die_een_dag_plat_ligt_krijgt_de_mail_na_opnieuw_versturen_door_de_beheerder()
    {
        await app.Smtp.StopAsync();
        var dossier = await BreekGlasAsync(app, "Crisisdienst belt over dit gezin, regie niet bereikbaar");
        var kenmerk = Weergave.Kenmerk(dossier);
        var bericht = await BerichtAsync(app, kenmerk);
        Assert.Equal((Berichtstatus.Wachtend, 0), (bericht.Status, bericht.Pogingen));

        List<TimeSpan> wachttijden = [];
        await app.Mail.VerstuurAsync();
        bericht = await BerichtAsync(app, kenmerk);
        Assert.False(string.IsNullOrEmpty(bericht.LaatsteFout));
        while (bericht.Status == Berichtstatus.Wachtend)
        {
            wachttijden.Add(bericht.VolgendePogingOp - app.Klok.Nu);
            app.Klok.Nu = bericht.VolgendePogingOp;
            await app.Mail.VerstuurAsync();
            bericht = await BerichtAsync(app, kenmerk);
        }

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
             TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(8), TimeSpan.FromHours(8)],
            wachttijden);
        Assert.True(bericht.MisluktOp - bericht.HerhalenSinds >= TimeSpan.FromHours(24));

        // The beheerder sees it with its reason, and sends it again once the server is back.
        await app.Smtp.StartOpnieuwAsync();
        var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
        var pagina = await beheerder.GetHtmlAsync("/Beheer/Mail");
        var rij = pagina.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(Onderwerp(kenmerk), StringComparison.Ordinal));
        Assert.Contains("mislukt", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains(bericht.LaatsteFout!, rij.TextContent, StringComparison.Ordinal);
        var knop = rij.QuerySelector("button")!.TextContent.Trim();
        await (await (await Formulier.VanKnopAsync(beheerder, "/Beheer/Mail", knop)).VerstuurAsync(knop)).DoorgestuurdAsync();
        Assert.Equal((Berichtstatus.Wachtend, 0), ((await BerichtAsync(app, kenmerk)).Status, (await BerichtAsync(app, kenmerk)).Pogingen));
        await app.Mail.VerstuurAsync();
        var aangekomen = Assert.Single(app.Smtp.Ontvangen, m => m.Subject == Onderwerp(kenmerk));
        Assert.Equal("teamleider@demo.example", ((MailboxAddress)aangekomen.To.Single()).Address);
        Assert.Equal(Berichtstatus.Verstuurd, (await BerichtAsync(app, kenmerk)).Status);
        var regel = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().OrderByDescending(r => r.Volgnummer).Select(r => r.Onderdeel).FirstAsync());
        Assert.Equal($"Beheer: e-mail {bericht.Id} opnieuw in de wachtrij", regel);
    }

    [Fact]
    public async Task Een_server_met_een_ander_certificaat_krijgt_niets()
    {
        await app.Smtp.StartOpnieuwAsync();
        using var vervalst = app.WithWebHostBuilder(b => b.UseSetting("Mail:ServerCertificaatSha256", new string('A', 64)));
        var dossier = await BreekGlasAsync(app, "Crisisdienst belt opnieuw over dit gezin, regie niet bereikbaar");
        var kenmerk = Weergave.Kenmerk(dossier);
        Assert.Equal(0, await vervalst.Services.GetRequiredService<Mailverzending>().VerstuurAsync());
        var bericht = await BerichtAsync(app, kenmerk);
        Assert.Equal((Berichtstatus.Wachtend, 1), (bericht.Status, bericht.Pogingen));
        Assert.Contains("The remote certificate was rejected", bericht.LaatsteFout, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Smtp.Ontvangen, m => m.Subject == Onderwerp(kenmerk));
    }

    /// <summary>Esra of Dorpen breaks the glass into a Centrum dossier: an e-mail for Marieke, Centrum's teamleider.</summary>
    internal static async Task<Guid> BreekGlasAsync(AppFactory app, string reden)
    {
        var dossier = await app.MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == Demo.DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie)
            .Where(d => !db.Noodtoegangen.Any(n => n.DossierId == d.Id)).OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());
        var esra = await app.LogInAsync("wijkteam2@demo.example");
        await (await (await Formulier.OpenAsync(esra, $"/Dossiers/{dossier}/Noodtoegang")).Vul("Input.Grond", nameof(Noodtoegangsgrond.RegieNietBereikbaar)).Vul("Input.Reden", reden)
            .VerstuurAsync()).DoorgestuurdAsync();
        return dossier;
    }

    /// <summary>The e-mail about the break-the-glass; the demo data may have brought others about the same dossier.</summary>
    internal static string Onderwerp(string kenmerk) => $"{Notificatiesoort.Noodtoegang.Titel()} — dossier {kenmerk}";

    private static Task<Mailbericht> BerichtAsync(AppFactory app, string kenmerk) =>
        app.MetDbAsync(db => db.Mailberichten.AsNoTracking().Where(m => m.Onderwerp == Onderwerp(kenmerk)).SingleAsync());
}

/// <summary>
/// The app as a real process, killed with SIGKILL right after it committed a break-the-glass and its e-mail and before
/// its sender looked: the next start sends it.
/// </summary>
[Trait("Snelheid", "Traag")]
public sealed class MailCrashTests : IDisposable
{
    private readonly string map = Path.Combine(Path.GetTempPath(), "gezinsveiligheid-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Een_e_mail_overleeft_een_SIGKILL_tussen_commit_en_verzenden()
    {
        await using var smtp = await Smtpvanger.StartAsync();
        await using var app = new Appproces(map);
        foreach (var (sleutel, waarde) in smtp.AppInstellingen())
        {
            app.Instellingen[sleutel.Replace(":", "__", StringComparison.Ordinal)] = waarde;
        }

        app.Instellingen["Mail__IntervalSeconden"] = "3600";
        await app.StartAsync();
        var dossier = await Beheerproces.InDatabaseAsync(map, db => db.Dossiers.Where(d => d.WijkteamId == Demo.DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie)
            .OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());
        var voor = await Beheerproces.InDatabaseAsync(map, db => db.Mailberichten.CountAsync());
        var esra = await app.IngelogdAsync("wijkteam2@demo.example");
        await (await (await Formulier.OpenAsync(esra, $"/Dossiers/{dossier}/Noodtoegang")).Vul("Input.Grond", nameof(Noodtoegangsgrond.RegieNietBereikbaar))
            .Vul("Input.Reden", "Crisisdienst belt over dit gezin, regie niet bereikbaar").VerstuurAsync()).DoorgestuurdAsync();

        await app.DoodAsync();
        var kenmerk = Weergave.Kenmerk(dossier);
        Assert.Equal(Berichtstatus.Wachtend, await Beheerproces.InDatabaseAsync(map, async db => (await db.Mailberichten.SingleAsync(m => m.Onderwerp == MailOutboxTests.Onderwerp(kenmerk))).Status));
        Assert.Empty(smtp.Ontvangen);

        app.Instellingen["Mail__IntervalSeconden"] = "1";
        await app.StartAsync();
        // Everything the first life left waiting goes out: the demo data's e-mails and the break-the-glass.
        var aangekomen = (await smtp.WachtOpAsync(voor + 1)).Where(m => m.Subject == MailOutboxTests.Onderwerp(kenmerk)).ToList();
        Assert.Equal("teamleider@demo.example", ((MailboxAddress)Assert.Single(aangekomen).To.Single()).Address);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(map))
        {
            Directory.Delete(map, recursive: true);
        }
    }
}
