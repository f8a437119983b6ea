using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Records the held overdrachtsgesprek: who was there. Acceptance needs this first (domain invariant 2).</summary>
public sealed class GesprekModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<GesprekModel.InputModel> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.GesprekVastleggen;

    public override string Titel => "Overdrachtsgesprek vastleggen";

    protected override Task VulStandaardAsync()
    {
        var overdracht = Dossier.HuidigeOverdracht;
        var gepland = overdracht?.GesprekOp is { } op && op <= Handelingen.Nu ? op : Handelingen.Nu;
        Input.GehoudenOp = Handelingen.NaarNederlandseTijd(gepland.AddTicks(-(gepland.Ticks % TimeSpan.TicksPerMinute)));
        Input.AanwezigeGezinsleden = [.. overdracht?.UitgenodigdeGezinsleden ?? []];
        Input.Professionals = $"{overdracht?.Contactpersoon} (Veilig Thuis)\n{overdracht?.BeoogdCasusregisseurNaam} (wijkteam)";
        return Task.CompletedTask;
    }

    protected override Task<bool> ValideerAsync() => ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.LegGesprekVast(new GesprekVerslag(Handelingen.AlsNederlandseTijd(Input.GehoudenOp!.Value), Input.AanwezigeGezinsleden, InputModel.Regels(Input.Professionals)), handeling);
        return Task.CompletedTask;
    }

    public sealed class InputModel
    {
        public DateTime? GehoudenOp { get; set; }

        public List<Guid> AanwezigeGezinsleden { get; set; } = [];

        /// <summary>One professional per line, with their organisation.</summary>
        public string Professionals { get; set; } = "";

        public static IReadOnlyList<string> Regels(string tekst) =>
            [.. tekst.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok)
        {
            RuleFor(i => i.GehoudenOp).NotNull().WithMessage("Vul in wanneer het gesprek gehouden is.")
                .Must(op => op is null || Handelingen.AlsNederlandseTijd(op.Value) <= klok.GetUtcNow()).WithMessage("Een gesprek in de toekomst kan nog niet als gehouden worden vastgelegd.");
            RuleFor(i => i.Professionals).Must(p => InputModel.Regels(p).Count > 0).WithMessage("Noem de aanwezige professionals, één per regel.")
                .MaximumLength(2000).WithMessage("Houd de lijst korter dan 2000 tekens.");
        }
    }
}
