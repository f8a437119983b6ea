using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Wijchen.Gezinsveiligheid.Web.Data;

/// <summary>
/// Ready means what a page needs: every page that shows dossier data writes an access-log row, so the check takes the
/// same lock the log writer takes (the head row of the chain) and gives it back without changing anything.
/// </summary>
public sealed class Schrijfbaarheid(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.ToegangslogKop.Where(k => k.Id == ToegangslogKop.EnigeId)
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.Volgnummer, x => x.Volgnummer), cancellationToken);
            await transactie.RollbackAsync(cancellationToken);
            return HealthCheckResult.Healthy("De database neemt schrijfacties aan.");
        }
        catch (Exception fout) when (Databasestoring.IsOnbeschikbaar(fout))
        {
            return HealthCheckResult.Unhealthy("De database neemt nu geen schrijfacties aan.", fout);
        }
    }
}
