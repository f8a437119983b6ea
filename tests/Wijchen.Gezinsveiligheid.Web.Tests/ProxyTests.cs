using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Only a configured proxy may say who the client is: otherwise the access log would record what an attacker typed.</summary>
public class ProxyTests
{
    private const string Proxy = "10.0.0.5";
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task Achter_een_vertrouwde_proxy_staat_het_adres_van_de_client_in_het_toegangslog()
    {
        await using var app = new AchterProxy(vertrouwd: true);

        Assert.Equal(Client, await HerkomstAsync(app));
    }

    [Fact]
    public async Task Zonder_vertrouwde_proxy_telt_het_adres_van_de_verbinding_en_niet_de_header()
    {
        await using var app = new AchterProxy(vertrouwd: false);

        Assert.Equal(Proxy, await HerkomstAsync(app));
    }

    [Fact]
    public void Een_ongeldig_proxyadres_laat_de_app_niet_starten()
    {
        using var app = new AchterProxy(vertrouwd: true, adres: "geen-adres");

        var fout = Assert.Throws<InvalidOperationException>(() => app.Services);
        Assert.Contains("Proxy:VertrouwdeAdressen bevat 'geen-adres'", fout.Message, StringComparison.Ordinal);
    }

    private static async Task<string> HerkomstAsync(AppFactory app)
    {
        var client = await app.LogInAsync("vt@demo.example");
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri("/Dossiers", UriKind.Relative));
        verzoek.Headers.Add("X-Forwarded-For", Client);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(verzoek)).StatusCode);
        return await app.MetDbAsync(db => db.Toegangslog.OrderByDescending(r => r.Volgnummer).Select(r => r.Herkomst).FirstAsync());
    }

    /// <summary>The app as a proxy at <see cref="Proxy"/> would reach it.</summary>
    private sealed class AchterProxy(bool vertrouwd, string adres = Proxy) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (vertrouwd)
            {
                builder.UseSetting("Proxy:VertrouwdeAdressen:0", adres);
            }

            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, VanDeProxy>());
        }
    }

    private sealed class VanDeProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, volgende) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return volgende(context);
            });
            next(app);
        };
    }
}
