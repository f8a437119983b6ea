using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Dashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Veiligheidsbeoordelingen_DossierId",
                table: "Veiligheidsbeoordelingen");

            migrationBuilder.DropIndex(
                name: "IX_Regiehistorie_DossierId",
                table: "Regiehistorie");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanUiterlijk",
                table: "Overdrachten",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanVastgesteldOp",
                table: "Overdrachten",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AantalKinderenZonderOordeel",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AantalPartijenZonderPlan",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Veiligheidsbeoordelingen_Datum",
                table: "Veiligheidsbeoordelingen",
                column: "Datum");

            migrationBuilder.CreateIndex(
                name: "IX_Veiligheidsbeoordelingen_DossierId_Datum",
                table: "Veiligheidsbeoordelingen",
                columns: new[] { "DossierId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_Regiehistorie_DossierId_Op",
                table: "Regiehistorie",
                columns: new[] { "DossierId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_Regiehistorie_NaarId_Op",
                table: "Regiehistorie",
                columns: new[] { "NaarId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_AangebodenOp",
                table: "Overdrachten",
                column: "AangebodenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_GehoudenOp",
                table: "Overdrachten",
                column: "GehoudenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_Status_BesluitOp",
                table: "Overdrachten",
                columns: new[] { "Status", "BesluitOp" });

            migrationBuilder.CreateIndex(
                name: "IX_MdoActies_AfgerondOp_Uiterlijk",
                table: "MdoActies",
                columns: new[] { "AfgerondOp", "Uiterlijk" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AfgeslotenOp",
                table: "Dossiers",
                column: "AfgeslotenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Fase_AantalKinderenZonderOordeel",
                table: "Dossiers",
                columns: new[] { "Fase", "AantalKinderenZonderOordeel" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Fase_AantalPartijenZonderPlan",
                table: "Dossiers",
                columns: new[] { "Fase", "AantalPartijenZonderPlan" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Fase_RegiehouderOrganisatie_RegiehouderTeamId",
                table: "Dossiers",
                columns: new[] { "Fase", "RegiehouderOrganisatie", "RegiehouderTeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Melding_OntvangenOp",
                table: "Dossiers",
                column: "Melding_OntvangenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Chronologie_Actie_Op",
                table: "Chronologie",
                columns: new[] { "Actie", "Op" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Veiligheidsbeoordelingen_Datum",
                table: "Veiligheidsbeoordelingen");

            migrationBuilder.DropIndex(
                name: "IX_Veiligheidsbeoordelingen_DossierId_Datum",
                table: "Veiligheidsbeoordelingen");

            migrationBuilder.DropIndex(
                name: "IX_Regiehistorie_DossierId_Op",
                table: "Regiehistorie");

            migrationBuilder.DropIndex(
                name: "IX_Regiehistorie_NaarId_Op",
                table: "Regiehistorie");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_AangebodenOp",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_GehoudenOp",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_Status_BesluitOp",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_MdoActies_AfgerondOp_Uiterlijk",
                table: "MdoActies");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AfgeslotenOp",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Fase_AantalKinderenZonderOordeel",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Fase_AantalPartijenZonderPlan",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Fase_RegiehouderOrganisatie_RegiehouderTeamId",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Melding_OntvangenOp",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Chronologie_Actie_Op",
                table: "Chronologie");

            migrationBuilder.DropColumn(
                name: "PlanUiterlijk",
                table: "Overdrachten");

            migrationBuilder.DropColumn(
                name: "PlanVastgesteldOp",
                table: "Overdrachten");

            migrationBuilder.DropColumn(
                name: "AantalKinderenZonderOordeel",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "AantalPartijenZonderPlan",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Veiligheidsbeoordelingen_DossierId",
                table: "Veiligheidsbeoordelingen",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Regiehistorie_DossierId",
                table: "Regiehistorie",
                column: "DossierId");
        }
    }
}
