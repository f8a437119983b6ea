using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Demo;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.BrowserTests;

/// <summary>The beheerder finds a webhook that VT's receiver refused for a day, and sends it again.</summary>
[Trait("Snelheid", "Traag")]
public class WebhookBeheerTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task De_beheerder_ziet_een_mislukte_webhook_met_de_reden_en_verstuurt_hem_opnieuw() => Artefacten.ScenarioAsync(nameof(WebhookBeheerTests), async paginas =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        var dossier = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers
            .Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum).OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync();
        await app.MislukteWebhookAsync(dossier, Webhookgebeurtenissen.Geaccepteerd);
        var kenmerk = Weergave.Kenmerk(dossier);

        var beheerder = await app.MetPasskeyAsync(paginas, "beheerder@demo.example");
        await beheerder.GotoAsync("/Beheer");
        await beheerder.GetByRole(AriaRole.Navigation, new() { Name = "Beheer" }).GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await Assertions.Expect(beheerder.Kop("Webhooks")).ToBeVisibleAsync();
        var rij = beheerder.GetByRole(AriaRole.Row).Filter(new() { HasText = kenmerk });
        await Assertions.Expect(rij).ToContainTextAsync("mislukt");
        await Assertions.Expect(rij).ToContainTextAsync("De ontvanger antwoordde 503.");
        await Toegankelijkheid.ControleerAsync(beheerder, "webhooks-mislukt");

        await beheerder.KlikAsync(AriaRole.Button, $"Opnieuw versturen ({Webhookgebeurtenissen.Geaccepteerd}, {kenmerk})");
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Status)).ToContainTextAsync("staat weer in de wachtrij");
        await Assertions.Expect(beheerder.GetByRole(AriaRole.Row).Filter(new() { HasText = kenmerk })).ToContainTextAsync("wachtend");
        await Toegankelijkheid.ControleerAsync(beheerder, "webhooks-opnieuw");
    });
}
