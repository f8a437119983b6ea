using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;

namespace Wijchen.Gezinsveiligheid.Web.Toegang;

/// <summary>How many times a day someone may break the glass on their own (section <c>Noodtoegang</c>).</summary>
public sealed class NoodtoegangInstellingen
{
    public const string Sectie = "Noodtoegang";

    public int PerDag { get; set; } = 3;

    public IEnumerable<string> Valideer()
    {
        if (PerDag is < 1 or > 50)
        {
            yield return "Noodtoegang:PerDag moet tussen 1 en 50 liggen.";
        }
    }
}

/// <summary>
/// Break the glass, with brakes: a ground and a real reason; up to <see cref="NoodtoegangInstellingen.PerDag"/> times in
/// <see cref="Venster"/> the dossier opens at once, beyond that a teamleider of the requester's own team must approve
/// first. The dossier's own teamleider sees every opened dossier in Mijn werk at once; the privacy officer reviews all.
/// </summary>
public sealed class Noodtoegangen(AppDbContext db, Toegangsregistratie registratie, IOptions<NoodtoegangInstellingen> instellingen, TimeProvider klok)
{
    public const string Gevraagd = "Noodtoegang gevraagd";
    public const string WachtOpGoedkeuring = "Noodtoegang gevraagd, wacht op goedkeuring";

    public static readonly TimeSpan Venster = TimeSpan.FromHours(24);

    public static string Omschrijving(Noodtoegangsgrond? grond) => grond switch
    {
        Noodtoegangsgrond.AcuutGevaar => "Acuut gevaar voor een gezinslid",
        Noodtoegangsgrond.RegieNietBereikbaar => "Crisisdienst of waarneming: de casusregisseur is niet bereikbaar",
        Noodtoegangsgrond.NieuweMelding => "Er komt nu een nieuwe melding of vraag over dit gezin binnen",
        Noodtoegangsgrond.Anders => "Anders (beschreven in de reden)",
        _ => "niet vastgelegd",
    };

    /// <summary>Whether this user broke the glass into this dossier and may still read it.</summary>
    public Task<bool> IsOpenVoorAsync(ClaimsPrincipal user, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Dossierinzage.MagNoodtoegangVragen(user))
        {
            return Task.FromResult(false);
        }

        var ik = user.Id();
        var nu = klok.GetUtcNow();
        return db.Noodtoegangen.AnyAsync(n => n.GebruikerId == ik && n.DossierId == dossierId && n.GeldigTot > nu);
    }

    /// <summary>This user's request for this dossier that still waits for a teamleider, if any.</summary>
    public Task<Noodtoegang?> WachtendeAanvraagAsync(ClaimsPrincipal user, Guid dossierId)
    {
        var ik = user.Id();
        var sinds = klok.GetUtcNow() - Venster;
        return db.Noodtoegangen.AsNoTracking()
            .Where(n => n.GebruikerId == ik && n.DossierId == dossierId && n.Op > sinds && n.GoedkeuringNodig && n.Goedgekeurd == null)
            .OrderByDescending(n => n.Op).FirstOrDefaultAsync();
    }

    /// <summary>Records the break-the-glass on an existing dossier: opened at once, or waiting within the daily limit's brake.</summary>
    public async Task<Noodtoegang> VraagAsync(ClaimsPrincipal user, Guid dossierId, Guid? dossierTeamId, Noodtoegangsgrond grond, string reden)
    {
        ArgumentNullException.ThrowIfNull(user);
        var ik = user.Id();
        var nu = klok.GetUtcNow();
        var sinds = nu - Venster;
        // On SQLite the transaction takes the write lock at its start, so simultaneous requests count one after another.
        await using var transactie = await db.Database.BeginTransactionAsync();
        var gebruikt = await db.Noodtoegangen.CountAsync(n => n.GebruikerId == ik && n.Op > sinds && (!n.GoedkeuringNodig || n.Goedgekeurd == true));
        var aanvraag = new Noodtoegang
        {
            Id = Guid.CreateVersion7(nu),
            GebruikerId = ik,
            GebruikerNaam = user.Naam(),
            AanvragerTeamId = user.TeamId(),
            DossierId = dossierId,
            TeamId = dossierTeamId,
            Grond = grond,
            Reden = reden.Trim(),
            Op = nu,
        };
        var noodtoegang = gebruikt < instellingen.Value.PerDag ? Noodtoegang.Verleend(aanvraag, Dossierinzage.NoodtoegangDuur) : Noodtoegang.TerGoedkeuring(aanvraag);
        db.Noodtoegangen.Add(noodtoegang);
        await db.SaveChangesAsync();
        registratie.Noteer(Toegangssoort.Lezen, noodtoegang.WachtOpGoedkeuring ? WachtOpGoedkeuring : Gevraagd, dossierId,
            noodtoegang.WachtOpGoedkeuring ? Toegangsuitkomst.NietUitgevoerd : Toegangsuitkomst.Toegestaan, Toegangsdoel.Noodtoegang);
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        return noodtoegang;
    }

    /// <summary>Requests waiting for this teamleider: from members of their own team, never their own.</summary>
    public IQueryable<Noodtoegang> TeBeslissenDoor(ClaimsPrincipal teamleider)
    {
        ArgumentNullException.ThrowIfNull(teamleider);
        if (!teamleider.IsInRole(Rollen.Teamleider) || teamleider.TeamId() is not { } team)
        {
            return db.Noodtoegangen.Where(_ => false);
        }

        var ik = teamleider.Id();
        var sinds = klok.GetUtcNow() - Venster;
        return db.Noodtoegangen.Where(n => n.AanvragerTeamId == team && n.GebruikerId != ik && n.GoedkeuringNodig && n.Goedgekeurd == null && n.Op > sinds);
    }

    /// <summary>Approves or refuses a waiting request; false when this teamleider has no such request to decide.</summary>
    public async Task<bool> BeslisAsync(ClaimsPrincipal teamleider, Guid id, bool goedkeuren)
    {
        var aanvraag = await TeBeslissenDoor(teamleider).AsTracking().SingleOrDefaultAsync(n => n.Id == id);
        if (aanvraag is null)
        {
            return false;
        }

        await using var transactie = await db.Database.BeginTransactionAsync();
        aanvraag.Beslis(goedkeuren, teamleider.Naam(), klok.GetUtcNow(), Dossierinzage.NoodtoegangDuur);
        await db.SaveChangesAsync();
        registratie.Noteer(Toegangssoort.Wijzigen, goedkeuren ? "Noodtoegang goedgekeurd" : "Noodtoegang afgewezen",
            aanvraag.DossierId, Toegangsuitkomst.Toegestaan, Toegangsdoel.Noodtoegang);
        await registratie.SchrijfAsync();
        await transactie.CommitAsync();
        return true;
    }
}
