using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>What every action page needs besides the database and the clock.</summary>
public sealed class DossierActieDiensten(IAuthorizationService authorization, Dossierinzage inzage, Toegangsregistratie toegangsregistratie)
{
    public IAuthorizationService Authorization => authorization;

    public Dossierinzage Inzage => inzage;

    public Toegangsregistratie Toegangsregistratie => toegangsregistratie;
}

/// <summary>
/// The shape of every page that performs one action on one dossier: load it within the user's need-to-know (else 404),
/// check the user's right to this action (else 403), refuse a form posted against an older version of the dossier
/// (showing what changed since), validate the input, call the domain, and save the change with its access-log row in
/// one transaction, and redirect. A domain refusal or a lost race is shown on the page with the user's input kept.
/// Every outcome is one access-log row: noted when the dossier is opened, its outcome set here.
/// </summary>
public abstract class DossierActieModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen) : PageModel
{
    /// <summary>From the route only: form values win over route values in model binding, so a posted "Id" could otherwise aim the form at another dossier.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The dossier version the user's form was made from.</summary>
    [BindProperty]
    public int Versie { get; set; }

    public Dossier Dossier { get; private set; } = null!;

    /// <summary>A refusal to show above the form, in the domain's words.</summary>
    public string? Fout { get; protected set; }

    /// <summary>What others did to the dossier since the user opened the form.</summary>
    public IReadOnlyList<ChronologieItem> Wijzigingen { get; private set; } = [];

    public abstract DossierActie Actie { get; }

    /// <summary>The household as choices, for forms that ask who was invited or present.</summary>
    public IReadOnlyList<SelectListItem> Gezin => [.. Dossier.Gezinsleden.Select(g => new SelectListItem($"{g.Naam} ({g.Rol.Naam()})", g.Id.ToString()))];

    /// <summary>The netwerkpartners as choices, for invitations, attendance and the distribution list.</summary>
    public IReadOnlyList<SelectListItem> Partners => [.. Dossier.Netwerkpartners.Select(p => new SelectListItem(p.Weergave, p.Id.ToString()))];

    /// <summary>False when the phase or the domain's guards do not allow the action now: the page then shows why, and no form.</summary>
    public bool KanUitvoeren => Dossier.MogelijkeActies.Contains(Actie);

    public virtual string Titel => Actie.Naam();

    public DateOnly Vandaag => handelingen.Vandaag;

    /// <summary>False when the route names something this page does not do or this dossier does not have: then the page does not exist (404).</summary>
    protected virtual bool Bestaat(Dossier dossier) => true;

    protected AppDbContext Db => db;

