using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeamtrendsUitDeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Id_AfgeslotenOp",
                table: "Dossiers",
                columns: new[] { "Id", "AfgeslotenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Id_Melding_OntvangenOp",
                table: "Dossiers",
                columns: new[] { "Id", "Melding_OntvangenOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Id_AfgeslotenOp",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Id_Melding_OntvangenOp",
                table: "Dossiers");
        }
    }
}
