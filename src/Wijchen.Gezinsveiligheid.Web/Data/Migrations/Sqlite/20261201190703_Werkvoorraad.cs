using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Werkvoorraad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_BeoogdCasusregisseurId_Status",
                table: "Overdrachten",
                columns: new[] { "BeoogdCasusregisseurId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Open",
                table: "Dossiers",
                columns: new[] { "Fase", "RegiehouderOrganisatie", "RegiehouderTeamId", "Deadline" },
                filter: "[Fase] <> 'Afgesloten'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_BeoogdCasusregisseurId_Status",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Open",
                table: "Dossiers");
        }
    }
}
