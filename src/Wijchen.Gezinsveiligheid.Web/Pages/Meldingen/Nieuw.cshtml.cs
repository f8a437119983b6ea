using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Authorization;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Toegang;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Meldingen;

/// <summary>
/// A VT worker registers a melding and the household; the dossier starts with them as regiehouder. When the family
/// already has an open dossier, the worker chooses to add the melding to it or to open a new one anyway.
/// </summary>
[Authorize(Roles = Rollen.VtMedewerker)]
public sealed class NieuwModel(
    AppDbContext db, Handelingen handelingen, IValidator<NieuwModel.InputModel> validator, Toegangsregistratie registratie, IAuthorizationService authorization) : PageModel
{
    /// <summary>The choice, next to the open dossiers found, to open a new dossier anyway.</summary>
    public const string NieuwDossier = "nieuw";

    private const int ExtraRegels = 2;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? Fout { get; private set; }

    /// <summary>Open dossiers in which a member of this household already appears (same BSN, or same name and birth date).</summary>
    public IReadOnlyList<LopendDossier> LopendeDossiers { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Soorten { get; } =
        [new("Kies de soort zorg", ""), .. Enum.GetValues<SoortZorg>().Select(s => new SelectListItem(s.Naam(), s.ToString()))];

    public void OnGet()
    {
        Input.FormulierId = Guid.CreateVersion7();
        var nu = Handelingen.NaarNederlandseTijd(handelingen.Nu);
        Input.OntvangenOp = nu.AddTicks(-(nu.Ticks % TimeSpan.TicksPerMinute));
        Input.Gezinsleden = [.. Enumerable.Range(0, 4).Select(_ => new GezinslidInput { WoontInHuis = true })];
    }

    public IActionResult OnPostMeerRegels()
    {
        Input.Gezinsleden.AddRange(Enumerable.Range(0, ExtraRegels).Select(_ => new GezinslidInput { WoontInHuis = true }));
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await AlVerwerktAsync() is { } verwerkt)
        {
            // The same form posted again (double click, back button): its dossier or added melding exists already.
            return verwerkt;
        }

        if (!await ModelState.ValideerAsync(validator, Input, nameof(Input)))
        {
            return Page();
        }

        // Never a second dossier for the same family by accident: show the open ones and let the worker decide.
        LopendeDossiers = await LopendeDossiersAsync();
        if (LopendeDossiers.Any(d => d.Id == Input.FormulierId))
        {
            // The same form, posted twice at once: the other post made this dossier between the check above and this one.
            return Redirect(Url.Dossier(Input.FormulierId));
        }

        var bestemming = $"{nameof(Input)}.{nameof(InputModel.Bestemming)}";
        if (LopendeDossiers.Count > 0 && string.IsNullOrEmpty(Input.Bestemming))
        {
            ModelState.AddModelError(bestemming, "Er loopt al een dossier voor iemand uit dit gezin. Kies of de melding bij dat dossier hoort of dat er toch een nieuw dossier komt.");
            return Page();
        }

        if (Input.Bestemming is { Length: > 0 } gekozen && gekozen != NieuwDossier)
        {
            if (!Guid.TryParse(gekozen, out var doel) || LopendeDossiers.All(d => d.Id != doel))
            {
                ModelState.AddModelError(bestemming, "Dit dossier loopt niet (meer) voor dit gezin. Kies opnieuw.");
                return Page();
            }

            return await VoegToeAanAsync(doel);
        }

        return await RegistreerAsync();
    }

    private async Task<IActionResult?> AlVerwerktAsync()
    {
        if (await db.Dossiers.AnyAsync(d => d.Id == Input.FormulierId))
        {
            return Redirect(Url.Dossier(Input.FormulierId));
        }

        var toegevoegd = await db.Set<LatereMelding>().Where(m => m.Id == Input.FormulierId).Select(m => EF.Property<Guid?>(m, "DossierId")).SingleOrDefaultAsync();
        return toegevoegd is { } dossier ? Redirect(Url.Dossier(dossier, $"melding-{Input.FormulierId}")) : null;
    }

    private Task<IActionResult> RegistreerAsync() =>
        BewaarAsync("Melding registreren", handeling =>
        {
            var dossier = Dossier.Registreer(Input.Naam, Input.AlsMelding(), Input.AlsGezin(), handeling, Input.FormulierId);
            db.Dossiers.Add(dossier);
            return (dossier.Id, $"Melding geregistreerd; regie bij {dossier.RegiehouderNaam} (Veilig Thuis).", Url.Dossier(dossier.Id));
        });

    /// <summary>The worker chose an open dossier of this family: the melding, and any member not yet in it, join that dossier.</summary>
    private async Task<IActionResult> VoegToeAanAsync(Guid doel)
    {
        var dossier = await db.Dossiers.ZichtbaarVoor(User).MetAggregaat().SingleAsync(d => d.Id == doel);
        if (!(await authorization.AuthorizeAsync(User, dossier, DossierRechten.Voor(DossierActie.MeldingToevoegen))).Succeeded)
        {
            return Forbid();
        }

        return await BewaarAsync(DossierActie.MeldingToevoegen.Naam(), handeling =>
        {
            var melding = dossier.VoegMeldingToe(Input.AlsMelding(), Input.AlsGezin(), handeling, Input.FormulierId);
            var regiehouder = dossier.Regiehouder!;
            return (dossier.Id,
                $"{DossierActie.MeldingToevoegen.Gedaan()} {dossier.Naam}; regie blijft bij {regiehouder.Naam}{(regiehouder.Organisatie == Organisatie.VeiligThuis ? " (Veilig Thuis)" : "")}.",
                Url.Dossier(dossier.Id, $"melding-{melding.Id}"));
        });
    }

    /// <summary>
    /// Performs the domain call and saves it with its access-log row in one transaction. A refusal or a lost race shows
    /// the form again with everything typed; the same form posted twice at once lands where the first post went.
    /// </summary>
    private async Task<IActionResult> BewaarAsync(string logActie, Func<Handeling, (Guid Dossier, string Bevestiging, string Adres)> actie)
    {
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync();
            var (dossier, bevestiging, adres) = actie(handelingen.Voor(User));
            await db.SaveChangesAsync();
            registratie.Noteer(Toegangssoort.Wijzigen, logActie, dossier);
            await registratie.SchrijfAsync();
            await transactie.CommitAsync();
            TempData[Bevestigingen.Sleutel] = bevestiging;
            return Redirect(adres);
        }
        catch (DomainException fout)
        {
            db.ChangeTracker.Clear();
            if (fout.Veld is { } veld)
            {
                ModelState.AddModelError($"{nameof(Input)}.{veld}", fout.Message);
            }
            else
            {
                Fout = fout.Message;
            }

            return Page();
        }
        catch (DbUpdateException fout)
        {
            db.ChangeTracker.Clear();
            if (await AlVerwerktAsync() is { } verwerkt)
            {
                return verwerkt;
            }

            if (fout is not DbUpdateConcurrencyException)
            {
                throw;
            }

            Fout = "Iemand anders wijzigde het dossier op hetzelfde moment. Uw invoer staat er nog; verstuur de melding opnieuw.";
            return Page();
        }
    }

    private async Task<IReadOnlyList<LopendDossier>> LopendeDossiersAsync()
    {
        var gevonden = new Dictionary<Guid, LopendDossier>();
        foreach (var lid in Input.IngevuldeGezinsleden)
        {
            var naam = DossierQueries.GelijkPatroon(lid.Naam);
            // From the members' own indexes (BSN, birth date) to their dossiers: not every open dossier asked about its household.
            var zelfde = Bsn.IsGeldig(lid.Bsn) && Bsn.Parse(lid.Bsn!) is var bsn
                ? db.Set<Gezinslid>().Where(g => g.Bsn == bsn || (g.Geboortedatum == lid.Geboortedatum && EF.Functions.Like(g.Naam, naam, "\\")))
                : db.Set<Gezinslid>().Where(g => g.Geboortedatum == lid.Geboortedatum && EF.Functions.Like(g.Naam, naam, "\\"));
            var dossiers = zelfde.Select(g => EF.Property<Guid>(g, "DossierId"));
            var treffers = await db.Dossiers.AsNoTracking()
                .Where(d => dossiers.Contains(d.Id) && d.Fase != DossierFase.Afgesloten)
                .OrderBy(d => d.Naam).ThenBy(d => d.Id)
                .Select(d => new LopendDossier(d.Id, d.Naam, d.Fase, lid.Naam, d.RegiehouderNaam ?? ""))
                .Take(10).ToListAsync();
            foreach (var treffer in treffers)
            {
                gevonden.TryAdd(treffer.Id, treffer);
            }
        }

        return [.. gevonden.Values.OrderBy(d => d.Naam, StringComparer.CurrentCulture)];
    }

    /// <summary>Where the melding goes: one of the open dossiers found, or a new one.</summary>
    public IReadOnlyList<SelectListItem> Bestemmingen =>
    [
        .. LopendeDossiers.Select(d => new SelectListItem($"Toevoegen aan {d.Naam} (fase {d.Fase.Naam()}, regie bij {d.Regiehouder})", d.Id.ToString())),
        new("Een nieuw dossier maken: de melding hoort niet bij deze dossiers", NieuwDossier),
    ];

    public sealed record LopendDossier(Guid Id, string Naam, DossierFase Fase, string Gezinslid, string Regiehouder);

    public sealed class InputModel
    {
        public Guid FormulierId { get; set; }

        public string Naam { get; set; } = "";

        public DateTime? OntvangenOp { get; set; }

        public string MelderNaam { get; set; } = "";

        public string MelderRol { get; set; } = "";

        public string MelderContact { get; set; } = "";

        public bool MelderAnoniemNaarGezin { get; set; }

        /// <summary>The melder gave no name, not even to Veilig Thuis (an anonymous phone call).</summary>
        public bool MelderAnoniemVoorVeiligThuis { get; set; }

        /// <summary>
        /// When open dossiers of this family were found: the id of the one the melding belongs to, or
        /// <see cref="NieuwDossier"/> when the worker looked at them and still wants a new dossier.
        /// </summary>
        public string? Bestemming { get; set; }

        public SoortZorg? SoortZorg { get; set; }

        public string Omschrijving { get; set; } = "";

        public List<GezinslidInput> Gezinsleden { get; set; } = [];

        public IEnumerable<GezinslidInput> IngevuldeGezinsleden => Gezinsleden.Where(g => !g.IsLeeg);

        /// <summary>The melding as the domain takes it, once valid; the API's offer makes its melding here too.</summary>
        public MeldingGegevens AlsMelding() =>
            new(Handelingen.AlsNederlandseTijd(OntvangenOp!.Value),
                // Anonymous to Veilig Thuis: whatever was typed in the name and contact fields is not kept.
                MelderAnoniemVoorVeiligThuis ? "" : MelderNaam, MelderRol, MelderAnoniemVoorVeiligThuis ? "" : MelderContact,
                MelderAnoniemNaarGezin || MelderAnoniemVoorVeiligThuis, SoortZorg!.Value, Omschrijving);

        public IReadOnlyList<GezinslidGegevens> AlsGezin() => [.. IngevuldeGezinsleden.Select(g => g.AlsGegevens())];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok, Termijnberekening termijnen)
        {
            RuleFor(i => i.FormulierId).NotEmpty().WithMessage("Het formulier is verlopen; laad de pagina opnieuw.");
            RuleFor(i => i.Naam).NotEmpty().WithMessage("Geef het dossier een naam, bijvoorbeeld 'Gezin De Vries'.").MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
            RuleFor(i => i.OntvangenOp).NotNull().WithMessage("Vul in wanneer de melding binnenkwam.")
                .Must(o => o is null || Handelingen.AlsNederlandseTijd(o.Value) <= klok.GetUtcNow()).WithMessage("Het tijdstip van ontvangst kan niet in de toekomst liggen.");
            RuleFor(i => i.MelderNaam).NotEmpty().Unless(i => i.MelderAnoniemVoorVeiligThuis)
                .WithMessage("Vul de naam van de melder in; die blijft binnen Veilig Thuis. Wil de melder ook voor Veilig Thuis anoniem blijven, vink dat dan aan.")
                .MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
            RuleFor(i => i.MelderRol).NotEmpty().WithMessage("Vul de rol van de melder in, bijvoorbeeld leerkracht of buurvrouw.").MaximumLength(200).WithMessage("Houd de rol korter dan 200 tekens.");
            RuleFor(i => i.MelderContact).NotEmpty().Unless(i => i.MelderAnoniemVoorVeiligThuis).WithMessage("Vul in hoe Veilig Thuis de melder bereikt.")
                .MaximumLength(400).WithMessage("Houd dit korter dan 400 tekens.");
            RuleFor(i => i.SoortZorg).NotNull().WithMessage("Kies de soort zorg.");
            RuleFor(i => i.Omschrijving).NotEmpty().WithMessage("Beschrijf kort waar de melding over gaat.").MaximumLength(4000).WithMessage("Houd de omschrijving korter dan 4000 tekens.");
            RuleFor(i => i.Gezinsleden).Must(g => g.Any(r => !r.IsLeeg)).WithMessage("Leg minstens één gezinslid vast.");
            RuleForEach(i => i.Gezinsleden).Where(g => !g.IsLeeg).SetValidator(new GezinslidValidator(klok, termijnen));
            RuleFor(i => i.IngevuldeGezinsleden).Must(g => g.Where(r => !string.IsNullOrWhiteSpace(r.Bsn)).GroupBy(r => r.Bsn!.Replace(" ", "", StringComparison.Ordinal)).All(x => x.Count() == 1))
                .WithName(nameof(InputModel.Gezinsleden)).OverridePropertyName(nameof(InputModel.Gezinsleden))
                .WithMessage("Hetzelfde BSN staat bij twee gezinsleden.");
        }
    }
}
