using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>The wijkteam plans the overdrachtsgesprek: when, where, with whom, and who is meant to take casusregie.</summary>
public sealed class PlannenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<PlannenModel.InputModel> validator)
    : TeamActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.GesprekPlannen;

    public override string Titel => "Overdrachtsgesprek plannen";

    protected override Task VulStandaardAsync()
    {
        var overdracht = Dossier.HuidigeOverdracht;
        if (overdracht?.GesprekOp is { } gepland)
        {
            Input.Op = Handelingen.NaarNederlandseTijd(gepland);
            Input.Locatie = overdracht.GesprekLocatie ?? "";
            Input.BeoogdCasusregisseur = overdracht.BeoogdCasusregisseurId ?? "";
            Input.Uitgenodigden = [.. overdracht.UitgenodigdeGezinsleden];
        }
        else
        {
            Input.Uitgenodigden = [.. Dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(Handelingen.Vandaag) && g.WoontInHuis).Select(g => g.Id)];
        }

        return Task.CompletedTask;
    }

    protected override async Task<bool> ValideerAsync()
    {
        var geldig = await ModelState.ValideerAsync(validator, Input, nameof(Input));
        return Teamlid(Input.BeoogdCasusregisseur, $"{nameof(Input)}.{nameof(InputModel.BeoogdCasusregisseur)}") is not null && geldig;
    }

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.PlanGesprek(new GesprekPlanning(Handelingen.AlsNederlandseTijd(Input.Op!.Value), Input.Locatie,
            Team.Single(m => m.Id == Input.BeoogdCasusregisseur), Input.Uitgenodigden), handeling);
        return Task.CompletedTask;
    }

    /// <summary>A gesprek after the decision deadline is allowed (families are not always free sooner), but said plainly.</summary>
    protected override string Bevestiging(bool regieGewisseld, bool blijftZichtbaar)
    {
        var bevestiging = base.Bevestiging(regieGewisseld, blijftZichtbaar);
        var gesprek = Handelingen.Termijnen.Datum(Dossier.HuidigeOverdracht!.GesprekOp!.Value);
        return Dossier.Deadline is { } besluit && gesprek > besluit
            ? $"{bevestiging} Let op: het gesprek is na de termijn voor het besluit over de overdracht ({Datumtekst.Van(besluit)})."
            : bevestiging;
    }

    public sealed class InputModel
    {
        public DateTime? Op { get; set; }

        public string Locatie { get; set; } = "";

        public string BeoogdCasusregisseur { get; set; } = "";

        public List<Guid> Uitgenodigden { get; set; } = [];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok)
        {
            RuleFor(i => i.Op).NotNull().WithMessage("Kies datum en tijd van het gesprek.")
                .Must(op => op is null || Handelingen.AlsNederlandseTijd(op.Value) > klok.GetUtcNow()).WithMessage("Kies een moment in de toekomst.");
            RuleFor(i => i.Locatie).NotEmpty().WithMessage("Geef de plaats van het gesprek.").MaximumLength(400).WithMessage("Houd de plaats korter dan 400 tekens.");
            RuleFor(i => i.BeoogdCasusregisseur).NotEmpty().WithMessage("Kies de beoogd casusregisseur.");
            RuleFor(i => i.Uitgenodigden).NotEmpty().WithMessage("Nodig minstens één gezinslid uit: een warme overdracht gebeurt met het gezin.");
        }
    }
}
