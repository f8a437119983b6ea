using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.WebUtilities;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>
/// Gives every POST form without an action the page's own address as its action, without a <c>handler</c> in the
/// query. A browser posts a form without action to the address it is on; after a secondary button with a
/// <c>formaction</c> ("Meer gezinsleden" posts to <c>?handler=MeerRegels</c>) that address still names that handler,
/// so the main button would post to it again and nothing would ever be saved.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class FormulierActieTagHelper : TagHelper
{
    /// <summary>After the framework's form tag helper, which adds the antiforgery token to forms without an action.</summary>
    public override int Order => 1000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var methode = output.Attributes["method"]?.Value?.ToString();
        if (!string.Equals(methode, "post", StringComparison.OrdinalIgnoreCase) || output.Attributes.ContainsName("action"))
        {
            return;
        }

        output.Attributes.SetAttribute("action", EigenAdres(ViewContext.HttpContext.Request));
    }

    /// <summary>The request's path and query, less the handler that the last button chose.</summary>
    public static string EigenAdres(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ZonderHandler(request.PathBase + request.Path, request.QueryString.Value);
    }

    /// <summary>A page address without the <c>handler</c> in its query: where the page's own form is.</summary>
    public static string ZonderHandler(string pad, string? query)
    {
        var rest = new QueryBuilder(QueryHelpers.ParseQuery(query)
            .Where(p => !string.Equals(p.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(waarde => new KeyValuePair<string, string>(p.Key, waarde ?? ""))));
        return pad + rest.ToQueryString();
    }
}