    protected Handelingen Handelingen => handelingen;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LaadAsync(Toegangssoort.Lezen) is { } geweigerd)
        {
            return geweigerd;
        }

        Versie = Dossier.Versie;
        if (!Transities.IsToegestaan(Dossier.Fase, Actie))
        {
            Fout = $"'{Actie.Naam()}' kan niet in de fase '{Dossier.Fase.Naam()}'.";
        }
        else if (!KanUitvoeren)
        {
            Fout = $"'{Actie.Naam()}' kan nu niet in dit dossier. Kijk in het dossier wat eerst moet gebeuren.";
        }

        await VulStandaardAsync();
        await VoorbereidenAsync();
        return Page();
    }

    public Task<IActionResult> OnPostAsync() => VoerActieUitAsync();

    /// <summary>Shows the form again with what the user entered (used by "meer regels" buttons); nothing is saved.</summary>
    protected async Task<IActionResult> ToonFormulierAsync()
    {
        if (await LaadAsync(Toegangssoort.Lezen) is { } geweigerd)
        {
            return geweigerd;
        }

        await VoorbereidenAsync();
        ModelState.Clear();
        return Page();
    }

    /// <summary>The whole pipeline of one action: load, authorize, version check, validate, domain, save, redirect.</summary>
    protected async Task<IActionResult> VoerActieUitAsync()
    {
        if (await LaadAsync(Toegangssoort.Wijzigen) is { } geweigerd)
        {
            return geweigerd;
        }

        await VoorbereidenAsync();
        if (Dossier.Versie != Versie)
        {
            return NietUitgevoerd(ToonConflict(Versie));
        }

        if (!await ValideerAsync() || !ModelState.IsValid)
        {
            return NietUitgevoerd(Page());
        }

        var regiehouderVoor = Dossier.RegiehouderId;
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync();
            await VoerUitAsync(handelingen.Voor(User));
            await db.SaveChangesAsync();
            await diensten.Toegangsregistratie.SchrijfAsync();
            await transactie.CommitAsync();
        }
        catch (DomainException fout)
        {
            await HerlaadAsync();
            if (fout.Veld is { } veld)
            {
                // The domain names the field of its data; every action page posts that data as "Input".
                ModelState.AddModelError($"Input.{veld}", fout.Message);
            }
            else
            {
                Fout = fout.Message;
            }

            return NietUitgevoerd(Page());
        }
        catch (DbUpdateConcurrencyException)
        {
            await HerlaadAsync();
            return NietUitgevoerd(ToonConflict(Versie));
        }

        // An action can take the dossier out of the user's view (a terugmelding, a handover to a colleague): then the
        // user lands on Mijn werk, told what happened and to whom, instead of on a "niet gevonden" for it.
        var blijftZichtbaar = await db.Dossiers.ZichtbaarVoor(User).AnyAsync(d => d.Id == Id);
        TempData[Bevestigingen.Sleutel] = Bevestiging(regiehouderVoor != Dossier.RegiehouderId, blijftZichtbaar);
        return Redirect(blijftZichtbaar ? NaUitvoeren() : "/");
    }

    /// <summary>The confirmation: what was done, in which dossier when the user leaves it, and who holds regie when that changed.</summary>
    protected virtual string Bevestiging(bool regieGewisseld, bool blijftZichtbaar)
    {
        var wat = blijftZichtbaar ? Actie.Gedaan() : $"{Actie.Gedaan()} ({Dossier.Naam})";
        return regieGewisseld && Dossier.Regiehouder is { } regiehouder
            ? $"{wat}; regie bij {regiehouder.Naam}{(regiehouder.Organisatie == Organisatie.VeiligThuis ? " (Veilig Thuis)" : "")}."
            : $"{wat}.";
    }

    /// <summary>Defaults for a fresh form.</summary>
    protected virtual Task VulStandaardAsync() => Task.CompletedTask;

    /// <summary>Choices the form needs (teams, members), on GET and on every POST that shows the form again.</summary>
    protected virtual Task VoorbereidenAsync() => Task.CompletedTask;

    protected abstract Task<bool> ValideerAsync();

    protected abstract Task VoerUitAsync(Handeling handeling);

    protected virtual string NaUitvoeren() => Url.Dossier(Id);

    private PageResult ToonConflict(int gezien)
    {
        Wijzigingen = [.. Dossier.Chronologie.Skip(gezien)];
        Fout = "Iemand anders heeft dit dossier gewijzigd sinds u het opende. Bekijk de wijzigingen hieronder en beslis opnieuw; uw invoer staat er nog.";
        Versie = Dossier.Versie;
        ModelState.Remove(nameof(Versie));
        return Page();
    }

    /// <summary>The form is shown again with the dossier in it: the change did not happen, and the log says so.</summary>
    private PageResult NietUitgevoerd(PageResult pagina)
    {
        diensten.Toegangsregistratie.ZetUitkomst(Toegangsuitkomst.NietUitgevoerd);
        return pagina;
    }

    private async Task<IActionResult?> LaadAsync(Toegangssoort soort)
    {
        var geopend = await diensten.Inzage.OpenAsync(User, Id, Actie.Naam(), soort, bijhouden: true);
        if (geopend is null)
        {
            return NotFound();
        }

        if (!Bestaat(geopend.Dossier))
        {
            diensten.Toegangsregistratie.ZetUitkomst(Toegangsuitkomst.NietGevonden);
            return NotFound();
        }

        Dossier = geopend.Dossier;
        var recht = await diensten.Authorization.AuthorizeAsync(User, Dossier, DossierRechten.Voor(Actie));
        if (recht.Succeeded)
        {
            return null;
        }

        diensten.Toegangsregistratie.ZetUitkomst(Toegangsuitkomst.Geweigerd);
        return StatusCode(StatusCodes.Status403Forbidden);
    }

    private async Task HerlaadAsync()
    {
        db.ChangeTracker.Clear();
        Dossier = await db.Dossiers.AsNoTracking().MetAggregaat().SingleAsync(d => d.Id == Id);
    }
}
