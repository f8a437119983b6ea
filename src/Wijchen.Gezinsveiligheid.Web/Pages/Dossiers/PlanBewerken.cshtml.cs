using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>
/// Writes the veiligheidsplan as a concept. Starting from a vastgesteld plan, the form holds a copy and saving it
/// starts the next version; the vastgesteld version stays as it was.
/// </summary>
public sealed class PlanBewerkenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<PlanBewerkenModel.InputModel> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.VeiligheidsplanOpstellen;

    public override string Titel => Dossier.HuidigPlan switch
    {
        null => "Veiligheidsplan opstellen",
        { IsVastgesteld: true } plan => $"Veiligheidsplan wijzigen (wordt versie {plan.Versie + 1})",
        var plan => $"Veiligheidsplan versie {plan.Versie} (concept) bewerken",
    };

    public Task<IActionResult> OnPostMeerRegelsAsync()
    {
        Input.Afspraken.Add(new AfspraakInput());
        Input.Netwerk.Add(new NetwerklidInput());
        Input.Schaalvragen.Add(new SchaalvraagInput());
        return ToonFormulierAsync();
    }

    protected override Task VulStandaardAsync()
    {
        if (Dossier.HuidigPlan?.Gegevens is { } plan)
        {
            Input = new InputModel
            {
                Zorgen = plan.Zorgen,
                WatGaatGoed = plan.WatGaatGoed,
                Veiligheidsdoelen = plan.Veiligheidsdoelen,
                Afspraken = [.. plan.Afspraken.Select(a => new AfspraakInput { Wie = a.Wie, Wat = a.Wat, Wanneer = a.Wanneer, AlsHetMisgaat = a.AlsHetMisgaat })],
                Netwerk = [.. plan.Netwerk.Select(n => new NetwerklidInput { Naam = n.Naam, Relatie = n.Relatie, IsProfessional = n.IsProfessional })],
                Schaalvragen = [.. plan.Schaalvragen.Select(s => new SchaalvraagInput { Deelnemer = s.Deelnemer, Score = s.Score })],
                VolgendeEvaluatie = plan.VolgendeEvaluatie,
                Verspreidingslijst = [.. plan.Verspreidingslijst],
                InterneNotitie = plan.InterneNotitie,
            };
        }
        else
        {
            Input.VolgendeEvaluatie = Dossier.EvaluatieUiterlijk;
            Input.Verspreidingslijst = [.. Dossier.Netwerkpartners.Select(p => p.Id)];
        }

        Input.Afspraken.Add(new AfspraakInput());
        Input.Netwerk.Add(new NetwerklidInput());
        Input.Schaalvragen.Add(new SchaalvraagInput());
        return Task.CompletedTask;
    }

    protected override Task<bool> ValideerAsync() => ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        // Blank rows are the spare rows of the form, not content.
        Dossier.StelVeiligheidsplanOp(new VeiligheidsplanGegevens(
            Input.Zorgen ?? "", Input.WatGaatGoed ?? "", Input.Veiligheidsdoelen ?? "",
            [.. Input.Afspraken.Where(a => !a.IsLeeg).Select(a => new AfspraakGegevens(a.Wie ?? "", a.Wat ?? "", a.Wanneer ?? "", a.AlsHetMisgaat ?? ""))],
            [.. Input.Netwerk.Where(n => !string.IsNullOrWhiteSpace(n.Naam)).Select(n => new NetwerklidGegevens(n.Naam!, n.Relatie ?? "", n.IsProfessional))],
            [.. Input.Schaalvragen.Where(s => !string.IsNullOrWhiteSpace(s.Deelnemer)).Select(s => new SchaalvraagGegevens(s.Deelnemer!, s.Score!.Value))],
            Input.VolgendeEvaluatie, Input.Verspreidingslijst, Input.InterneNotitie), handeling);
        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() => Url.Veiligheidsplan(Id);

    public sealed class InputModel
    {
        public string? Zorgen { get; set; }

        public string? WatGaatGoed { get; set; }

        public string? Veiligheidsdoelen { get; set; }

        public List<AfspraakInput> Afspraken { get; set; } = [];

        public List<NetwerklidInput> Netwerk { get; set; } = [];

        public List<SchaalvraagInput> Schaalvragen { get; set; } = [];

        public DateOnly? VolgendeEvaluatie { get; set; }

        public List<Guid> Verspreidingslijst { get; set; } = [];

        public string? InterneNotitie { get; set; }
    }

    public sealed class AfspraakInput
    {
        public string? Wie { get; set; }

        public string? Wat { get; set; }

        public string? Wanneer { get; set; }

        public string? AlsHetMisgaat { get; set; }

        public bool IsLeeg => new[] { Wie, Wat, Wanneer, AlsHetMisgaat }.All(string.IsNullOrWhiteSpace);
    }

    public sealed class NetwerklidInput
    {
        public string? Naam { get; set; }

        public string? Relatie { get; set; }

        public bool IsProfessional { get; set; }
    }

    public sealed class SchaalvraagInput
    {
        public string? Deelnemer { get; set; }

        public int? Score { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok, Termijnberekening termijnen)
        {
            RuleFor(i => i.Zorgen).MaximumLength(4000).WithMessage("Houd de zorgen korter dan 4000 tekens.");
            RuleFor(i => i.WatGaatGoed).MaximumLength(4000).WithMessage("Houd dit korter dan 4000 tekens.");
            RuleFor(i => i.Veiligheidsdoelen).MaximumLength(4000).WithMessage("Houd de doelen korter dan 4000 tekens.");
            RuleFor(i => i.InterneNotitie).MaximumLength(4000).WithMessage("Houd de notitie korter dan 4000 tekens.");
            RuleFor(i => i.VolgendeEvaluatie).Must(d => d is null || d >= termijnen.Datum(klok.GetUtcNow()))
                .WithMessage("De volgende evaluatie ligt vandaag of later.");
            RuleForEach(i => i.Afspraken).ChildRules(a =>
            {
                a.RuleFor(x => x.Wie).NotEmpty().When(x => !x.IsLeeg).WithMessage("Wie voert deze afspraak uit?").MaximumLength(200).WithMessage("Houd dit korter dan 200 tekens.");
                a.RuleFor(x => x.Wat).NotEmpty().When(x => !x.IsLeeg).WithMessage("Wat is de afspraak?").MaximumLength(1000).WithMessage("Houd dit korter dan 1000 tekens.");
                a.RuleFor(x => x.Wanneer).MaximumLength(200).WithMessage("Houd dit korter dan 200 tekens.");
                a.RuleFor(x => x.AlsHetMisgaat).MaximumLength(1000).WithMessage("Houd dit korter dan 1000 tekens.");
            });
            RuleForEach(i => i.Netwerk).ChildRules(n =>
            {
                n.RuleFor(x => x.Naam).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.Relatie)).WithMessage("Geef de naam van deze persoon.")
                    .MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
                n.RuleFor(x => x.Relatie).MaximumLength(200).WithMessage("Houd dit korter dan 200 tekens.");
            });
            RuleForEach(i => i.Schaalvragen).ChildRules(s =>
            {
                s.RuleFor(x => x.Deelnemer).NotEmpty().When(x => x.Score is not null).WithMessage("Wie gaf deze score?")
                    .MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
                s.RuleFor(x => x.Score).NotNull().When(x => !string.IsNullOrWhiteSpace(x.Deelnemer)).WithMessage("Geef een score van 0 tot en met 10.")
                    .InclusiveBetween(0, 10).WithMessage("Geef een score van 0 tot en met 10.");
            });
        }
    }
}
