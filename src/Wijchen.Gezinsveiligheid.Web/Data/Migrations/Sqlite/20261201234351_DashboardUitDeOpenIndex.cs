using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardUitDeOpenIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Open",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Open",
                table: "Dossiers",
                columns: new[] { "Fase", "RegiehouderOrganisatie", "RegiehouderTeamId", "RegiehouderId", "RegiehouderNaam", "Deadline", "PlanVastgesteldOp", "PlanUiterlijk", "AantalPartijenZonderPlan", "EvaluatieUiterlijk", "AantalKinderenZonderOordeel", "MonitoringUiterlijk", "Id" },
                filter: "[Fase] <> 'Afgesloten'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Open",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Open",
                table: "Dossiers",
                columns: new[] { "Fase", "RegiehouderOrganisatie", "RegiehouderTeamId", "Deadline", "RegiehouderId" },
                filter: "[Fase] <> 'Afgesloten'");
        }
    }
}
