using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// Every kind of event along one warme overdracht reaches the people it concerns: in the app (the bell, the list, the
/// link) and by e-mail over SMTP with STARTTLS and authentication — once, and without a name, BSN or content.
/// </summary>
public class NotificatieTests(MailFactory app) : IClassFixture<MailFactory>
{
    private const string AppAdres = "https://gezinsveiligheid.wijchen.example";

    private static readonly string[] Persoonsgegevens = ["Gezin Bel", "Dijk", "Sanne", "Mark", "Tim", "111222333", "Boer", "Schakel"];

    [Fact]
    public async Task Elke_soort_komt_in_de_app_en_per_e_mail_bij_wie_het_aangaat_en_een_keer()
    {
        var dossier = await Browserpad.BiedAanAsync(app, "Gezin Bel");
        await WebhookTests.AccepteerAsync(app, dossier);
        var lars = await IdVanAsync("wijkteam3@demo.example");
        var teamleider = await app.LogInAsync("teamleider@demo.example");
        await (await (await Formulier.OpenAsync(teamleider, $"/Dossiers/{dossier}/Wisselen")).Vul("Input.NieuweCasusregisseur", lars).Vul("Input.Reden", "Joris gaat met verlof")
            .VerstuurAsync()).DoorgestuurdAsync();

        // Lars holds an MDO this morning and gives Joris an action.
        var casusregisseur = await app.LogInAsync("wijkteam3@demo.example");
        var ochtend = Handelingen.NaarNederlandseTijd(app.Klok.Nu).Date.AddHours(8).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await (await (await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier}/Mdo/Plannen")).Vul("Input.Op", ochtend).Vul("Input.Locatie", "Wijkcentrum").Vul("Input.Agenda", "Stand van zaken")
            .VerstuurAsync()).DoorgestuurdAsync();
        var mdo = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier}/Mdo/Vastleggen");
        await (await mdo.Vul("Input.Besluiten", "Vader start met begeleiding").Vul("Input.Acties[0].Wat", "Vader aanmelden bij begeleiding").Vul("Input.Acties[0].Uiterlijk", "2026-12-04")
            .Vul("Input.Acties[0].Eigenaar", "m:" + await IdVanAsync("wijkteam@demo.example")).VerstuurAsync()).DoorgestuurdAsync();

        // Esra of another team breaks the glass; Lars finds a voorwaarde broken and reports back to VT.
        var esra = await app.LogInAsync("wijkteam2@demo.example");
        await (await (await Formulier.OpenAsync(esra, $"/Dossiers/{dossier}/Noodtoegang")).Vul("Input.Grond", nameof(Noodtoegangsgrond.RegieNietBereikbaar))
            .Vul("Input.Reden", "Crisisdienst belt, casusregisseur niet bereikbaar").VerstuurAsync()).DoorgestuurdAsync();
        var controle = await Formulier.OpenAsync(casusregisseur, $"/Dossiers/{dossier}/Voorwaarden");
        controle.Vul("Input.Controles[0].Naleving", nameof(Naleving.NietNageleefd)).Vul("Input.Controles[0].Toelichting", "Vader bleef bij ruzie thuis")
            .Vul("Input.Controles[1].Naleving", nameof(Naleving.Nageleefd));
        var terugmelden = await (await controle.VerstuurAsync()).DoorgestuurdAsync();
        await (await (await Formulier.OpenAsync(casusregisseur, terugmelden)).Vul("Input.Zorg", "Tim is bang om naar huis te gaan").VerstuurAsync()).DoorgestuurdAsync();

        var verwacht = new (string Email, Notificatiesoort Soort)[]
        {
            ("teamleider@demo.example", Notificatiesoort.NieuwAanbod),
            ("wijkteam@demo.example", Notificatiesoort.GesprekUitnodiging),
            ("vt@demo.example", Notificatiesoort.GesprekUitnodiging),
            ("wijkteam@demo.example", Notificatiesoort.DossierOvergedragen),
            ("wijkteam3@demo.example", Notificatiesoort.DossierOvergedragen),
            ("wijkteam@demo.example", Notificatiesoort.MdoActie),
            ("teamleider@demo.example", Notificatiesoort.Noodtoegang),
            ("teamleider@demo.example", Notificatiesoort.VoorwaardeNietNageleefd),
            ("vt@demo.example", Notificatiesoort.Terugmelding),
        };
        var notificaties = await app.MetDbAsync(db => (from n in db.Notificaties.AsNoTracking()
                                                        where n.DossierId == dossier
                                                        join u in db.Users on n.OntvangerId equals u.Id
                                                        select new { u.Email, n.Soort, n.Id, n.MailberichtId }).ToListAsync());
        Assert.Equal(verwacht.Order(), notificaties.Select(n => (n.Email!, n.Soort)).Order());
        Assert.All(notificaties, n => Assert.NotNull(n.MailberichtId));

