using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>
/// A text field left empty stays an empty text where the property says it is never null. MVC turns "" into null by
/// default, so a select left on its empty option or an empty optional field reached the code as a null that its type
/// promised could not be there (a 500 on Plannen, Accepteren and Wisselen).
/// </summary>
public sealed class LegeTekstBlijftLeeg : IDisplayMetadataProvider
{
    private readonly NullabilityInfoContext nullability = new();

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key is { MetadataKind: ModelMetadataKind.Property, PropertyInfo: { } eigenschap } && eigenschap.PropertyType == typeof(string))
        {
            lock (nullability)
            {
                if (nullability.Create(eigenschap).WriteState == NullabilityState.NotNull)
                {
                    context.DisplayMetadata.ConvertEmptyStringToNull = false;
                }
            }
        }
    }
}

/// <summary>
/// Dates from a form must lie in a range a person can mean: a date field also accepts the year 1 or 9999, which the
/// time zone conversions and the database cannot hold. Outside it, the field gets a Dutch message next to it. Binding
/// itself is left to the framework's own binder for the type (<paramref name="standaard"/>: the providers registered
/// before this one), so parsing is exactly what it was.
/// </summary>
public sealed class DatumBereikBinderProvider(IReadOnlyList<IModelBinderProvider> standaard) : IModelBinderProvider
{
    public const int VroegsteJaar = 1900;
    public const int LaatsteJaar = 2100;

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var soort = context.Metadata.UnderlyingOrModelType;
        if (soort != typeof(DateTime) && soort != typeof(DateOnly) && soort != typeof(DateTimeOffset))
        {
            return null;
        }

        return standaard.Select(provider => provider.GetBinder(context)).FirstOrDefault(binder => binder is not null) is { } binnen
            ? new DatumBereikBinder(binnen)
            : null;
    }

    private sealed class DatumBereikBinder(IModelBinder binnen) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await binnen.BindModelAsync(bindingContext);
            var jaar = bindingContext.Result.Model switch
            {
                DateTime moment => moment.Year,
                DateOnly datum => datum.Year,
                DateTimeOffset moment => moment.Year,
                _ => (int?)null,
            };
            if (bindingContext.Result.IsModelSet && jaar is < VroegsteJaar or > LaatsteJaar)
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"Vul een datum tussen {VroegsteJaar} en {LaatsteJaar} in.");
                bindingContext.Result = ModelBindingResult.Failed();
            }
        }
    }
}
