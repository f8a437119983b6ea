using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GebruikerNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Op = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GeldigTot = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BeoordeeldOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BeoordeeldDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Beoordeling = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Noodtoegangen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Toegangslog",
                columns: table => new
                {
                    Volgnummer = table.Column<long>(type: "bigint", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Uitkomst = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GebruikerNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Rol = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Namens = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Onderdeel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Herkomst = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Doel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VorigeHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toegangslog", x => x.Volgnummer);
                });

            migrationBuilder.CreateTable(
                name: "ToegangslogKop",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Volgnummer = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false)
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

            // Append-only in the database too: the hash chain shows tampering, this refuses it outright. EXEC keeps
            // CREATE TRIGGER first in its batch, also inside an idempotent script.
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [Toegangslog_AlleenAanvullen] ON [Toegangslog] INSTEAD OF UPDATE, DELETE AS THROW 50001, N''Het toegangslog kan alleen worden aangevuld.'', 1;')");
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
