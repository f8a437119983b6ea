using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>
/// The API for Veilig Thuis' registration system (docs/api.md, ADR 0014): JWT bearer tokens from the configured
/// authority, a policy per scope, problem details for every error, the <c>API-Version</c> header, and the OpenAPI
/// document at <c>/api/v1/openapi.json</c>. No CORS: the API is for systems, not for browsers on other sites.
/// </summary>
public static class ApiRegistratie
{
    public const string Pad = "/api";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(Pad);

    public static IServiceCollection AddOverdrachtenApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiInstellingen>()
            .Bind(configuration.GetSection(ApiInstellingen.Sectie))
            .Validate(instellingen => !instellingen.Valideer().Any(), "De API-instellingen in de configuratie (sectie Api) zijn ongeldig.")
            .ValidateOnStart();
        var instellingen = configuration.GetSection(ApiInstellingen.Sectie).Get<ApiInstellingen>() ?? new ApiInstellingen();

        services.AddAuthentication().AddJwtBearer(Apiclients.Schema, options =>
        {
            options.Authority = instellingen.Autoriteit;
            options.Audience = instellingen.Publiek;
            options.RequireHttpsMetadata = instellingen.MetadataAlleenOverHttps;
            // Claims keep the names the authority gave them; Apiclients picks the ones it needs.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.ValidateAudience = true;
            options.TokenValidationParameters.ValidAudience = instellingen.Publiek;
            options.TokenValidationParameters.ValidateLifetime = true;
            options.TokenValidationParameters.RequireExpirationTime = true;
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(instellingen.KlokspelingSeconden);
            options.Events = new JwtBearerEvents { OnTokenValidated = Apiclients.VervangPrincipalAsync };
        });

        var autorisatie = services.AddAuthorizationBuilder();
        foreach (var scope in Scopes.Alle)
        {
            autorisatie.AddPolicy(scope, beleid => beleid
                .AddAuthenticationSchemes(Apiclients.Schema)
                .RequireAuthenticatedUser()
                .RequireClaim(Apiclients.ClientClaim)
                .RequireAssertion(context => context.User.HeeftScope(scope)));
        }

        services.AddProblemDetails();
        services.Configure<JsonOptions>(options => ApiJson.Configureer(options.SerializerOptions));
        services.AddSingleton<Clientlimiet>();
        services.AddScoped<Aanbodcontrole>();
        services.AddHttpClient(Webhookverzending.HttpClientNaam, client => client.Timeout = TimeSpan.FromSeconds(10))
            // A webhook is answered where it was sent: a redirect could carry the signed event elsewhere.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddHostedService<Webhookverzending>();
        services.AddOpenApi("v1", Openapidocument.Configureer);
        return services;
    }

    /// <summary>
    /// Errors under /api are problem details, never the Dutch error page: a 5xx from an exception, and every status the
    /// framework answers without a body (401, 403, 404, 405). Every answer carries <c>API-Version</c>. Outside
    /// Development a call over plain HTTP is refused: a redirect would come after the token had already crossed the wire.
    /// </summary>
    public static void UseApiFoutafhandeling(this IApplicationBuilder app, bool alleenHttps)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["API-Version"] = OverdrachtenApi.Versie;
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var fout = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                context.Response.StatusCode = fout is not null && Databasestoring.IsOnbeschikbaar(fout)
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError;
                return Problemen.SchrijfAsync(context);
            },
        });
        app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = context => Problemen.SchrijfAsync(context.HttpContext) });
        if (alleenHttps)
        {
            app.Use((context, next) => context.Request.IsHttps
                ? next(context)
                : Problemen.Probleem(StatusCodes.Status403Forbidden, "De API werkt alleen over HTTPS.").ExecuteAsync(context));
        }
    }

    public static void MapApi(this WebApplication app)
    {
        app.MapOpenApi($"{Pad}/v1/openapi.json").AllowAnonymous();
        app.MapOverdrachtenApi();
    }
}
