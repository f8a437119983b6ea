using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ToegangslogFiltersOpTijd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
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

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_Bijzondere_soort",
                table: "Toegangslog",
                columns: new[] { "Soort", "Tijdstip" },
                filter: "[Soort] <> 'Lezen'");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_Bijzondere_uitkomst",
                table: "Toegangslog",
                columns: new[] { "Uitkomst", "Tijdstip" },
                filter: "[Uitkomst] <> 'Toegestaan'");

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_Noodtoegang",
                table: "Toegangslog",
                columns: new[] { "Doel", "Tijdstip" },
                filter: "[Doel] <> 'Normaal'");
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
        }
    }
}
