using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Identity;
using Wijchen.Gezinsveiligheid.Web.Presentation;
using Wijchen.Gezinsveiligheid.Web.Termijnen;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Beheer;

/// <summary>
/// The settings of domain.md: the regional deadlines, VT's monitoring moments and the retention periods. A change
/// applies to deadlines set from then on (a deadline already in a dossier keeps its date) and to the next run of the
/// retention job. The legal term is fixed.
/// </summary>
[Authorize(Policy = Beleid.Beheer)]
public sealed class TermijnenModel(Termijnberekening termijnen, Termijnafspraken afspraken) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public OpgeslagenTermijnen? Laatste { get; private set; }

    [TempData]
    public string? Bevestiging { get; set; }

    public async Task OnGetAsync()
    {
        Input = InputModel.Van(termijnen.Instellingen);
        Laatste = await afspraken.LaatsteAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var nieuwe = Input.AlsInstellingen(ModelState);
        foreach (var (veld, melding) in nieuwe.Valideer())
        {
            ModelState.AddModelError($"{nameof(Input)}.{veld}", melding);
        }

        if (!ModelState.IsValid)
        {
            Laatste = await afspraken.LaatsteAsync();
            return Page();
        }

        await afspraken.OpslaanAsync(nieuwe, User.Naam());
        Bevestiging = "De termijnen zijn opgeslagen. Ze gelden voor termijnen die vanaf nu worden gezet; lopende termijnen houden hun datum.";
        return RedirectToPage();
    }

    /// <summary>Numbers stay numbers (int?) so that a wrong entry comes back as typed with a message, not as zero.</summary>
    public sealed class InputModel
    {
        public int? GesprekPlannenWerkdagen { get; set; }

        public int? OverdrachtBesluitWerkdagen { get; set; }

        public int? VeiligheidsplanWerkdagen { get; set; }

        public int? TerugleggingBesluitWerkdagen { get; set; }

        public int? VoorwaardenEnVervolgWeken { get; set; }

        public int? EvaluatieMaanden { get; set; }

        public int? WaarschuwingWerkdagen { get; set; }

        public int? EscalatieWerkdagen { get; set; }

        public int? BewaarJarenJeugd { get; set; }

        public int? BewaarJarenOverig { get; set; }

        /// <summary>As the beheerder types it: "3, 6, 12, 18".</summary>
        public string MonitoringMaanden { get; set; } = "";

        public static InputModel Van(TermijnInstellingen t) => new()
        {
            GesprekPlannenWerkdagen = t.GesprekPlannenWerkdagen,
            OverdrachtBesluitWerkdagen = t.OverdrachtBesluitWerkdagen,
            VeiligheidsplanWerkdagen = t.VeiligheidsplanWerkdagen,
            TerugleggingBesluitWerkdagen = t.TerugleggingBesluitWerkdagen,
            VoorwaardenEnVervolgWeken = t.VoorwaardenEnVervolgWeken,
            EvaluatieMaanden = t.EvaluatieMaanden,
            MonitoringMaanden = string.Join(", ", t.MonitoringMaanden),
            WaarschuwingWerkdagen = t.WaarschuwingWerkdagen,
            EscalatieWerkdagen = t.EscalatieWerkdagen,
            BewaarJarenJeugd = t.BewaarJarenJeugd,
            BewaarJarenOverig = t.BewaarJarenOverig,
        };

        /// <summary>The settings as typed; an empty number or an unreadable list gets its message in ModelState.</summary>
        public TermijnInstellingen AlsInstellingen(ModelStateDictionary modelState)
        {
            int Getal(int? waarde, string veld)
            {
                if (waarde is null && modelState.FoutVoor($"{nameof(Input)}.{veld}") is null)
                {
                    modelState.AddModelError($"{nameof(Input)}.{veld}", "Vul een getal in.");
                }

                return waarde ?? 0;
            }

            var (maanden, geenGetal) = Maandenlijst.Lees(MonitoringMaanden);
            if (geenGetal is not null)
            {
                modelState.AddModelError($"{nameof(Input)}.{nameof(MonitoringMaanden)}", Maandenlijst.Fout(geenGetal));
            }

            return new TermijnInstellingen
            {
                GesprekPlannenWerkdagen = Getal(GesprekPlannenWerkdagen, nameof(GesprekPlannenWerkdagen)),
                OverdrachtBesluitWerkdagen = Getal(OverdrachtBesluitWerkdagen, nameof(OverdrachtBesluitWerkdagen)),
                VeiligheidsplanWerkdagen = Getal(VeiligheidsplanWerkdagen, nameof(VeiligheidsplanWerkdagen)),
                TerugleggingBesluitWerkdagen = Getal(TerugleggingBesluitWerkdagen, nameof(TerugleggingBesluitWerkdagen)),
                VoorwaardenEnVervolgWeken = Getal(VoorwaardenEnVervolgWeken, nameof(VoorwaardenEnVervolgWeken)),
                EvaluatieMaanden = Getal(EvaluatieMaanden, nameof(EvaluatieMaanden)),
                MonitoringMaanden = [.. maanden],
                WaarschuwingWerkdagen = Getal(WaarschuwingWerkdagen, nameof(WaarschuwingWerkdagen)),
                EscalatieWerkdagen = Getal(EscalatieWerkdagen, nameof(EscalatieWerkdagen)),
                BewaarJarenJeugd = Getal(BewaarJarenJeugd, nameof(BewaarJarenJeugd)),
                BewaarJarenOverig = Getal(BewaarJarenOverig, nameof(BewaarJarenOverig)),
            };
        }
    }
}
