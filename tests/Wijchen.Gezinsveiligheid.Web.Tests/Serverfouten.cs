using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// Every answer of 500 or more that the app gives during a test run, written as one line to
/// <c>TestResults/serverfouten.log</c> (next to the TRX files). A test may pass while a page it did not look at broke;
/// <c>.ci/run</c> fails the run when this file has a line. Shared by the HTTP and the browser tests.
/// </summary>
public sealed class Serverfouten(string test) : IStartupFilter
{
    private static readonly Lock Schrijven = new();

    public static string Bestand { get; } = Path.Combine(RepoRoot(AppContext.BaseDirectory), "TestResults", "serverfouten.log");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // Outermost, so it sees the status the client gets, after the error page has been re-executed.
        app.Use(async (context, volgende) =>
        {
            await volgende(context);
            if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
            {
                Noteer($"{DateTimeOffset.UtcNow:O} {test}: {context.Request.Method} {context.Request.Path}{context.Request.QueryString} → {context.Response.StatusCode}");
            }
        });
        next(app);
    };

    private static void Noteer(string regel)
    {
        lock (Schrijven)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Bestand)!);
            File.AppendAllLines(Bestand, [regel]);
        }
    }

    private static string RepoRoot(string map) =>
        File.Exists(Path.Combine(map, "Wijchen.Gezinsveiligheid.sln")) ? map
        : Path.GetDirectoryName(map) is { } ouder ? RepoRoot(ouder)
        : throw new InvalidOperationException("Repository niet gevonden.");
}
