using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GezinsledenZoeken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Gezinsleden_Bsn",
                table: "Gezinsleden",
                column: "Bsn");

            migrationBuilder.CreateIndex(
                name: "IX_Gezinsleden_Geboortedatum",
                table: "Gezinsleden",
                column: "Geboortedatum");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Gezinsleden_Bsn",
                table: "Gezinsleden");

            migrationBuilder.DropIndex(
                name: "IX_Gezinsleden_Geboortedatum",
                table: "Gezinsleden");
        }
    }
}
