using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wijchen.Gezinsveiligheid.Web.Toegang;

/// <summary>
/// The one place where the access-log row of a page request is written: after the handler, before the result is
/// rendered, so a page whose access could not be logged shows nothing. A page under <c>/Dossiers/{id}</c> that noted no
/// access fails instead of showing a dossier unlogged; a new dossier page cannot forget the log.
/// </summary>
public sealed class ToegangslogFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var registratie = context.HttpContext.RequestServices.GetRequiredService<Toegangsregistratie>();
        var uitgevoerd = await next();
        if (uitgevoerd.Exception is not null && !uitgevoerd.ExceptionHandled)
        {
            // The request ends on the error page, which shows nothing it read; what it was about to change did not
            // happen. Its note must not be written by the error page either, as if the change had gone through.
            registratie.Vergeet();
            return;
        }

        if (registratie.IsGenoteerd)
        {
            await registratie.SchrijfAsync();
        }
        else if (IsDossierpagina(context.ActionDescriptor))
        {
            throw new InvalidOperationException($"De pagina {context.ActionDescriptor.ViewEnginePath} opent een dossier zonder regel in het toegangslog.");
        }
    }

    /// <summary>A page addressed by a dossier's id, unless it says it shows none of the dossier's data.</summary>
    private static bool IsDossierpagina(PageActionDescriptor pagina) =>
        pagina.AttributeRouteInfo?.Template?.StartsWith("Dossiers/{id:guid}", StringComparison.Ordinal) == true
        && !pagina.EndpointMetadata.OfType<ToontGeenDossiergegevensAttribute>().Any();
}

/// <summary>On a page under <c>/Dossiers/{id}</c> that shows nothing of the dossier (the break-the-glass request form).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ToontGeenDossiergegevensAttribute : Attribute;
