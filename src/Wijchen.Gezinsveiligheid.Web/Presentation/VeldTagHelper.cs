using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>
/// One form field the NL Design System way, accessible by construction: a label, an optional description, the Dutch
/// error message from ModelState next to the field (with aria-invalid and aria-describedby), and the value the user
/// typed when the form comes back with an error. Usage: <c>&lt;gv-veld asp-for="Input.Naam" label="Naam" /&gt;</c>.
/// </summary>
[HtmlTargetElement("gv-veld", TagStructure = TagStructure.WithoutEndTag)]
public sealed class VeldTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Beschrijving { get; set; }

    /// <summary>text (default), textarea, date, datetime-local, number, email, password, file, select, radio, checkbox, checkboxes.</summary>
    public string Type { get; set; } = "text";

    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Personal data (names, BSN): no spellcheck, no translation, no autofill.</summary>
    public bool Persoonsgegeven { get; set; }

    public string? Autocomplete { get; set; }

    public int? Maxlength { get; set; }

    /// <summary>For a file input: the types the file chooser offers (the server decides by content all the same).</summary>
    public string? Accept { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var naam = Naam;
        var id = TagBuilder.CreateSanitizedId(naam, "_");
        var fout = ViewContext.ViewData.ModelState.TryGetValue(naam, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
        var beschrijvingId = Beschrijving is null ? null : id + "-beschrijving";
        var foutId = fout is null ? null : id + "-fout";
        var beschreven = string.Join(' ', new[] { beschrijvingId, foutId }.Where(x => x is not null));

        output.TagName = null;
        var html = new HtmlContentBuilder();
        var groep = Type is "radio" or "checkboxes";
        var soort = Type switch { "checkbox" => "checkbox", "radio" => "radio", "checkboxes" => "checkbox", "textarea" => "textarea", "select" => "select", _ => "text" };

        html.AppendHtml(groep
            ? $"<fieldset id=\"{id}\" class=\"utrecht-form-fieldset{(fout is null ? "" : " utrecht-form-fieldset--invalid")}\"{Attr("aria-describedby", beschreven.Length > 0 ? beschreven : null)}{(fout is null ? "" : " aria-invalid=\"true\"")}><legend class=\"utrecht-form-fieldset__legend\">{E(Label)}</legend>"
            : $"<div class=\"utrecht-form-field utrecht-form-field--{soort}{(fout is null ? "" : " utrecht-form-field--invalid")}\">");

        if (Type != "checkbox" && !groep)
        {
            html.AppendHtml($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{E(Label)}</label></div>");
        }

        if (Beschrijving is not null)
        {
            html.AppendHtml($"<div class=\"utrecht-form-field__description\" id=\"{beschrijvingId}\">{E(Beschrijving)}</div>");
        }

        if (fout is not null)
        {
            html.AppendHtml($"<div class=\"utrecht-form-field__error-message\" id=\"{foutId}\">{E(fout)}</div>");
        }

        var aria = $"{(fout is null ? "" : " aria-invalid=\"true\"")}{Attr("aria-describedby", beschreven.Length > 0 && !groep ? beschreven : null)}";
        var extra = $"{(Persoonsgegeven ? " spellcheck=\"false\" translate=\"no\" autocomplete=\"off\"" : Attr("autocomplete", Autocomplete))}{Attr("maxlength", Maxlength?.ToString(CultureInfo.InvariantCulture))}";
        var ongeldig = fout is null ? "" : " utrecht-textbox--invalid";
        switch (Type)
        {
            case "textarea":
                html.AppendHtml($"<div class=\"utrecht-form-field__input\"><textarea class=\"utrecht-textarea{(fout is null ? "" : " utrecht-textarea--invalid")}\" id=\"{id}\" name=\"{naam}\" rows=\"4\"{aria}{extra}>{E(Waarde())}</textarea></div>");
                break;
            case "select":
                var gekozen = Waarde();
                html.AppendHtml($"<div class=\"utrecht-form-field__input\"><select class=\"utrecht-select{(fout is null ? "" : " utrecht-select--invalid")}\" id=\"{id}\" name=\"{naam}\"{aria}>");
                foreach (var item in Items ?? [])
                {
                    html.AppendHtml($"<option value=\"{E(item.Value)}\"{(item.Value == gekozen ? " selected" : "")}>{E(item.Text)}</option>");
                }

                html.AppendHtml("</select></div>");
                break;
            case "radio":
            case "checkboxes":
                var waarden = Waarden();
                var i = 0;
                foreach (var item in Items ?? [])
                {
                    var optieId = $"{id}_{i++}";
                    // The html-input modifier draws the checked state of a native radio; the plain class hides it (appearance: none).
                    var klasse = Type == "radio" ? "utrecht-radio-button utrecht-radio-button--html-input" : "utrecht-checkbox utrecht-checkbox--html-input";
                    html.AppendHtml($"<div class=\"utrecht-form-field utrecht-form-field--{soort}\"><div class=\"utrecht-form-field__input\"><input type=\"{(Type == "radio" ? "radio" : "checkbox")}\" class=\"{klasse}\" id=\"{optieId}\" name=\"{naam}\" value=\"{E(item.Value)}\"{(waarden.Contains(item.Value) ? " checked" : "")}{(fout is null ? "" : " aria-invalid=\"true\"")} /></div><div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label utrecht-form-label--{soort}\" for=\"{optieId}\">{E(item.Text)}</label></div></div>");
                }

                break;
            case "checkbox":
                var aan = string.Equals(Waarde(), "true", StringComparison.OrdinalIgnoreCase);
                html.AppendHtml($"<div class=\"utrecht-form-field__input\"><input type=\"checkbox\" class=\"utrecht-checkbox\" id=\"{id}\" name=\"{naam}\" value=\"true\"{(aan ? " checked" : "")}{aria} /></div><div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{id}\">{E(Label)}</label></div>");
                break;
            default:
                // A password is never written back into the page, and a browser cannot be given a file back.
                var waarde = Type is "password" or "file" ? "" : Waarde();
                html.AppendHtml($"<div class=\"utrecht-form-field__input\"><input class=\"utrecht-textbox{ongeldig}\" type=\"{E(Type)}\" id=\"{id}\" name=\"{naam}\" value=\"{E(waarde)}\"{aria}{extra}{Attr("accept", Accept)} /></div>");
                break;
        }

        html.AppendHtml(groep ? "</fieldset>" : "</div>");
        output.Content.SetHtmlContent(html);
    }

    /// <summary>The field's name as posted. Inside a partial rendered with for="Input" the expression is relative; the name is not.</summary>
    private string Naam => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    /// <summary>What the user typed if the form came back, else the model's value in the format the input expects.</summary>
    private string Waarde()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(Naam, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return For.Model switch
        {
            null => "",
            DateOnly datum => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime moment => moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var x => x.ToString() ?? "",
        };
    }

    private HashSet<string> Waarden()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(Naam, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue is string[] meer ? [.. meer] : [entry.AttemptedValue ?? ""];
        }

        return For.Model switch
        {
            null => [],
            string s => [s],
            bool b => [b ? "true" : "false"],
            IEnumerable lijst => [.. lijst.Cast<object>().Select(x => x.ToString() ?? "")],
            var x => [x.ToString() ?? ""],
        };
    }

    private string E(string? tekst) => encoder.Encode(tekst ?? "");

    private string Attr(string naam, string? waarde) => waarde is null ? "" : $" {naam}=\"{E(waarde)}\"";
}
