using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Jobs;

namespace Wijchen.Gezinsveiligheid.Web.Notificaties;

public static class NotificatieRegistratie
{
    /// <summary>Notifications in the app, the e-mail outbox and its sender, and the daily jobs (ladder and digest).</summary>
    public static IServiceCollection AddNotificaties(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<MailInstellingen>()
            .Bind(configuration.GetSection(MailInstellingen.Sectie))
            .PostConfigure(instellingen =>
            {
                if (instellingen.Map.Length == 0)
                {
                    instellingen.Map = Path.Combine(dataDirectory, "mail");
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailInstellingen>, MailInstellingenControle>();
        services.AddSingleton<Notificatiepost>();
        services.AddScoped<Notificatieteller>();
        services.AddSingleton<ISaveChangesInterceptor, Notificatiegebeurtenissen>();
        services.AddScoped<Termijnsignalering>();
        services.AddScoped<Dagoverzicht>();
        services.AddSingleton<Mailverzending>();
        services.AddHostedService(diensten => diensten.GetRequiredService<Mailverzending>());
        services.AddSingleton<Notificatiebewaking>();
        services.AddHostedService(diensten => diensten.GetRequiredService<Notificatiebewaking>());
        return services;
    }
}

/// <summary>Stops the start with every reason the e-mail settings are wrong, each naming its setting.</summary>
public sealed class MailInstellingenControle : IValidateOptions<MailInstellingen>
{
    public ValidateOptionsResult Validate(string? name, MailInstellingen options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fouten = options.Valideer().ToList();
        return fouten.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(fouten.Prepend("De e-mailinstellingen (sectie Mail) zijn ongeldig."));
    }
}
