using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Taakleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Taakleases",
                columns: table => new
                {
                    Taak = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Houder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Tot = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LaatstGedaanOp = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taakleases", x => x.Taak);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Taakleases");
        }
    }
}
