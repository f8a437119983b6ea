using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardEnToegangslogOpRegiogrootte : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Regiehistorie_DossierId_Op",
                table: "Regiehistorie");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_AangebodenOp",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_Status_BesluitOp",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_TeamId_Status",
                table: "Overdrachten");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AfgeslotenOp",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Melding_OntvangenOp",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_RegiehouderId",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Chronologie_Actie_Op",
                table: "Chronologie");

            migrationBuilder.AddColumn<int>(
                name: "Volgnummer",
                table: "Regiehistorie",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing history in the order it was written: by moment, and among equal moments in the order of insertion
            // (the rowid).
            migrationBuilder.Sql(
                """
                UPDATE "Regiehistorie" SET "Volgnummer" = "n"."Nummer"
                FROM (SELECT rowid AS "Rij", ROW_NUMBER() OVER (PARTITION BY "DossierId" ORDER BY "Op", rowid) AS "Nummer" FROM "Regiehistorie") AS "n"
                WHERE "Regiehistorie".rowid = "n"."Rij";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_Bijzondere_soort",
                table: "Toegangslog",
                column: "Soort",
                filter: "[Soort] <> 'Lezen'");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_Bijzondere_uitkomst",
                table: "Toegangslog",
                column: "Uitkomst",
                filter: "[Uitkomst] <> 'Toegestaan'");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_Noodtoegang",
                table: "Toegangslog",
                column: "Doel",
                filter: "[Doel] <> 'Normaal'");

            migrationBuilder.CreateIndex(
                name: "IX_Regiehistorie_DossierId_Volgnummer_NaarId",
                table: "Regiehistorie",
                columns: new[] { "DossierId", "Volgnummer", "NaarId" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_AangebodenOp_DossierId",
                table: "Overdrachten",
                columns: new[] { "AangebodenOp", "DossierId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AfgeslotenOp_Id",
                table: "Dossiers",
                columns: new[] { "AfgeslotenOp", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Melding_OntvangenOp_Id",
                table: "Dossiers",
                columns: new[] { "Melding_OntvangenOp", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_RegiehouderId",
                table: "Dossiers",
                column: "RegiehouderId",
                filter: "[RegiehouderId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Chronologie_Terugmeldingen",
                table: "Chronologie",
                columns: new[] { "Op", "DossierId" },
                filter: "[Actie] = 'Terugmelden'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Toegangslog_Bijzondere_soort",
                table: "Toegangslog");

            migrationBuilder.DropIndex(
                name: "IX_Toegangslog_Bijzondere_uitkomst",
                table: "Toegangslog");

            migrationBuilder.DropIndex(
                name: "IX_Toegangslog_Noodtoegang",
                table: "Toegangslog");

            migrationBuilder.DropIndex(
                name: "IX_Regiehistorie_DossierId_Volgnummer_NaarId",
                table: "Regiehistorie");

            migrationBuilder.DropIndex(
                name: "IX_Overdrachten_AangebodenOp_DossierId",
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

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_AfgeslotenOp_Id",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Melding_OntvangenOp_Id",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_RegiehouderId",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Chronologie_Terugmeldingen",
                table: "Chronologie");

            migrationBuilder.DropColumn(
                name: "Volgnummer",
                table: "Regiehistorie");

            migrationBuilder.CreateIndex(
                name: "IX_Regiehistorie_DossierId_Op",
                table: "Regiehistorie",
                columns: new[] { "DossierId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_AangebodenOp",
                table: "Overdrachten",
                column: "AangebodenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_Status_BesluitOp",
                table: "Overdrachten",
                columns: new[] { "Status", "BesluitOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_TeamId_Status",
                table: "Overdrachten",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AfgeslotenOp",
                table: "Dossiers",
                column: "AfgeslotenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Melding_OntvangenOp",
                table: "Dossiers",
                column: "Melding_OntvangenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_RegiehouderId",
                table: "Dossiers",
                column: "RegiehouderId");

            migrationBuilder.CreateIndex(
                name: "IX_Chronologie_Actie_Op",
                table: "Chronologie",
                columns: new[] { "Actie", "Op" });
        }
    }
}
