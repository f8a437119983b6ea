using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApiOverdrachtenEnWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiOverdrachten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VtOrganisatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdempotentieSleutel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VerzoekHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiOverdrachten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiOverdrachten_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Webhookberichten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    HerhalenSinds = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VolgendePogingOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BezigTot = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerstuurdOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MisluktOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LaatsteFout = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Webhookberichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Webhookberichten_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiOverdrachten_ClientId_IdempotentieSleutel",
                table: "ApiOverdrachten",
                columns: new[] { "ClientId", "IdempotentieSleutel" },
                unique: true,
                filter: "IdempotentieSleutel IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ApiOverdrachten_DossierId",
                table: "ApiOverdrachten",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiOverdrachten_Kenmerk",
                table: "ApiOverdrachten",
                column: "Kenmerk");

            migrationBuilder.CreateIndex(
                name: "IX_Webhookberichten_DossierId",
                table: "Webhookberichten",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Webhookberichten_VerstuurdOp_MisluktOp_VolgendePogingOp",
                table: "Webhookberichten",
                columns: new[] { "VerstuurdOp", "MisluktOp", "VolgendePogingOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiOverdrachten");

            migrationBuilder.DropTable(
                name: "Webhookberichten");
        }
    }
}
