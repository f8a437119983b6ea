using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Jobs;
using Wijchen.Gezinsveiligheid.Web.Termijnen;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

public class MeerdereInstantiesTests
{
    [Fact]
    public async Task Twee_instanties_op_dezelfde_database_accepteren_elkaars_sessie_en_antiforgery_token()
    {
        await using var eerste = new AppFactory();
        var client = await eerste.LogInAsync("vt@demo.example");
        var formulier = await Formulier.OpenAsync(client, "/Meldingen/Nieuw");
        var sessie = await client.CookiesAsync("/Dossiers");

        await using var tweede = new ZelfdeDatabase(eerste.DataMap);
        Assert.Equal(1, await tweede.MetDbAsync(db => db.DataProtectionKeys.CountAsync()));
        var anderProces = tweede.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        using var lezen = new HttpRequestMessage(HttpMethod.Get, new Uri("/Dossiers", UriKind.Relative));
        lezen.Headers.Add("Cookie", sessie);
        Assert.Equal(HttpStatusCode.OK, (await anderProces.SendAsync(lezen)).StatusCode);

        // The form (and its antiforgery token) came from the first instance; the second accepts the post.
        var token = formulier.Waarde("__RequestVerificationToken");
        var antiforgery = await client.CookiesAsync("/Meldingen/Nieuw");
        using var schrijven = new HttpRequestMessage(HttpMethod.Post, new Uri("/Meldingen/Nieuw?handler=MeerRegels", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        schrijven.Headers.Add("Cookie", antiforgery);
        Assert.Equal(HttpStatusCode.OK, (await anderProces.SendAsync(schrijven)).StatusCode);
    }

    [Fact]
    public async Task De_bewaartermijntaak_draait_op_een_instantie_tegelijk_een_keer_per_dag_en_een_andere_neemt_het_over_als_die_stopt()
    {
        await using var eerste = new AppFactory();
        await using var tweede = new ZelfdeDatabase(eerste.DataMap);
        var afgesloten = await eerste.MetDbAsync(db => db.Dossiers.CountAsync(d => d.Fase == DossierFase.Afgesloten));
        Assert.True(afgesloten > 0);
        // Twenty-one years on, every closed demo dossier has passed its retention period.
        Zet(eerste, tweede, AppFactory.Start.AddYears(21));

        var rondes = await Task.WhenAll(Bewaking(eerste).ProbeerAsync(), Bewaking(tweede).ProbeerAsync());

        Assert.Single(rondes, r => r is not null);
        Assert.Equal(afgesloten, rondes.Single(r => r is not null));
        Assert.Equal(afgesloten, await eerste.MetDbAsync(db => db.Toegangslog.CountAsync(r => r.GebruikerNaam == Bewaartermijnen.Uitvoerder)));
        Assert.Equal([null, null], await Task.WhenAll(Bewaking(eerste).ProbeerAsync(), Bewaking(tweede).ProbeerAsync()));

        // A day later the first instance takes its turn and stops halfway: the second waits for the lease, then takes over.
        Zet(eerste, tweede, eerste.Klok.Nu + BewaartermijnBewaking.Interval);
        await using (var scope = eerste.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Taakleases>().NeemAsync(BewaartermijnBewaking.Taak, BewaartermijnBewaking.Lease, BewaartermijnBewaking.Interval));
        }

        eerste.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        Assert.Null(await Bewaking(tweede).ProbeerAsync());
        Zet(eerste, tweede, tweede.Klok.Nu + BewaartermijnBewaking.Lease);
        Assert.Equal(0, await Bewaking(tweede).ProbeerAsync());
        var lease = await tweede.MetDbAsync(db => db.Taakleases.AsNoTracking().SingleAsync(t => t.Taak == BewaartermijnBewaking.Taak));
        Assert.Equal(tweede.Klok.Nu, lease.LaatstGedaanOp);
    }

    [Fact]
    public async Task Termijnen_die_een_beheerder_op_de_ene_instantie_wijzigt_gelden_na_de_verversing_ook_op_de_andere()
    {
        await using var eerste = new AppFactory();
        await using var tweede = new ZelfdeDatabase(eerste.DataMap);
        var voor = tweede.Services.GetRequiredService<Termijnberekening>().Instellingen;

        var beheerder = await eerste.LogInMetPasskeyAsync("beheerder@demo.example");
        var formulier = await Formulier.OpenAsync(beheerder, "/Beheer/Termijnen");
        await (await formulier.Vul("Input.GesprekPlannenWerkdagen", "7").VerstuurAsync()).DoorgestuurdAsync();
        Assert.Equal(7, eerste.Services.GetRequiredService<Termijnberekening>().Instellingen.GesprekPlannenWerkdagen);
        Assert.Same(voor, tweede.Services.GetRequiredService<Termijnberekening>().Instellingen);

        await tweede.Services.GetServices<IHostedService>().OfType<TermijnafsprakenVerversen>().Single().VerversAsync();

        Assert.Equal(7, tweede.Services.GetRequiredService<Termijnberekening>().Instellingen.GesprekPlannenWerkdagen);
    }

    private static BewaartermijnBewaking Bewaking(AppFactory app) => app.Services.GetServices<IHostedService>().OfType<BewaartermijnBewaking>().Single();

    private static void Zet(AppFactory eerste, AppFactory tweede, DateTimeOffset nu) => eerste.Klok.Nu = tweede.Klok.Nu = nu;

    private sealed class ZelfdeDatabase(string dataMap) : AppFactory(dataMap);
}
