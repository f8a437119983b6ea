using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>
/// The app as an operator runs it: its own process (<c>dotnet Wijchen.Gezinsveiligheid.Web.dll …</c>) on a data folder,
/// in Development so that it needs no certificate or host names.
/// </summary>
public static class Beheerproces
{
    public static string AppDll => typeof(Program).Assembly.Location;

    public static ProcessStartInfo Opdracht(string dataMap, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(AppDll)! };
        start.ArgumentList.Add(AppDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DataDirectory"] = dataMap;
        return start;
    }

    /// <summary>Runs a command to its end (at most two minutes) and returns its exit code and everything it printed.</summary>
    public static Task<(int Code, string Uitvoer)> VoerUitAsync(string dataMap, params string[] args) =>
        VoerUitAsync(Opdracht(dataMap, args), TimeSpan.FromMinutes(2));

    /// <summary>Runs any program to its end (at most <paramref name="maximaal"/>) and returns its exit code and everything it printed.</summary>
    public static async Task<(int Code, string Uitvoer)> VoerUitAsync(ProcessStartInfo start, TimeSpan maximaal)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var proces = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} start niet.");
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(maximaal);
        await proces.WaitForExitAsync(tijd.Token);
        return (proces.ExitCode, await uitvoer + await fouten);
    }

    /// <summary>A question to the database file of a data folder, as the app itself would ask it, without a running app.</summary>
    public static async Task<T> InDatabaseAsync<T>(string dataMap, Func<AppDbContext, Task<T>> vraag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        var opties = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(dataMap, "gezinsveiligheid.db")};Pooling=False").Options;
        await using var db = new SqliteAppDbContext(opties);
        return await vraag(db);
    }
}
