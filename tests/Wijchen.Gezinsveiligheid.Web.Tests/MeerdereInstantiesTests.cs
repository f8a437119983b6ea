using System.Net;
using Microsoft.EntityFrameworkCore;

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

    private sealed class ZelfdeDatabase(string dataMap) : AppFactory(dataMap);
}
