using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Notificaties;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Profiel;

/// <summary>
/// The user's e-mail per kind of notification: immediately, in the daily digest, or not at all. Notifications in the
/// app always come. What a teamleider must not miss (a new offer, a deadline long passed) cannot be switched off.
/// </summary>
public sealed class NotificatiesModel(AppDbContext db, IOptions<MailInstellingen> mail) : PageModel
{
    /// <summary>One choice per kind, in the order of <see cref="Notificatiesoorten.Alle"/>: the position names the kind, never a posted field.</summary>
    [BindProperty]
    public List<Bezorging?> Bezorgingen { get; set; } = [];

    public bool MailStaatUit => mail.Value.Modus == Mailmodus.Uit;

    public IReadOnlyList<SelectListItem> Keuzes(Notificatiesoort soort) =>
        [.. Enum.GetValues<Bezorging>().Where(b => b != Bezorging.Uit || !Notificatiesoorten.KanNietUit(soort, Rollen(User)))
            .Select(b => new SelectListItem(b.Naam(), b.ToString()))];

    public async Task OnGetAsync()
    {
        var ik = User.Id();
        var opgeslagen = await db.Notificatievoorkeuren.AsNoTracking().Where(v => v.GebruikerId == ik).ToDictionaryAsync(v => v.Soort, v => v.Bezorging);
        Bezorgingen = [.. Notificatiesoorten.Alle.Select(s => (Bezorging?)Notificatiepost.Bezorgingvoor(opgeslagen.GetValueOrDefault(s, Bezorging.Direct), s, Rollen(User)))];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var soorten = Notificatiesoorten.Alle;
        while (Bezorgingen.Count < soorten.Count)
        {
            Bezorgingen.Add(null);
        }

        for (var i = 0; i < soorten.Count; i++)
        {
            var veld = $"{nameof(Bezorgingen)}[{i}]";
            if (ModelState.FoutVoor(veld) is not null)
            {
                continue;
            }

            if (Bezorgingen[i] is not { } keuze)
            {
                ModelState.AddModelError(veld, "Kies hoe u deze notificatie wilt ontvangen.");
            }
            else if (keuze == Bezorging.Uit && Notificatiesoorten.KanNietUit(soorten[i], Rollen(User)))
            {
                ModelState.AddModelError(veld, "Als teamleider kunt u deze e-mail niet uitzetten; kies direct of het dagoverzicht.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ik = User.Id();
        await using var transactie = await db.Database.BeginTransactionAsync();
        await db.Notificatievoorkeuren.Where(v => v.GebruikerId == ik).ExecuteDeleteAsync();
        db.Notificatievoorkeuren.AddRange(soorten.Select((s, i) => new Notificatievoorkeur { GebruikerId = ik, Soort = s, Bezorging = Bezorgingen[i]!.Value }));
        await db.SaveChangesAsync();
        await transactie.CommitAsync();
        TempData[Bevestigingen.Sleutel] = "Uw instellingen voor e-mail zijn opgeslagen.";
        return RedirectToPage();
    }

    private static IReadOnlyList<string> Rollen(ClaimsPrincipal gebruiker) => [.. gebruiker.FindAll(ClaimTypes.Role).Select(r => r.Value)];
}
