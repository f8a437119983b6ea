using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Demo;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>The app with its virus scanner pointed at a real clamd of its own (<see cref="Clamd"/>).</summary>
public class BijlageFactory : AppFactory, IAsyncLifetime
{
    public Clamd Clamd { get; } = new();

    public Task InitializeAsync() => Clamd.InitializeAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Clamd.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public string Bijlagemap => Path.Combine(DataMap, "bijlagen");

    /// <summary>A casusregie dossier of team Centrum, where Joris (wijkteam@) and Marieke (teamleider@) work.</summary>
    public Task<Guid> CentrumDossierAsync() => MetDbAsync(db => db.Dossiers.Where(d => d.WijkteamId == DemoSeeder.WijkteamCentrum && d.Fase == DossierFase.Casusregie)
        .OrderBy(d => d.Naam).Select(d => d.Id).FirstAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bijlagen:Virusscanner", Clamd.Adres);
    }
}

/// <summary>The multipart post a browser sends, and reading the form that came back.</summary>
public static class Uploads
{
    /// <summary>Posts a multipart form as a browser does: the page's antiforgery token, the fields, and the file.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string pagina, string actie, Dictionary<string, string> velden, string bestandsveld, string? bestandsnaam, byte[]? inhoud)
    {
        var document = await client.GetHtmlAsync(pagina);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pagina} heeft geen antiforgery-token.");
        using var formulier = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (naam, waarde) in velden)
        {
            formulier.Add(new StringContent(waarde), naam);
        }

        if (inhoud is not null)
        {
            var bestand = new ByteArrayContent(inhoud);
            bestand.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            formulier.Add(bestand, bestandsveld, bestandsnaam ?? "");
        }

        return await client.PostAsync(new Uri(actie, UriKind.Relative), formulier);
    }

    /// <summary>The message next to a field of a form that came back (the VeldTagHelper's error element).</summary>
    public static string? Foutbij(this IHtmlDocument pagina, string veldId) => pagina.QuerySelector($"#{veldId}-fout")?.TextContent.Trim();
}
