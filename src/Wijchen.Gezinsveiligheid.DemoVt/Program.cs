namespace Wijchen.Gezinsveiligheid.DemoVt;

/// <summary>
/// Stands in for Veilig Thuis' registration system next to the demo app: issues client-credentials tokens and receives
/// the app's webhooks. Never part of a production installation (docs/api.md). A named class, not top-level statements:
/// the tests reference this project and the app's own global <c>Program</c> side by side.
/// </summary>
internal static class Startpunt
{
    private static async Task Main(string[] args) =>
        await DemoVtServer.Bouw(args, builder => builder.Configuration.AddJsonFile(Path.Combine(builder.Environment.ContentRootPath, "demovt.json"))).RunAsync();
}
