using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DoorlooptijdenOpgeslagen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Veiligheidsbeoordelingen_Datum",
                table: "Veiligheidsbeoordelingen");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_AangebodenOp_DossierId",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_GehoudenOp",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_Status_BesluitOp_DossierId",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_TeamId_AangebodenOp_DossierId",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_TeamId_Status_BesluitOp_DossierId",
                table: "Overdrachten");

            migrationBuilder.AddColumn<int>(
                name: "WerkdagenSindsMelding",
                table: "Veiligheidsbeoordelingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WerkdagenSindsBeoordeling",
                table: "Overdrachten",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WerkdagenTotAcceptatie",
                table: "Overdrachten",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WerkdagenTotGesprek",
                table: "Overdrachten",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Veiligheidsbeoordelingen_Datum_WerkdagenSindsMelding_DossierId",
                table: "Veiligheidsbeoordelingen",
                columns: new[] { "Datum", "WerkdagenSindsMelding", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_AangebodenOp_DossierId_WerkdagenSindsBeoordeling",
                table: "Overdrachten",
                columns: new[] { "AangebodenOp", "DossierId", "WerkdagenSindsBeoordeling" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_GehoudenOp_WerkdagenTotGesprek_DossierId",
                table: "Overdrachten",
                columns: new[] { "GehoudenOp", "WerkdagenTotGesprek", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_Status_BesluitOp_DossierId_WerkdagenTotAcceptatie",
                table: "Overdrachten",
                columns: new[] { "Status", "BesluitOp", "DossierId", "WerkdagenTotAcceptatie" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_TeamId_AangebodenOp_DossierId_WerkdagenSindsBeoordeling",
                table: "Overdrachten",
                columns: new[] { "TeamId", "AangebodenOp", "DossierId", "WerkdagenSindsBeoordeling" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_TeamId_Status_BesluitOp_DossierId_WerkdagenTotAcceptatie",
                table: "Overdrachten",
                columns: new[] { "TeamId", "Status", "BesluitOp", "DossierId", "WerkdagenTotAcceptatie" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Veiligheidsbeoordelingen_Datum_WerkdagenSindsMelding_DossierId",
                table: "Veiligheidsbeoordelingen");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_AangebodenOp_DossierId_WerkdagenSindsBeoordeling",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_GehoudenOp_WerkdagenTotGesprek_DossierId",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_Status_BesluitOp_DossierId_WerkdagenTotAcceptatie",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_TeamId_AangebodenOp_DossierId_WerkdagenSindsBeoordeling",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_TeamId_Status_BesluitOp_DossierId_WerkdagenTotAcceptatie",
                table: "Overdrachten");

            migrationBuilder.DropColumn(
                name: "WerkdagenSindsMelding",
                table: "Veiligheidsbeoordelingen");

            migrationBuilder.DropColumn(
                name: "WerkdagenSindsBeoordeling",
                table: "Overdrachten");

            migrationBuilder.DropColumn(
                name: "WerkdagenTotAcceptatie",
                table: "Overdrachten");

            migrationBuilder.DropColumn(
                name: "WerkdagenTotGesprek",
                table: "Overdrachten");

            migrationBuilder.CreateIndex(
                name: "IX_Veiligheidsbeoordelingen_Datum",
                table: "Veiligheidsbeoordelingen",
                column: "Datum");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_AangebodenOp_DossierId",
                table: "Overdrachten",
                columns: new[] { "AangebodenOp", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_GehoudenOp",
                table: "Overdrachten",
                column: "GehoudenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_Status_BesluitOp_DossierId",
                table: "Overdrachten",
                columns: new[] { "Status", "BesluitOp", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_TeamId_AangebodenOp_DossierId",
                table: "Overdrachten",
                columns: new[] { "TeamId", "AangebodenOp", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_TeamId_Status_BesluitOp_DossierId",
                table: "Overdrachten",
                columns: new[] { "TeamId", "Status", "BesluitOp", "DossierId" });
        }
    }
}
