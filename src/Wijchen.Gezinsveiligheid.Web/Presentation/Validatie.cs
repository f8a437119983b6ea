using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>Runs a FluentValidation validator and puts its Dutch messages into ModelState, next to the right field.</summary>
public static class Validatie
{
    public static async Task<bool> ValideerAsync<T>(this ModelStateDictionary modelState, IValidator<T> validator, T model, string prefix)
    {
        ValidationResult resultaat = await validator.ValidateAsync(model);
        foreach (var fout in resultaat.Errors)
        {
            modelState.AddModelError($"{prefix}.{fout.PropertyName}", fout.ErrorMessage);
        }

        return resultaat.IsValid && modelState.IsValid;
    }

    /// <summary>The first message for a field, or null: what the page shows next to it.</summary>
    public static string? FoutVoor(this ModelStateDictionary modelState, string veld) =>
        modelState.TryGetValue(veld, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
