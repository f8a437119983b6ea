using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Toegangslog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Noodtoegangen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GebruikerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GebruikerNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Op = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GeldigTot = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BeoordeeldOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BeoordeeldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Beoordeling = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Noodtoegangen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Toegangslog",
                columns: table => new
                {
                    Volgnummer = table.Column<long>(type: "INTEGER", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GebruikerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GebruikerNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Namens = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Onderdeel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Herkomst = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Doel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VorigeHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toegangslog", x => x.Volgnummer);
                });

            migrationBuilder.CreateTable(
                name: "ToegangslogKop",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgnummer = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToegangslogKop", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ToegangslogKop",
                columns: new[] { "Id", "Hash", "Volgnummer" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Noodtoegangen_BeoordeeldOp",
                table: "Noodtoegangen",
                column: "BeoordeeldOp");

            migrationBuilder.CreateIndex(
                name: "IX_Noodtoegangen_GebruikerId_DossierId_GeldigTot",
                table: "Noodtoegangen",
                columns: new[] { "GebruikerId", "DossierId", "GeldigTot" });

            migrationBuilder.CreateIndex(
                name: "IX_Noodtoegangen_TeamId_Op",
                table: "Noodtoegangen",
                columns: new[] { "TeamId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_DossierId_Tijdstip",
                table: "Toegangslog",
                columns: new[] { "DossierId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_GebruikerId_Tijdstip",
                table: "Toegangslog",
                columns: new[] { "GebruikerId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_Toegangslog_Tijdstip",
                table: "Toegangslog",
                column: "Tijdstip");

            // Append-only in the database too: the hash chain shows tampering, these refuse it outright.
            migrationBuilder.Sql("CREATE TRIGGER Toegangslog_GeenWijziging BEFORE UPDATE ON Toegangslog BEGIN SELECT RAISE(ABORT, 'Het toegangslog kan alleen worden aangevuld.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER Toegangslog_GeenVerwijdering BEFORE DELETE ON Toegangslog BEGIN SELECT RAISE(ABORT, 'Het toegangslog kan alleen worden aangevuld.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Noodtoegangen");

            migrationBuilder.DropTable(
                name: "Toegangslog");

            migrationBuilder.DropTable(
                name: "ToegangslogKop");
        }
    }
}
