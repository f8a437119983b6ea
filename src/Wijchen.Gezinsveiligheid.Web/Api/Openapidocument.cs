using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>
/// Shapes the generated OpenAPI document to the Dutch API Design Rules: contact and version in <c>info</c>, the major
/// version in the server URL (<c>/api/v1</c>) so paths are the resources themselves, the OAuth 2.0 client-credentials
/// scheme with its scopes on each operation, the <c>API-Version</c> header on every response, and the problem responses
/// every protected operation can give. The document is committed (docs/api/openapi.json) and a test fails when it drifts.
/// </summary>
/// <summary>
/// The JSON body an endpoint reads itself (<see cref="ApiJson"/>), for the OpenAPI document. Not <c>Accepts</c>: that
/// makes routing refuse another content type before the endpoint, and the API answers that with its own problem (415).
/// </summary>
public sealed record Verzoekinhoud(Type Type);

public static class Openapidocument
{
    public const string Beveiliging = "oauth2";

    private const string Server = "/api/v1";

    public static void Configureer(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.ShouldInclude = beschrijving => beschrijving.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Gezinsveiligheid Wijchen: warme overdrachten van Veilig Thuis",
                Version = OverdrachtenApi.Versie,
                Description = "Het registratiesysteem van Veilig Thuis biedt hiermee een warme overdracht aan het Sociaal Wijkteam aan, volgt haar stand, trekt haar in en legt monitoringsmomenten vast. De uitkomst komt terug als webhook (zie docs/api.md).",
                Contact = new OpenApiContact { Name = "Gemeente Wijchen, team Gezinsveiligheid", Email = "gezinsveiligheid@wijchen.nl", Url = new Uri("https://www.wijchen.nl") },
            };
            document.Servers = [new OpenApiServer { Url = Server, Description = "Deze installatie" }];
            var paden = new OpenApiPaths();
            foreach (var (pad, item) in document.Paths)
            {
                paden.Add(pad.StartsWith(Server, StringComparison.Ordinal) ? pad[Server.Length..] : pad, item);
            }

            document.Paths = paden;
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [Beveiliging] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.OAuth2,
                    Description = "OAuth 2.0 client credentials (NL GOV Assurance profile for OAuth 2.0): een JWT van de geconfigureerde autorisatieserver met audience gezinsveiligheid-api.",
                    Flows = new OpenApiOAuthFlows
                    {
                        ClientCredentials = new OpenApiOAuthFlow
                        {
                            TokenUrl = new Uri("https://autorisatieserver.wijchen.nl/oauth2/token"),
                            Scopes = new Dictionary<string, string>
                            {
                                [Scopes.Aanbieden] = "Overdrachten aanbieden en intrekken, wijkteams opvragen",
                                [Scopes.Lezen] = "De stand van eigen overdrachten lezen",
                                [Scopes.Monitoring] = "Monitoringsmomenten vastleggen",
                            },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operatie, context, annulering) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Verzoekinhoud>().FirstOrDefault() is { } inhoud)
            {
                operatie.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(inhoud.Type, null, annulering) },
                    },
                };
            }

            var scopes = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            if (scopes.Count > 0)
            {
                operatie.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Beveiliging, context.Document)] = scopes }];
                operatie.Responses ??= [];
                foreach (var status in new[] { StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests })
                {
                    operatie.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), Probleemantwoord(status));
                }
            }

            foreach (var (status, beschreven) in operatie.Responses ?? [])
            {
                if (beschreven is not OpenApiResponse antwoord)
                {
                    continue;
                }

                // Dutch, like the rest of the documentation (/core/doc-language).
                antwoord.Description = status switch
                {
                    "200" => "Gelukt",
                    "201" => "Aangemaakt; Location wijst naar de resource",
                    _ => Problemen.Tekst(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)).Titel,
                };
                antwoord.Headers ??= new Dictionary<string, IOpenApiHeader>();
                antwoord.Headers["API-Version"] = new OpenApiHeader
                {
                    Description = "De versie van de API (semver)",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        });
    }

    private static OpenApiResponse Probleemantwoord(int status) => new()
    {
        Description = Problemen.Tekst(status).Titel,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [Problemen.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails") },
        },
    };
}
