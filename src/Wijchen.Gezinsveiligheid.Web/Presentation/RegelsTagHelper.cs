using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>
/// A group of form rows (household members, voorwaarden, afspraken) with the message about the list as a whole next to
/// it: a fieldset whose id is the list's field name, so the error summary's link for that message lands on it.
/// Usage: <c>&lt;gv-regels naam="Input.Voorwaarden" legenda="Veiligheidsvoorwaarden"&gt;rows&lt;/gv-regels&gt;</c>.
/// </summary>
[HtmlTargetElement("gv-regels")]
public sealed class RegelsTagHelper(HtmlEncoder encoder) : TagHelper
{
    /// <summary>The list's name as posted, for example <c>Input.Voorwaarden</c>.</summary>
    public string Naam { get; set; } = "";

    public string Legenda { get; set; } = "";

    public string? Beschrijving { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var id = TagBuilder.CreateSanitizedId(Naam, "_");
        var fout = ViewContext.ViewData.ModelState.FoutVoor(Naam);
        var inhoud = await output.GetChildContentAsync();

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", id);
        output.Attributes.SetAttribute("class", fout is null ? "utrecht-form-fieldset" : "utrecht-form-fieldset utrecht-form-fieldset--invalid");
        if (fout is not null)
        {
            output.Attributes.SetAttribute("aria-describedby", id + "-fout");
        }

        output.Content.AppendHtml($"<legend class=\"utrecht-form-fieldset__legend\">{encoder.Encode(Legenda)}</legend>");
        if (Beschrijving is not null)
        {
            output.Content.AppendHtml($"<p class=\"utrecht-form-field__description\">{encoder.Encode(Beschrijving)}</p>");
        }

        if (fout is not null)
        {
            output.Content.AppendHtml($"<p class=\"utrecht-form-field__error-message\" id=\"{id}-fout\">{encoder.Encode(fout)}</p>");
        }

        output.Content.AppendHtml(inhoud);
    }
}
