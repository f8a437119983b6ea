using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;
using Wijchen.Gezinsveiligheid.Web.Data;
using Wijchen.Gezinsveiligheid.Web.Presentation;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Dossiers;

/// <summary>Adds a netwerkpartner, or changes one: the organisations around the family and whom they serve.</summary>
public sealed class NetwerkpartnerModel(AppDbContext db, DossierActieDiensten diensten, Handelingen handelingen, IValidator<NetwerkpartnerModel.InputModel> validator)
    : DossierActieModel(db, diensten, handelingen)
{
    [FromRoute]
    public Guid? PartnerId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public static IReadOnlyList<SelectListItem> Soorten { get; } =
        [new("Kies een soort", ""), .. Enum.GetValues<NetwerkpartnerSoort>().Select(s => new SelectListItem(s.Naam(), s.ToString()))];

    public override DossierActie Actie => DossierActie.NetwerkpartnerVastleggen;

    public override string Titel => PartnerId is null ? "Netwerkpartner toevoegen" : "Netwerkpartner wijzigen";

    protected override bool Bestaat(Dossier dossier) => PartnerId is null || dossier.Netwerkpartners.Any(p => p.Id == PartnerId);

    protected override Task VulStandaardAsync()
    {
        if (Dossier.Netwerkpartners.FirstOrDefault(p => p.Id == PartnerId) is { } partner)
        {
            Input = new InputModel
            {
                Soort = partner.Soort,
                Organisatie = partner.Organisatie,
                Contactpersoon = partner.Contactpersoon,
                Contactgegevens = partner.Contactgegevens,
                Gezinsleden = [.. partner.Gezinsleden],
            };
        }

        return Task.CompletedTask;
    }

    protected override Task<bool> ValideerAsync() => ModelState.ValideerAsync(validator, Input, nameof(Input));

    protected override Task VoerUitAsync(Handeling handeling)
    {
        Dossier.LegNetwerkpartnerVast(PartnerId,
            new NetwerkpartnerGegevens(Input.Soort!.Value, Input.Organisatie, Input.Contactpersoon, Input.Contactgegevens ?? "", Input.Gezinsleden), handeling);
        return Task.CompletedTask;
    }

    protected override string NaUitvoeren() => Url.Dossier(Id, "kop-netwerk");

    public sealed class InputModel
    {
        public NetwerkpartnerSoort? Soort { get; set; }

        public string Organisatie { get; set; } = "";

        public string Contactpersoon { get; set; } = "";

        public string? Contactgegevens { get; set; }

        public List<Guid> Gezinsleden { get; set; } = [];
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Soort).NotNull().WithMessage("Kies de soort organisatie.");
            RuleFor(i => i.Organisatie).NotEmpty().WithMessage("Geef de naam van de organisatie.").MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
            RuleFor(i => i.Contactpersoon).NotEmpty().WithMessage("Geef een contactpersoon bij de organisatie.").MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
            RuleFor(i => i.Contactgegevens).MaximumLength(400).WithMessage("Houd de contactgegevens korter dan 400 tekens.");
            RuleFor(i => i.Gezinsleden).NotEmpty().WithMessage("Kies voor welke gezinsleden deze partner betrokken is.");
        }
    }
}
