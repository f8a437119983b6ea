using System.Net;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// A form on a page, filled and submitted the way a browser does: AngleSharp builds the submission from the DOM,
/// so hidden fields, defaults, checked boxes and the pressed button's formaction all count.
/// </summary>
public sealed class Formulier
{
    private readonly HttpClient _client;
    private readonly IHtmlFormElement _form;

    private Formulier(HttpClient client, IDocument pagina, IHtmlFormElement form)
    {
        _client = client;
        Pagina = pagina;
        _form = form;
    }

    public IDocument Pagina { get; }

    /// <summary>The main form of the page (the one with the most fields, not the logout button in the header).</summary>
    public static async Task<Formulier> OpenAsync(HttpClient client, string url)
    {
        var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)antwoord.StatusCode}");
        return await VanAsync(client, antwoord);
    }

    /// <summary>The form on the page that holds the button with this text (for forms outside main, such as sign-out).</summary>
    public static async Task<Formulier> VanKnopAsync(HttpClient client, string url, string knop)
    {
        var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));
        var (pagina, _) = await LeesAsync(antwoord);
        var form = pagina.QuerySelectorAll("form").OfType<IHtmlFormElement>().Single(f => f.QuerySelectorAll("button").Any(b => b.TextContent.Trim() == knop));
        return new Formulier(client, pagina, form);
    }

    public static async Task<Formulier> VanAsync(HttpClient client, HttpResponseMessage antwoord)
    {
        var (pagina, adres) = await LeesAsync(antwoord);
        var form = pagina.QuerySelectorAll("main form").OfType<IHtmlFormElement>().OrderByDescending(f => f.Elements.Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{adres} heeft geen formulier. Tekst: {pagina.QuerySelector("main")?.TextContent}");
        return new Formulier(client, pagina, form);
    }

    private static async Task<(IDocument Pagina, Uri Adres)> LeesAsync(HttpResponseMessage antwoord)
    {
        var html = await antwoord.Content.ReadAsStringAsync();
        var adres = new Uri(new Uri("http://localhost"), antwoord.RequestMessage!.RequestUri!.PathAndQuery);
        var context = BrowsingContext.New(Configuration.Default);
        return (await context.OpenAsync(r => r.Content(html).Address(adres.ToString())), adres);
    }

    public Formulier Vul(string naam, string waarde)
    {
        switch (Veld(naam))
        {
            case IHtmlInputElement input:
                input.Value = waarde;
                break;
            case IHtmlTextAreaElement tekst:
                tekst.Value = waarde;
                break;
            case IHtmlSelectElement keuze:
                Assert.Contains(keuze.Options, o => o.Value == waarde);
                keuze.Value = waarde;
                break;
            default:
                throw new InvalidOperationException($"Veld {naam} is niet in te vullen.");
        }

        return this;
    }

    /// <summary>Checks (or unchecks) the radio button or checkbox with this name and value.</summary>
    public Formulier Kies(string naam, string waarde, bool aan = true)
    {
        var optie = _form.Elements.OfType<IHtmlInputElement>().SingleOrDefault(i => i.Name == naam && i.Value == waarde)
            ?? throw new InvalidOperationException($"Geen keuze {naam}={waarde}.");
        optie.IsChecked = aan;
        return this;
    }

    /// <summary>True when the form has a field (not a button) with this name.</summary>
    public bool Heeft(string naam) => _form.Elements.Any(e => e is not IHtmlButtonElement && e.GetAttribute("name") == naam);

    public string Waarde(string naam) => Veld(naam) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement tekst => tekst.Value,
        IHtmlSelectElement keuze => keuze.Value ?? "",
        _ => "",
    };

    public Task<HttpResponseMessage> VerstuurAsync(string? knop = null) => VerstuurMetExtraAsync([], knop);

    /// <summary>Sends the form with fields the page does not have, as an attacker would (over-posting).</summary>
    public async Task<HttpResponseMessage> VerstuurMetExtraAsync(Dictionary<string, string> extra, string? knop = null)
    {
        var submitter = knop is null ? null : _form.QuerySelectorAll("button").OfType<IHtmlButtonElement>().Single(b => b.TextContent.Trim() == knop);
        var verzoek = (submitter is null ? _form.GetSubmission() : _form.GetSubmission(submitter)) ?? throw new InvalidOperationException("Formulier kon niet worden verstuurd.");
        Assert.Equal(AngleSharp.Io.HttpMethod.Post, verzoek.Method);
        using var lezer = new StreamReader(verzoek.Body, Encoding.UTF8);
        var velden = string.Join("&", new[] { await lezer.ReadToEndAsync() }
            .Concat(extra.Select(e => $"{Uri.EscapeDataString(e.Key)}={Uri.EscapeDataString(e.Value)}")).Where(v => v.Length > 0));
        using var inhoud = new StringContent(velden, Encoding.UTF8, MimeTypeNames.UrlencodedForm);
        inhoud.Headers.ContentType!.CharSet = null;
        // AngleSharp gives the query without its '?'; a form without action posts to the page's own URL, query included.
        var query = string.IsNullOrEmpty(verzoek.Target.Query) ? "" : "?" + verzoek.Target.Query;
        return await _client.PostAsync(new Uri(verzoek.Target.PathName + query, UriKind.Relative), inhoud);
    }

    private IElement Veld(string naam) =>
        _form.Elements.FirstOrDefault(e => e.GetAttribute("name") == naam) ?? throw new InvalidOperationException($"Geen veld {naam} op {Pagina.Url}.");
}
