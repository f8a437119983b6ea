using Microsoft.Extensions.Options;

namespace Wijchen.Gezinsveiligheid.Web;

/// <summary>Settings that can say, per setting and in Dutch, what is wrong with them.</summary>
public interface IControleerbareInstellingen
{
    IEnumerable<string> Valideer();
}

/// <summary>Stops the start with every reason a settings section is wrong, after a heading that names the section.</summary>
public sealed class Instellingencontrole<T>(string kop) : IValidateOptions<T>
    where T : class, IControleerbareInstellingen
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fouten = options.Valideer().ToList();
        return fouten.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(fouten.Prepend(kop));
    }
}
