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
        services.AddSingleton<IValidateOptions<MailInstellingen>>(new Instellingencontrole<MailInstellingen>("De e-mailinstellingen (sectie Mail) zijn ongeldig."));
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
