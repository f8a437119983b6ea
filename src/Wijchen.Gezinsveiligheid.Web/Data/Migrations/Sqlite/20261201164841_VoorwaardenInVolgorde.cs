using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VoorwaardenInVolgorde : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Volgnummer",
                table: "Veiligheidsvoorwaarden",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Voorwaarden written before this column: numbered per overdracht in a fixed order, so they read the same every time.
            migrationBuilder.Sql(
                "UPDATE Veiligheidsvoorwaarden SET Volgnummer = (SELECT COUNT(*) FROM Veiligheidsvoorwaarden AS eerder " +
                "WHERE eerder.OverdrachtId = Veiligheidsvoorwaarden.OverdrachtId AND eerder.Id <= Veiligheidsvoorwaarden.Id)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Volgnummer",
                table: "Veiligheidsvoorwaarden");
        }
    }
}
