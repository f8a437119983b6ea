using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>
/// A POST for which a page has no handler answers 405 (with the friendly error page) instead of rendering the page
/// without running any handler. Routing already answers 405 for a page that has no POST handler at all; this covers a
/// page whose only POST handlers are named (<c>?handler=…</c>) and a page without handlers, which would otherwise
/// render with an empty model for whatever is posted to it. A GET that names a handler the page does not have is a 404
/// for the same reason.
/// </summary>
public sealed class AlleenOphalenFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var verzoek = context.HttpContext.Request;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(verzoek.Method) && !HttpMethods.IsHead(verzoek.Method))
        {
            context.HttpContext.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return Task.CompletedTask;
        }

        if (context.HandlerMethod is null && verzoek.Query.ContainsKey("handler"))
        {
            // A GET naming a handler the page does not have (a link copied from a form's address): no such page.
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }

        return next();
    }
}
