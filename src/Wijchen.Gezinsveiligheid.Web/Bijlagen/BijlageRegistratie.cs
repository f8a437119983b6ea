using Microsoft.Extensions.Options;

namespace Wijchen.Gezinsveiligheid.Web.Bijlagen;

public static class BijlageRegistratie
{
    /// <summary>The settings (checked at start), the scanner client, the encrypted store and the service the pages use.</summary>
    public static IServiceCollection AddBijlagen(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<BijlageInstellingen>()
            .Bind(configuration.GetSection(BijlageInstellingen.Sectie))
            .PostConfigure(instellingen =>
            {
                if (instellingen.Map.Length == 0)
                {
                    instellingen.Map = Path.Combine(dataDirectory, "bijlagen");
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BijlageInstellingen>>(new Instellingencontrole<BijlageInstellingen>("De instellingen voor bijlagen (sectie Bijlagen) zijn ongeldig."));
        services.AddSingleton<Virusscanner>();
        services.AddSingleton<Bijlagekluis>();
        services.AddScoped<Bijlagebeheer>();
        return services;
    }
}
