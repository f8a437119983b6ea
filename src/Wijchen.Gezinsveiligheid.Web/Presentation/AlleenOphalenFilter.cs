using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Wijchen.Gezinsveiligheid.Web.Presentation;

/// <summary>
/// A POST for which a page has no handler answers 405 (with the friendly error page) instead of rendering the page
/// without running any handler. Routing already answers 405 for a page that has no POST handler at all; this covers a
/// page whose only POST handlers are named (<c>?handler=…</c>) and a page without handlers, which would otherwise
/// render with an empty model for whatever is posted to it.
/// </summary>
public sealed class AlleenOphalenFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.HttpContext.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return Task.CompletedTask;
        }

        return next();
    }
}
