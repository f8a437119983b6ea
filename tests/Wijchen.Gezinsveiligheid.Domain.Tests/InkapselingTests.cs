namespace Wijchen.Gezinsveiligheid.Domain.Tests;

/// <summary>The aggregate changes only through its methods, which hold the guards, write the chronology and raise the version.</summary>
public class InkapselingTests
{
    [Fact]
    public void Geen_onderdeel_van_een_dossier_geeft_een_lijst_die_een_ander_kan_wijzigen()
    {
        // Settings are bound from configuration and replaced whole (Termijnberekening.Vervang); they are not the aggregate.
        var uitgezonderd = new[] { typeof(TermijnInstellingen) };
        var wijzigbaar = new[] { typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(HashSet<>), typeof(ISet<>), typeof(Dictionary<,>), typeof(IDictionary<,>) };

        var lekken = typeof(Dossier).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !uitgezonderd.Contains(t))
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Eigenschap: p)))
            .Where(p => p.Eigenschap.PropertyType.IsArray
                || (p.Eigenschap.PropertyType.IsGenericType && wijzigbaar.Contains(p.Eigenschap.PropertyType.GetGenericTypeDefinition())))
            .Select(p => $"{p.Type.Name}.{p.Eigenschap.Name}")
            .ToList();

        Assert.True(lekken.Count == 0, $"Wijzigbare lijsten: {string.Join(", ", lekken)}");
        // The sweep sees the aggregate's parts at all: a handover's months are among the properties it checked.
        Assert.Equal(typeof(IReadOnlyList<int>), typeof(Overdracht).GetProperty(nameof(Overdracht.MonitoringMaanden))!.PropertyType);
    }
}
