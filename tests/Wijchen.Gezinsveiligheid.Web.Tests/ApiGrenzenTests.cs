using System.Net;
using Microsoft.AspNetCore.Hosting;
using Wijchen.Gezinsveiligheid.Web.Api;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Limits per client, and no CORS: a page on another site cannot call the API from a browser.</summary>
public class ApiGrenzenTests(ApiGrenzenTests.Krap app) : IClassFixture<ApiGrenzenTests.Krap>
{
    [Fact]
    public async Task Elke_client_heeft_zijn_eigen_limiet_per_minuut()
    {
        using var client = await app.ApiClientAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/wijkteams", UriKind.Relative))).StatusCode);
        }

        var teVeel = await client.GetAsync(new Uri("/api/v1/wijkteams", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, teVeel.StatusCode);
        Assert.Equal("60", teVeel.Headers.GetValues("Retry-After").Single());
        Assert.Equal(("Te veel verzoeken", Problemen.MediaType), ((await teVeel.JsonAsync()).GetProperty("title").GetString(), teVeel.Content.Headers.ContentType!.MediaType));

        using var andere = await app.ApiClientAsync(Vtsysteem.AndereRegio);
        Assert.Equal(HttpStatusCode.OK, (await andere.GetAsync(new Uri("/api/v1/wijkteams", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Een_andere_site_krijgt_geen_CORS_toestemming()
    {
        using var client = await app.ApiClientAsync(Vtsysteem.Lezer, Scopes.Lezen);
        using var voorvraag = new HttpRequestMessage(HttpMethod.Options, new Uri(ApiTests.Overdrachten, UriKind.Relative));
        voorvraag.Headers.Add("Origin", "https://kwaadwillend.example");
        voorvraag.Headers.Add("Access-Control-Request-Method", "POST");
        voorvraag.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        var antwoord = await client.SendAsync(voorvraag);

        Assert.False(antwoord.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, antwoord.StatusCode);
        using var lezen = new HttpRequestMessage(HttpMethod.Get, new Uri($"{ApiTests.Overdrachten}/{Guid.NewGuid()}", UriKind.Relative));
        lezen.Headers.Add("Origin", "https://kwaadwillend.example");
        Assert.False((await client.SendAsync(lezen)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    /// <summary>Three calls per client per minute.</summary>
    public sealed class Krap : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Api:VerzoekenPerMinuut", "3");
        }
    }
}
