using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Jobs;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The escalation ladder over a fake month around Christmas and New Year: every working morning the job runs, and
/// each step of two deadlines of 24 December reaches exactly the people it should, on exactly the working day it
/// should — skipping the weekends, Christmas and New Year's Day — once, in the app and by e-mail over SMTP. The
/// thresholds come from Beheer → Termijnen.
/// </summary>
public class EscalatieladderTests
{
    // Thursday 17 December 2026, 10:00 in Wijchen.
    private static readonly DateTimeOffset Begin = new(2026, 12, 17, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, null, "2026-12-22", "2026-12-28", "2027-01-04")]
    [InlineData(3, 3, "2026-12-21", "2026-12-28", "2026-12-30")]
    public async Task Elke_trede_komt_op_de_juiste_werkdag_bij_de_juiste_mensen_en_een_keer(int? waarschuwing, int? escalatie, string nadert, string verstreken, string escalatieDag)
    {
        await using var app = new MailFactory();
        await app.InitializeAsync();
        app.Klok.Nu = Begin;
        if (waarschuwing is not null)
        {
            var beheerder = await app.LogInMetPasskeyAsync("beheerder@demo.example");
            var termijnen = await Formulier.OpenAsync(beheerder, "/Beheer/Termijnen");
            await (await termijnen.Vul("Input.WaarschuwingWerkdagen", $"{waarschuwing}").Vul("Input.EscalatieWerkdagen", $"{escalatie}").VerstuurAsync()).DoorgestuurdAsync();
        }

        // A second manager whose account was disabled hears nothing, whatever the ladder says; a third one does.
        await app.NieuwAccountAsync("manager-uit@demo.example", "Uitgeschakelde Manager", Rollen.Manager, null);
        await app.NieuwAccountAsync("manager-aan@demo.example", "Tweede Manager", Rollen.Manager, null);
        // As Beheer → Account → Uitschakelen leaves it (BeheerTests covers the page).
        await app.MetDbAsync(db => db.Users.Where(u => u.Email == "manager-uit@demo.example")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnabled, true).SetProperty(x => x.LockoutEnd, DateTimeOffset.MaxValue)));

        // A melding whose veiligheidsbeoordeling is due on 24 December (VT's own deadline), and an offer to Centrum
        // whose gesprek must be planned by then (the team's deadline).
        var vt = await app.LogInAsync("vt@demo.example");
        var melding = await MeldingTests.DossierAsync(await MeldingTests.Melding(await Formulier.OpenAsync(vt, "/Meldingen/Nieuw"), "Gezin Ladder", "Noor Ladder").VerstuurAsync());
        var aanbod = await Browserpad.BiedAanAsync(app, "Gezin Ladder Aanbod");
        var deadlines = await app.MetDbAsync(db => db.Dossiers.Where(d => d.Id == melding || d.Id == aanbod).Select(d => d.Deadline).ToListAsync());
        Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24)], deadlines);

        var ontvangen = new List<(DateOnly Dag, string Dossier, string Email, Notificatiesoort Soort)>();
        var nietGedraaid = new List<DateOnly>();
        for (var dag = new DateOnly(2026, 12, 18); dag <= new DateOnly(2027, 1, 18); dag = dag.AddDays(1))
        {
            // 07:30 in Wijchen (winter time), twice: a second instance, or a second look, adds nothing.
            app.Klok.Nu = new DateTimeOffset(dag.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero);
            var bewaking = app.Services.GetRequiredService<Notificatiebewaking>();
            if ((await bewaking.ProbeerAsync()).Termijnen is null)
            {
                nietGedraaid.Add(dag);
            }

            Assert.Null((await bewaking.ProbeerAsync()).Termijnen);
            ontvangen.AddRange((await NieuwAsync(app, melding, aanbod, ontvangen.Count)).Select(n => (dag, n.Dossier, n.Email, n.Soort)));
        }

        // Weekends, Christmas (25, 26 December) and New Year's Day: no run.
        Assert.Equal(
            [new(2026, 12, 19), new(2026, 12, 20), new(2026, 12, 25), new(2026, 12, 26), new(2026, 12, 27), new(2027, 1, 1), new(2027, 1, 2), new(2027, 1, 3),
                new(2027, 1, 9), new(2027, 1, 10), new(2027, 1, 16), new(2027, 1, 17)],
            nietGedraaid);

        var n = DateOnly.Parse(nadert, System.Globalization.CultureInfo.InvariantCulture);
        var v = DateOnly.Parse(verstreken, System.Globalization.CultureInfo.InvariantCulture);
        var e = DateOnly.Parse(escalatieDag, System.Globalization.CultureInfo.InvariantCulture);
        (DateOnly, string, string, Notificatiesoort)[] verwacht =
        [
            (n, "melding", "vt@demo.example", Notificatiesoort.TermijnNadert),
            (v, "melding", "vt@demo.example", Notificatiesoort.TermijnVerstreken),
            (e, "melding", "vt@demo.example", Notificatiesoort.TermijnEscalatie),
            (e, "melding", "manager@demo.example", Notificatiesoort.TermijnEscalatie),
            (e, "melding", "manager-aan@demo.example", Notificatiesoort.TermijnEscalatie),
            (n, "aanbod", "teamleider@demo.example", Notificatiesoort.TermijnNadert),
            (v, "aanbod", "teamleider@demo.example", Notificatiesoort.TermijnVerstreken),
            (e, "aanbod", "teamleider@demo.example", Notificatiesoort.TermijnEscalatie),
            (e, "aanbod", "manager@demo.example", Notificatiesoort.TermijnEscalatie),
            (e, "aanbod", "manager-aan@demo.example", Notificatiesoort.TermijnEscalatie),
            (e, "aanbod", "vt@demo.example", Notificatiesoort.TermijnEscalatie),
        ];
        Assert.Equal(verwacht.Order(), ontvangen.Order());

        // The job itself, run again on the last day outside the lease: still nothing new.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Termijnsignalering>().VoerUitAsync();
        }

        Assert.Empty(await NieuwAsync(app, melding, aanbod, ontvangen.Count));

        // Every step arrived by e-mail too, once each, with the kind and the kenmerk only (the offer itself had its own e-mail).
        await app.Mail.VerstuurAsync();
        string[] treden = [Notificatiesoort.TermijnNadert.Titel(), Notificatiesoort.TermijnVerstreken.Titel(), Notificatiesoort.TermijnEscalatie.Titel()];
        var mails = app.Smtp.Ontvangen.Where(m => treden.Any(t => (m.Subject ?? "").StartsWith(t + " —", StringComparison.Ordinal)))
            .Where(m => (m.Subject ?? "").EndsWith(Weergave.Kenmerk(melding), StringComparison.Ordinal) || (m.Subject ?? "").EndsWith(Weergave.Kenmerk(aanbod), StringComparison.Ordinal))
            .Select(m => (((MimeKit.MailboxAddress)m.To.Single()).Address, m.Subject ?? "")).Order().ToList();
        Assert.Equal(
            verwacht.Select(v => (v.Item3, $"{v.Item4.Titel()} — dossier {Weergave.Kenmerk(v.Item2 == "melding" ? melding : aanbod)}")).Order().ToList(),
            mails);
        var tekst = await app.MetDbAsync(db => db.Notificaties.Where(x => x.DossierId == melding && x.Soort == Notificatiesoort.TermijnVerstreken).Select(x => x.Tekst).SingleAsync());
        Assert.Equal("Termijn 'Veiligheidsbeoordeling met besluit' is verstreken op 24 december 2026.", tekst);
    }

    /// <summary>The ladder's notifications of the two dossiers beyond the first <paramref name="al"/>, in the order they were made.</summary>
    private static Task<List<(string Dossier, string Email, Notificatiesoort Soort)>> NieuwAsync(AppFactory app, Guid melding, Guid aanbod, int al) =>
        app.MetDbAsync(async db => (await (from x in db.Notificaties.AsNoTracking()
                                           where (x.DossierId == melding || x.DossierId == aanbod)
                                               && (x.Soort == Notificatiesoort.TermijnNadert || x.Soort == Notificatiesoort.TermijnVerstreken || x.Soort == Notificatiesoort.TermijnEscalatie)
                                           join u in db.Users on x.OntvangerId equals u.Id
                                           orderby x.Id
                                           select new { x.DossierId, u.Email, x.Soort }).ToListAsync())
            .Skip(al).Select(x => (x.DossierId == melding ? "melding" : "aanbod", x.Email!, x.Soort)).ToList());
}
