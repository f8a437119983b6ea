using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Api;

/// <summary>
/// The endpoints for Veilig Thuis' registration system. Each write is a domain action saved with its access-log row
/// (the client as actor) in one transaction, as the pages do; a domain refusal is a problem response with the domain's
/// Dutch message. A client sees only overdrachten that its own VT organisation offered: anything else is 404.
/// </summary>
public static class OverdrachtenApi
{
    public const string Versie = "1.0.0";

    private const string IdempotentieKop = "Idempotency-Key";

    private const string Aanbieden = "Warme overdracht aanbieden (API)";

    public static void MapOverdrachtenApi(this IEndpointRouteBuilder app)
    {
        // One limiter for the whole API: a filter made per endpoint would give each endpoint its own budget.
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<Clientlimiet>().InvokeAsync(context, next))
            .AddEndpointFilter(LogWeigeringAsync);
        api.MapPost("/overdrachten", BiedAanAsync)
            .RequireAuthorization(Scopes.Aanbieden)
            .WithMetadata(new Logonderdeel(Aanbieden))
            .WithName("overdrachtAanbieden")
            .WithSummary("Een warme overdracht aanbieden")
            .WithDescription("Registreert de melding met het hele gezin, legt de veiligheidsbeoordeling vast en biedt de overdracht aan een wijkteam aan, in één transactie. Met dezelfde Idempotency-Key geeft een herhaald verzoek het eerste resultaat terug.")
            .WithMetadata(new Verzoekinhoud(typeof(AanbodVerzoek)))
            .Produces<Overdrachtstand>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/overdrachten/{id:guid}", LeesAsync)
            .RequireAuthorization(Scopes.Lezen)
            .WithName("overdrachtLezen")
            .WithSummary("De stand van een aangeboden overdracht")
            .Produces<Overdrachtstand>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/overdrachten/{id:guid}/intrekking", TrekInAsync)
            .RequireAuthorization(Scopes.Aanbieden)
            .WithMetadata(new Logonderdeel($"{DossierActie.OverdrachtIntrekken.Naam()} (API)"))
            .WithName("overdrachtIntrekken")
            .WithSummary("Een aangeboden overdracht intrekken")
            .WithMetadata(new Verzoekinhoud(typeof(IntrekkingVerzoek)))
            .Produces<Overdrachtstand>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/dossiers/{kenmerk}/monitoring", LegMonitoringVastAsync)
            .RequireAuthorization(Scopes.Monitoring)
            .WithMetadata(new Logonderdeel($"{DossierActie.VoorwaardenControleren.Naam()} (API)"))
            .WithName("monitoringVastleggen")
            .WithSummary("De uitkomst van een monitoringsmoment vastleggen")
            .WithMetadata(new Verzoekinhoud(typeof(MonitoringVerzoek)))
            .Produces<Monitoringstand>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/wijkteams", WijkteamsAsync)
            .RequireAuthorization(Scopes.Aanbieden)
            .WithName("wijkteamsLezen")
            .WithSummary("De wijkteams waaraan een overdracht kan worden aangeboden")
            .Produces<List<Wijkteam>>();
    }

    private static async Task<IResult> BiedAanAsync(
        HttpContext http, AppDbContext db, Handelingen handelingen, Toegangsregistratie registratie, Aanbodcontrole controle,
        IOptions<ApiInstellingen> instellingen, IOptions<JsonOptions> json)
    {
        var sleutel = http.Request.Headers[IdempotentieKop].ToString();
        if (sleutel.Length > 200)
        {
            return Problemen.Ongeldig(new Dictionary<string, string[]> { [IdempotentieKop] = ["Houd de Idempotency-Key korter dan 200 tekens."] });
        }

        var gelezen = await ApiJson.LeesAsync<AanbodVerzoek>(http, instellingen.Value, json.Value.SerializerOptions);
        if (gelezen.Fout is { } onleesbaar)
        {
            return onleesbaar;
        }

        var clientId = http.User.ClientId();
        if (sleutel.Length > 0 && await EerderAsync(db, registratie, clientId, sleutel, gelezen.Hash) is { } herhaald)
        {
            return herhaald;
        }

        var handeling = handelingen.Voor(http.User);
        var (aanbod, fouten) = await controle.ControleerAsync(gelezen.Waarde!, handeling);
        if (aanbod is null)
        {
            return Problemen.Ongeldig(fouten);
        }

        var dossier = aanbod.Dossier;
        var deel = "veiligheidsbeoordeling";
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync();
            dossier.BeoordeelEnVolgBesluit(aanbod.Beoordeling.AlsGegevens(), null, handeling);
            deel = "overdracht";
            var overdracht = dossier.BiedOverdrachtAan(aanbod.Aanbod.AlsAanbod(aanbod.Team), handeling);
            db.Dossiers.Add(dossier);
            db.ApiOverdrachten.Add(new ApiOverdracht
            {
                Id = overdracht.Id,
                DossierId = dossier.Id,
                Kenmerk = Weergave.Kenmerk(dossier.Id),
                ClientId = clientId,
                VtOrganisatie = http.User.VtOrganisatie(),
                IdempotentieSleutel = sleutel.Length > 0 ? sleutel : null,
                VerzoekHash = gelezen.Hash,
                AangemaaktOp = handeling.Op,
            });
            await db.SaveChangesAsync();
            await LogAsync(registratie, Toegangssoort.Wijzigen, Aanbieden, dossier.Id);
            await transactie.CommitAsync();
            return Results.Created($"/api/v1/overdrachten/{overdracht.Id}", Stand(dossier, overdracht));
        }
        catch (DomainException fout)
        {
            // The domain names the field of the data it was given; that data sits in one part of the request.
            return Problemen.Ongeldig(new Dictionary<string, string[]> { [fout.Veld is { } veld ? $"{deel}.{Aanbodcontrole.Camel(veld)}" : deel] = [fout.Message] });
        }
        catch (DbUpdateException) when (sleutel.Length > 0)
        {
            // A retry with the same key committed first: answer with its result, never a second dossier.
            db.ChangeTracker.Clear();
            if (await EerderAsync(db, registratie, clientId, sleutel, gelezen.Hash) is { } eerder)
            {
                return eerder;
            }

            throw;
        }
    }

    /// <summary>The first result for this key, or a refusal when the key was used for another request; null when the key is new.</summary>
    private static async Task<IResult?> EerderAsync(AppDbContext db, Toegangsregistratie registratie, string clientId, string sleutel, string hash)
    {
        var eerder = await db.ApiOverdrachten.AsNoTracking().SingleOrDefaultAsync(a => a.ClientId == clientId && a.IdempotentieSleutel == sleutel);
        if (eerder is null)
        {
            return null;
        }

        if (eerder.VerzoekHash != hash)
        {
            return Problemen.Probleem(StatusCodes.Status422UnprocessableEntity,
                "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor een nieuw aanbod een nieuwe sleutel.");
        }

        var dossier = await db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == eerder.DossierId);
        await LogAsync(registratie, Toegangssoort.Lezen, "Overdracht (API, herhaald aanbod)", dossier.Id);
        return Results.Created($"/api/v1/overdrachten/{eerder.Id}", Stand(dossier, dossier.Overdrachten.Single(o => o.Id == eerder.Id)));
    }

    private static async Task<IResult> LeesAsync(Guid id, HttpContext http, AppDbContext db, Toegangsregistratie registratie)
    {
        var dossier = await VanOrganisatieAsync(db, http, OverdrachtVan(db, id));
        await LogAsync(registratie, Toegangssoort.Lezen, "Overdracht (API)", dossier?.Id, dossier is null ? Toegangsuitkomst.NietGevonden : Toegangsuitkomst.Toegestaan);
        if (dossier is null)
        {
            return Problemen.Probleem(StatusCodes.Status404NotFound);
        }

        return Results.Ok(Stand(dossier, dossier.Overdrachten.Single(o => o.Id == id)));
    }

    private static async Task<IResult> TrekInAsync(
        Guid id, HttpContext http, AppDbContext db, Handelingen handelingen, Toegangsregistratie registratie, IOptions<ApiInstellingen> instellingen, IOptions<JsonOptions> json)
    {
        var gelezen = await ApiJson.LeesAsync<IntrekkingVerzoek>(http, instellingen.Value, json.Value.SerializerOptions);
        if (gelezen.Fout is { } onleesbaar)
        {
            return onleesbaar;
        }

        var reden = gelezen.Waarde!.Reden;
        if (string.IsNullOrWhiteSpace(reden) || reden.Length > 2000)
        {
            return Problemen.Ongeldig(new Dictionary<string, string[]>
            {
                ["reden"] = [string.IsNullOrWhiteSpace(reden) ? "Geef aan waarom Veilig Thuis de overdracht intrekt." : "Houd de reden korter dan 2000 tekens."],
            });
        }

        var dossier = await VanOrganisatieAsync(db, http, OverdrachtVan(db, id), volgen: true);
        if (dossier is null)
        {
            await LogAsync(registratie, Toegangssoort.Wijzigen, LogonderdeelVan(http), null, Toegangsuitkomst.NietGevonden);
            return Problemen.Probleem(StatusCodes.Status404NotFound);
        }

        if (dossier.HuidigeOverdracht?.Id != id)
        {
            await LogAsync(registratie, Toegangssoort.Wijzigen, LogonderdeelVan(http), dossier.Id, Toegangsuitkomst.NietUitgevoerd);
            return Problemen.Probleem(StatusCodes.Status409Conflict, "Deze overdracht is niet meer het lopende aanbod van het dossier.");
        }

        return await VoerUitAsync(db, registratie, dossier, LogonderdeelVan(http), () =>
        {
            dossier.TrekOverdrachtIn(reden, handelingen.Voor(http.User));
            return Results.Ok(Stand(dossier, dossier.Overdrachten.Single(o => o.Id == id)));
        });
    }

    private static async Task<IResult> LegMonitoringVastAsync(
        string kenmerk, HttpContext http, AppDbContext db, Handelingen handelingen, Toegangsregistratie registratie, IOptions<ApiInstellingen> instellingen, IOptions<JsonOptions> json)
    {
        var gelezen = await ApiJson.LeesAsync<MonitoringVerzoek>(http, instellingen.Value, json.Value.SerializerOptions);
        if (gelezen.Fout is { } onleesbaar)
        {
            return onleesbaar;
        }

        var verzoek = gelezen.Waarde!;
        var fouten = new Dictionary<string, string[]>();
        if (verzoek.Datum is null)
        {
            fouten["datum"] = ["Vul de datum van de controle in."];
        }

        for (var i = 0; i < verzoek.Controles.Count; i++)
        {
            var controle = verzoek.Controles[i];
            if (controle.VoorwaardeId is null)
            {
                fouten[$"controles[{i}].voorwaardeId"] = ["Noem de voorwaarde die is gecontroleerd."];
            }

            if (controle.Naleving is null)
            {
                fouten[$"controles[{i}].naleving"] = ["Geef aan of de voorwaarde is nageleefd."];
            }

            if (controle.Toelichting?.Length > 2000)
            {
                fouten[$"controles[{i}].toelichting"] = ["Houd de toelichting korter dan 2000 tekens."];
            }
        }

        if (fouten.Count > 0)
        {
            return Problemen.Ongeldig(fouten);
        }

        var gezocht = kenmerk.Trim().ToUpperInvariant();
        var dossier = await VanOrganisatieAsync(db, http, db.ApiOverdrachten.Where(a => a.Kenmerk == gezocht).Select(a => a.DossierId), volgen: true);
        if (dossier is null)
        {
            await LogAsync(registratie, Toegangssoort.Wijzigen, LogonderdeelVan(http), null, Toegangsuitkomst.NietGevonden);
            return Problemen.Probleem(StatusCodes.Status404NotFound);
        }

        return await VoerUitAsync(db, registratie, dossier, LogonderdeelVan(http), () =>
        {
            var handeling = handelingen.Voor(http.User);
            dossier.ControleerVoorwaarden(verzoek.Datum!.Value,
                [.. verzoek.Controles.Select(c => new ControleGegevens(c.VoorwaardeId!.Value, c.Naleving!.Value, c.Toelichting))], handeling);
            var maand = dossier.GeaccepteerdeOverdracht!.Voorwaarden.SelectMany(v => v.Controles).MaxBy(c => c.Volgnummer)?.MonitoringMaand;
            // The moment is part of the dossier, not a resource of its own to fetch: no Location.
            return Results.Created((string?)null,
                new Monitoringstand(Weergave.Kenmerk(dossier.Id), maand, verzoek.Datum!.Value, dossier.MonitoringUiterlijk));
        });
    }

    private static async Task<List<Wijkteam>> WijkteamsAsync(AppDbContext db, Toegangsregistratie registratie)
    {
        await LogAsync(registratie, Toegangssoort.Lezen, "Wijkteams (API)", null);
        return await db.Teams.AsNoTracking().Where(t => t.Organisatie == Organisatie.Gemeente).OrderBy(t => t.Naam).Select(t => new Wijkteam(t.Id, t.Naam)).ToListAsync();
    }

    /// <summary>
    /// One action on a loaded dossier: the domain call, its save and its access-log row in one transaction. A refusal by
    /// the domain is a 422 with the domain's reason, another change that came first a 409; the dossier stays as it was.
    /// </summary>
    private static async Task<IResult> VoerUitAsync(AppDbContext db, Toegangsregistratie registratie, Dossier dossier, string onderdeel, Func<IResult> domein)
    {
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync();
            var antwoord = domein();
            await db.SaveChangesAsync();
            await LogAsync(registratie, Toegangssoort.Wijzigen, onderdeel, dossier.Id);
            await transactie.CommitAsync();
            return antwoord;
        }
        catch (DomainException fout)
        {
            db.ChangeTracker.Clear();
            await LogAsync(registratie, Toegangssoort.Wijzigen, onderdeel, dossier.Id, Toegangsuitkomst.NietUitgevoerd);
            return Problemen.Probleem(StatusCodes.Status422UnprocessableEntity, fout.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LogAsync(registratie, Toegangssoort.Wijzigen, onderdeel, dossier.Id, Toegangsuitkomst.NietUitgevoerd);
            return Problemen.Probleem(StatusCodes.Status409Conflict, "Het dossier werd op hetzelfde moment door iemand anders gewijzigd. Vraag de stand op en probeer het opnieuw.");
        }
    }

    /// <summary>
    /// A write refused for its content (unreadable, invalid, refused by the domain before a dossier was touched) is still
    /// a call of this client: it gets its row, "niet uitgevoerd". Handlers that got as far as a dossier wrote their own.
    /// A call over the client's limit (the outer filter) never reaches the handler and has no row.
    /// </summary>
    private static async ValueTask<object?> LogWeigeringAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var resultaat = await next(context);
        var registratie = context.HttpContext.RequestServices.GetRequiredService<Toegangsregistratie>();
        if (resultaat is IStatusCodeHttpResult { StatusCode: >= 400 and < 500 } && !registratie.IsGenoteerd
            && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Logonderdeel>() is { } onderdeel)
        {
            await LogAsync(registratie, Toegangssoort.Wijzigen, onderdeel.Naam, null, Toegangsuitkomst.NietUitgevoerd);
        }

        return resultaat;
    }

    private static string LogonderdeelVan(HttpContext http) => http.GetEndpoint()!.Metadata.GetRequiredMetadata<Logonderdeel>().Naam;

    /// <summary>
    /// The call's row in the NEN 7513 access log, with the client as the actor; a change writes it inside its own
    /// transaction. A call refused before it reached a dossier (no valid token, no scope) has no row: the request log has it.
    /// </summary>
    private static async Task LogAsync(Toegangsregistratie registratie, Toegangssoort soort, string onderdeel, Guid? dossierId, Toegangsuitkomst uitkomst = Toegangsuitkomst.Toegestaan)
    {
        registratie.Noteer(soort, onderdeel, dossierId, uitkomst);
        await registratie.SchrijfAsync();
    }

    private static IQueryable<Guid> OverdrachtVan(AppDbContext db, Guid overdrachtId) =>
        db.Set<Overdracht>().Where(o => o.Id == overdrachtId).Select(o => EF.Property<Guid>(o, "DossierId"));

    /// <summary>The dossier, when an overdracht of it was offered through the API by the caller's own VT organisation.</summary>
    private static async Task<Dossier?> VanOrganisatieAsync(AppDbContext db, HttpContext http, IQueryable<Guid> dossierIds, bool volgen = false)
    {
        var organisatie = http.User.VtOrganisatie();
        var eigen = db.ApiOverdrachten.Where(a => a.VtOrganisatie == organisatie && dossierIds.Contains(a.DossierId)).Select(a => a.DossierId);
        var dossiers = volgen ? db.Dossiers : db.Dossiers.AsNoTracking();
        return await dossiers.MetAggregaat().Where(d => eigen.Contains(d.Id)).SingleOrDefaultAsync();
    }

    /// <summary>What Veilig Thuis may know of an offer: its stage, the team, the dates, a reason for a refusal or withdrawal.</summary>
    private static Overdrachtstand Stand(Dossier dossier, Overdracht overdracht) => new(
        overdracht.Id,
        Weergave.Kenmerk(dossier.Id),
        overdracht.Status switch
        {
            OverdrachtStatus.Aangeboden => Overdrachtsstatus.Aangeboden,
            OverdrachtStatus.GesprekGepland => overdracht.GehoudenOp is null ? Overdrachtsstatus.GesprekGepland : Overdrachtsstatus.GesprekGehouden,
            OverdrachtStatus.Geaccepteerd => Overdrachtsstatus.Geaccepteerd,
            OverdrachtStatus.Afgewezen => Overdrachtsstatus.Afgewezen,
            OverdrachtStatus.Ingetrokken => Overdrachtsstatus.Ingetrokken,
        },
        new Wijkteam(overdracht.TeamId, overdracht.TeamNaam),
        overdracht.AangebodenOp,
        overdracht.GesprekOp,
        overdracht.GehoudenOp,
        overdracht.BesluitOp,
        overdracht.Status is OverdrachtStatus.Afgewezen or OverdrachtStatus.Ingetrokken ? overdracht.Reden : null,
        overdracht.MonitoringMaanden,
        [.. overdracht.Voorwaarden.Select(v => new Voorwaardestand(v.Id, v.Omschrijving, v.LaatsteControle?.Naleving))]);
}

/// <summary>How a write endpoint is named in the access log.</summary>
public sealed record Logonderdeel(string Naam);
