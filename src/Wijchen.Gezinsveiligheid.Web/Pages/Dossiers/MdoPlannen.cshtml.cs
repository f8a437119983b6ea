using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Plans a multidisciplinair overleg: when, where, the agenda, and whom of the network and the family to invite.</summary>
public sealed class MdoPlannenModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<MdoPlannenModel.InputModel> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public override DossierActie Actie => DossierActie.MdoPlannen;

    protected override Task VulStandaardAsync()
    {
        if (Dossier.Mdos.Count > 0 && Dossier.Mdos[^1].VolgendeMdo is { } volgende && volgende >= Handelingen.Vandaag)
        {
            Input.Op = volgende.ToDateTime(new TimeOnly(10, 0));
        }

        Input.Netwerkpartners = [.. Dossier.Netwerkpartners.Select(p => p.Id)];
        Input.Gezinsleden = [.. Dossier.Gezinsleden.Where(g => !g.IsMinderjarigOp(Handelingen.Vandaag) && g.WoontInHuis).Select(g => g.Id)];
        return Task.CompletedTask;
    }

    protected override Task<bool> ValideerAsync() => ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.PlanMdo(new MdoPlanning(Handelingen.AlsNederlandseTijd(Input.Op!.Value), Input.Locatie, Input.Agenda, Input.Netwerkpartners, Input.Gezinsleden), handeling);
        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() => Url.Dossier(Id, "kop-mdo");

    public sealed class InputModel
    {
        public DateTime? Op { get; set; }

        public string Locatie { get; set; } = "";

        public string Agenda { get; set; } = "";

        public List<Guid> Netwerkpartners { get; set; } = [];

        public List<Guid> Gezinsleden { get; set; } = [];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider klok, Termijnberekening termijnen)
        {
            RuleFor(i => i.Op).NotNull().WithMessage("Kies datum en tijd van het MDO.")
                .Must(op => op is null || DateOnly.FromDateTime(op.Value) >= termijnen.Datum(klok.GetUtcNow())).WithMessage("Plan het MDO op vandaag of later.");
            RuleFor(i => i.Locatie).NotEmpty().WithMessage("Geef de plaats van het MDO.").MaximumLength(400).WithMessage("Houd de plaats korter dan 400 tekens.");
            RuleFor(i => i.Agenda).NotEmpty().WithMessage("Zet de agenda van het MDO op papier.").MaximumLength(4000).WithMessage("Houd de agenda korter dan 4000 tekens.");
            RuleFor(i => i.Netwerkpartners).NotEmpty().When(i => i.Gezinsleden.Count == 0).WithMessage("Nodig netwerkpartners of gezinsleden uit voor het MDO.");
        }
    }
}
