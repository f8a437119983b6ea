using System.Data.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Wijchen.Gezinsveiligheid.Web.Data;

namespace Wijchen.Gezinsveiligheid.Web.Notificaties;

/// <summary>The unread count behind the bell in the header: one indexed count per page.</summary>
public sealed class Notificatieteller(AppDbContext db, ILogger<Notificatieteller> logger)
{
    /// <summary>
    /// Null when it cannot be counted: the header is also drawn on the error page, which must appear when the database
    /// is the problem.
    /// </summary>
    public async Task<int?> OngelezenAsync(ClaimsPrincipal gebruiker)
    {
        if (gebruiker.Identity?.IsAuthenticated != true || gebruiker.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } ik)
        {
            return null;
        }

        try
        {
            return await db.Notificaties.CountAsync(n => n.OntvangerId == ik && n.GelezenOp == null);
        }
        catch (Exception fout) when (fout is DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(fout, "Ongelezen notificaties tellen mislukt");
            return null;
        }
    }
}