        // The outbox goes over SMTP once; a second round sends nothing new.
        var kenmerk = Weergave.Kenmerk(dossier);
        var voor = app.Smtp.Ontvangen.Count;
        Assert.True(await app.Mail.VerstuurAsync() >= verwacht.Length);
        var mails = (await app.Smtp.WachtOpAsync(voor + verwacht.Length)).Where(m => Onderwerp(m).EndsWith(kenmerk, StringComparison.Ordinal)).ToList();
        Assert.Equal(verwacht.Select(v => (v.Email, $"{v.Soort.Titel()} — dossier {kenmerk}")).Order(),
            mails.Select(m => (Aan(m), Onderwerp(m))).Order());
        foreach (var mail in mails)
        {
            var ontvanger = Aan(mail);
            var eigen = notificaties.Where(n => n.Email == ontvanger).Select(n => $"{AppAdres}/Notificaties/{n.Id}");
            Assert.Contains(eigen, link => (mail.TextBody ?? "").Contains(link, StringComparison.Ordinal));
            Assert.Equal("gezinsveiligheid@wijchen.example", ((MailboxAddress)mail.From.Single()).Address);
            foreach (var gegeven in Persoonsgegevens)
            {
                Assert.DoesNotContain(gegeven, mail.TextBody + Onderwerp(mail), StringComparison.OrdinalIgnoreCase);
            }
        }

        await app.Mail.VerstuurAsync();
        Assert.Equal(mails.Count, app.Smtp.Ontvangen.Count(m => Onderwerp(m).EndsWith(kenmerk, StringComparison.Ordinal)));

