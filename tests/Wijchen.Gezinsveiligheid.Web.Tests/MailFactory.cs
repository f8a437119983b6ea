using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Web.Jobs;
using Wijchen.Gezinsveiligheid.Web.Notificaties;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>The app with e-mail over SMTP to a real server in the test process (<see cref="Smtpvanger"/>).</summary>
public class MailFactory : AppFactory, IAsyncLifetime
{
    private Smtpvanger? _smtp;

    public Smtpvanger Smtp => _smtp ?? throw new InvalidOperationException("De SMTP-server is nog niet gestart.");

    public Mailverzending Mail => Services.GetRequiredService<Mailverzending>();

    public Notificatiebewaking Bewaking => Services.GetRequiredService<Notificatiebewaking>();

    public async Task InitializeAsync() => _smtp ??= await Smtpvanger.StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The app, then its mail server: also when a test made this factory itself (<c>await using</c>).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
            _smtp = null;
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (sleutel, waarde) in Smtp.AppInstellingen())
        {
            builder.UseSetting(sleutel, waarde);
        }
    }
}
