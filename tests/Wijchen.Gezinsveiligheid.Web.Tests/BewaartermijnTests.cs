using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Jobs;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Tests;

/// <summary>Closed dossiers are destroyed whole once their retention period has passed, and the access log says so.</summary>
public class BewaartermijnTests
{
    [Fact]
    public async Task Een_afgesloten_dossier_verdwijnt_helemaal_na_de_bewaartermijn_en_niet_eerder()
    {
        await using var app = new AppFactory();
        var afgesloten = await app.MetDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.Afgesloten && d.Gezinsleden.Any(g => g.Rol == GezinslidRol.Kind)).Select(d => new { d.Id, d.AfgeslotenOp }).FirstAsync());
        var open = await app.MetDbAsync(db => db.Dossiers.CountAsync(d => d.Fase != DossierFase.Afgesloten));

        app.Klok.Nu = afgesloten.AfgeslotenOp!.Value.AddYears(20).AddDays(-1);
        Assert.Equal(0, await VernietigAsync(app));
        Assert.True(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Id == afgesloten.Id)));

        app.Klok.Nu = afgesloten.AfgeslotenOp.Value.AddYears(20).AddDays(1);
        Assert.True(await VernietigAsync(app) >= 1);

        Assert.False(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Id == afgesloten.Id)));
        Assert.Equal(0, await RijenAsync<Gezinslid>(app, afgesloten.Id));
        Assert.Equal(0, await RijenAsync<ChronologieItem>(app, afgesloten.Id));
        Assert.Equal(0, await RijenAsync<Veiligheidsbeoordeling>(app, afgesloten.Id));
        Assert.Equal(0, await RijenAsync<Overdracht>(app, afgesloten.Id));
        Assert.Equal(0, await RijenAsync<RegieWissel>(app, afgesloten.Id));

        Assert.Equal(open, await app.MetDbAsync(db => db.Dossiers.CountAsync(d => d.Fase != DossierFase.Afgesloten)));
        var regel = await app.MetDbAsync(db => db.Toegangslog.AsNoTracking().SingleAsync(r => r.DossierId == afgesloten.Id && r.Soort == Toegangssoort.Wijzigen));
        Assert.Equal((Bewaartermijnen.Uitvoerder, "Systeem", "Bewaartermijn verstreken: dossier vernietigd"), (regel.GebruikerNaam, regel.Rol, regel.Onderdeel));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<Toegangslog>().ControleerAsync()).Intact);
    }

    [Fact]
    public async Task Een_kortere_bewaartermijn_voor_dossiers_zonder_kind_raakt_dossiers_met_een_kind_niet()
    {
        await using var app = new AppFactory();
        var metKind = await app.MetDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.Fase == DossierFase.Afgesloten && d.Gezinsleden.Any(g => g.Rol == GezinslidRol.Kind)).Select(d => new { d.Id, d.AfgeslotenOp }).FirstAsync());
        app.Services.GetRequiredService<Termijnberekening>().Vervang(new TermijnInstellingen { BewaarJarenOverig = 1 });

        app.Klok.Nu = metKind.AfgeslotenOp!.Value.AddYears(2);
        await VernietigAsync(app);

        Assert.True(await app.MetDbAsync(db => db.Dossiers.AnyAsync(d => d.Id == metKind.Id)));
    }

    /// <summary>Rows of one table of the aggregate that still point at the dossier.</summary>
    private static Task<int> RijenAsync<T>(AppFactory app, Guid dossier)
        where T : class => app.MetDbAsync(db => db.Set<T>().CountAsync(r => EF.Property<Guid>(r, "DossierId") == dossier));

    private static async Task<int> VernietigAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Bewaartermijnen>().VernietigVerlopenAsync();
    }
}