        // In the app: the bell counts, the list shows, the link marks read and leads to the dossier.
        var tl = await app.LogInAsync("teamleider@demo.example");
        var lijst = await tl.GetHtmlAsync("/Notificaties?Filter.AlleenOngelezen=True");
        var teller = int.Parse(lijst.QuerySelector(".kop__teller")!.FirstChild!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        var eigenTeller = await app.MetDbAsync(db => db.Notificaties.CountAsync(n => n.OntvangerId == IdVan(db, "teamleider@demo.example") && n.GelezenOp == null));
        Assert.Equal(eigenTeller, teller);
        Assert.Contains($"{Notificatiesoort.Noodtoegang.Titel()} — dossier {kenmerk}", lijst.Tekst(), StringComparison.Ordinal);
        var noodtoegang = notificaties.Single(n => n.Soort == Notificatiesoort.Noodtoegang).Id;
        var open = await tl.GetAsync(new Uri($"/Notificaties/{noodtoegang}", UriKind.Relative));
        Assert.Equal((HttpStatusCode.Redirect, $"/Dossiers/{dossier}"), (open.StatusCode, open.Headers.Location?.OriginalString));
        Assert.Equal(teller - 1, int.Parse((await tl.GetHtmlAsync("/Notificaties")).QuerySelector(".kop__teller")!.FirstChild!.TextContent, System.Globalization.CultureInfo.InvariantCulture));

        // Someone else's notification is not found, for them it does not exist.
        var joris = await app.LogInAsync("wijkteam@demo.example");
        Assert.Equal(HttpStatusCode.NotFound, (await joris.GetAsync(new Uri($"/Notificaties/{noodtoegang}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Het_dagoverzicht_komt_op_de_volgende_werkdag_om_acht_uur_een_keer_en_een_teamleider_kan_een_nieuw_aanbod_niet_uitzetten()
    {
        // Esra of Dorpen wants everything in the digest; Pieter, her teamleider, tries to switch new offers off.
        var esra = await app.LogInAsync("wijkteam2@demo.example");
        var instellingen = await Formulier.OpenAsync(esra, "/Profiel/Notificaties");
        Assert.Equal(Notificatiesoorten.Alle.Count, instellingen.Pagina.QuerySelectorAll($"input[type=radio][value={nameof(Bezorging.Direct)}]:checked").Length);
        for (var i = 0; i < Notificatiesoorten.Alle.Count; i++)
        {
            instellingen.Kies($"Bezorgingen[{i}]", nameof(Bezorging.Dagelijks));
        }

        await (await instellingen.VerstuurAsync()).DoorgestuurdAsync();
        var pieter = await app.LogInAsync("teamleider2@demo.example");
        var pieterInstellingen = await Formulier.OpenAsync(pieter, "/Profiel/Notificaties");
        var index = Notificatiesoorten.Alle.ToList().IndexOf(Notificatiesoort.NieuwAanbod);
        Assert.DoesNotContain(pieterInstellingen.Pagina.QuerySelectorAll($"input[name='Bezorgingen[{index}]']"), e => e.GetAttribute("value") == nameof(Bezorging.Uit));
        var geweigerd = await (await pieter.PostFormAsync("/Profiel/Notificaties", "/Profiel/Notificaties",
            Enumerable.Range(0, Notificatiesoorten.Alle.Count).ToDictionary(i => $"Bezorgingen[{i}]", _ => nameof(Bezorging.Uit)))).HtmlAsync();
        Assert.Equal("Als teamleider kunt u deze e-mail niet uitzetten; kies direct of het dagoverzicht.", geweigerd.QuerySelector($"#Bezorgingen_{index}_-fout")?.TextContent);
        var leeg = await (await pieter.PostFormAsync("/Profiel/Notificaties", "/Profiel/Notificaties", [])).HtmlAsync();
        Assert.Equal("Kies hoe u deze notificatie wilt ontvangen.", leeg.QuerySelector("#Bezorgingen_0_-fout")?.TextContent);
        Assert.Empty(await app.MetDbAsync(db => db.Notificatievoorkeuren.Where(v => v.GebruikerId == IdVan(db, "teamleider2@demo.example")).ToListAsync()));

        // Friday afternoon: an offer to Dorpen, planned with Esra as the future casusregisseur.
        app.Klok.Nu = new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);
        var dossier = await Browserpad.BiedAanAsync(app, "Gezin Dagoverzicht", json => json["overdracht"]!["teamId"] = Demo.DemoSeeder.WijkteamDorpen.ToString());
        pieter = await app.LogInAsync("teamleider2@demo.example");
        var plannen = await Formulier.OpenAsync(pieter, $"/Dossiers/{dossier}/Plannen");
        await (await plannen.Vul("Input.Op", "2026-11-24T10:00").Vul("Input.Locatie", "Wijkcentrum").Vul("Input.BeoogdCasusregisseur", await IdVanAsync("wijkteam2@demo.example"))
            .VerstuurAsync()).DoorgestuurdAsync();
        var kenmerk = Weergave.Kenmerk(dossier);
        await app.Mail.VerstuurAsync();
        Assert.Contains(app.Smtp.Ontvangen, m => Onderwerp(m) == $"{Notificatiesoort.NieuwAanbod.Titel()} — dossier {kenmerk}" && Aan(m) == "teamleider2@demo.example");
        Assert.DoesNotContain(app.Smtp.Ontvangen, m => Aan(m) == "wijkteam2@demo.example");

        // Saturday and Monday 07:59: no digest. Monday 08:00 Dutch time: one, with the invitation; then not again.
        foreach (var moment in new[] { new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 6, 59, 0, TimeSpan.Zero) })
        {
            app.Klok.Nu = moment;
            Assert.Null((await app.Bewaking.ProbeerAsync()).Dagoverzichten);
        }

        app.Klok.Nu = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
        Assert.True((await app.Bewaking.ProbeerAsync()).Dagoverzichten >= 1);
        await app.Mail.VerstuurAsync();
        var overzicht = Assert.Single(app.Smtp.Ontvangen, m => Aan(m) == "wijkteam2@demo.example");
        Assert.StartsWith("Dagoverzicht: ", Onderwerp(overzicht), StringComparison.Ordinal);
        Assert.Contains($"{Notificatiesoort.GesprekUitnodiging.Titel()} — dossier {kenmerk}", (overzicht.TextBody ?? ""), StringComparison.Ordinal);
        Assert.DoesNotContain("Dagoverzicht", (overzicht.TextBody ?? "").Replace(Mailteksten.Voetregel, "", StringComparison.Ordinal), StringComparison.Ordinal);
        app.Klok.Nu = app.Klok.Nu.AddDays(1);
        await app.Bewaking.ProbeerAsync();
        await app.Mail.VerstuurAsync();
        Assert.Single(app.Smtp.Ontvangen, m => Aan(m) == "wijkteam2@demo.example");
    }

    private static string Aan(MimeMessage mail) => ((MailboxAddress)mail.To.Single()).Address;

    private static string Onderwerp(MimeMessage mail) => mail.Subject ?? "";

    private static string IdVan(AppDbContext db, string email) => db.Users.Where(u => u.Email == email).Select(u => u.Id).Single();

    private Task<string> IdVanAsync(string email) => app.MetDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
