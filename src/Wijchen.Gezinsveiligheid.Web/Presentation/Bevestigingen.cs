namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>
/// The confirmation after an action, carried over the redirect in TempData and shown by the layout on the next page,
/// as an NL Design System alert that screen readers announce (role="status"). A page sets it with
/// <c>TempData[Bevestigingen.Sleutel]</c> or a <c>[TempData] Bevestiging</c> property.
/// </summary>
public static class Bevestigingen
{
    public const string Sleutel = "Bevestiging";
}
