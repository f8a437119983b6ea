using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Wijchen.Gezinsveiligheid.Domain;

namespace Wijchen.Gezinsveiligheid.Web.Pages.Meldingen;

/// <summary>One household member as a form row, on the melding form and on the household page.</summary>
public sealed class GezinslidInput
{
    public string Naam { get; set; } = "";

    public DateOnly? Geboortedatum { get; set; }

    public string? Bsn { get; set; }

    public GezinslidRol? Rol { get; set; }

    public bool WoontInHuis { get; set; }

    public bool IsLeeg => string.IsNullOrWhiteSpace(Naam) && Geboortedatum is null && string.IsNullOrWhiteSpace(Bsn) && Rol is null;

    public static IReadOnlyList<SelectListItem> Rollen { get; } =
        [new("Kies een rol", ""), .. Enum.GetValues<GezinslidRol>().Select(r => new SelectListItem(r.Naam(), r.ToString()))];

    public GezinslidGegevens AlsGegevens() => new(Naam, Geboortedatum!.Value, string.IsNullOrWhiteSpace(Bsn) ? null : Bsn, Rol!.Value, WoontInHuis);

    public static GezinslidInput Van(Gezinslid lid) => new()
    {
        Naam = lid.Naam,
        Geboortedatum = lid.Geboortedatum,
        Bsn = lid.Bsn?.Waarde,
        Rol = lid.Rol,
        WoontInHuis = lid.WoontInHuis,
    };
}

public sealed class GezinslidValidator : AbstractValidator<GezinslidInput>
{
    public GezinslidValidator(TimeProvider klok, Termijnberekening termijnen)
    {
        RuleFor(g => g.Naam).NotEmpty().WithMessage("Vul de naam in.").MaximumLength(200).WithMessage("Houd de naam korter dan 200 tekens.");
        RuleFor(g => g.Geboortedatum).NotNull().WithMessage("Vul de geboortedatum in (dag, maand, jaar).")
            .Must(d => d is null || d <= termijnen.Datum(klok.GetUtcNow()))
            .WithMessage("De geboortedatum kan niet in de toekomst liggen.")
            .Must(d => d is null || d.Value.Year >= 1900).WithMessage("Controleer het geboortejaar.");
        RuleFor(g => g.Bsn).Must(Bsn.IsGeldig).When(g => !string.IsNullOrWhiteSpace(g.Bsn))
            .WithMessage("Dit BSN klopt niet: het heeft 9 cijfers en moet voldoen aan de elfproef. Laat het veld leeg als u het BSN niet weet.");
        RuleFor(g => g.Rol).NotNull().WithMessage("Kies de rol in of rond het gezin.");
    }
}
