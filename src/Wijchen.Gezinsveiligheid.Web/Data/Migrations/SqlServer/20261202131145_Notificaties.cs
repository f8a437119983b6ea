using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Notificaties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Mailberichten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OntvangerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Adres = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Onderwerp = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Pogingen = table.Column<int>(type: "int", nullable: false),
                    HerhalenSinds = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VolgendePogingOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BezigTot = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VerstuurdOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    MisluktOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LaatsteFout = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mailberichten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notificaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OntvangerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Sleutel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Op = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GelezenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Mail = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MailberichtId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notificaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notificaties_AspNetUsers_OntvangerId",
                        column: x => x.OntvangerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notificaties_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notificatievoorkeuren",
                columns: table => new
                {
                    GebruikerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Bezorging = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notificatievoorkeuren", x => new { x.GebruikerId, x.Soort });
                    table.ForeignKey(
                        name: "FK_Notificatievoorkeuren_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Mailberichten_VerstuurdOp_MisluktOp_VolgendePogingOp",
                table: "Mailberichten",
                columns: new[] { "VerstuurdOp", "MisluktOp", "VolgendePogingOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_DossierId",
                table: "Notificaties",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_Mail_MailberichtId",
                table: "Notificaties",
                columns: new[] { "Mail", "MailberichtId" });

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_OntvangerId_GelezenOp",
                table: "Notificaties",
                columns: new[] { "OntvangerId", "GelezenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_OntvangerId_Op",
                table: "Notificaties",
                columns: new[] { "OntvangerId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_Notificaties_OntvangerId_Sleutel",
                table: "Notificaties",
                columns: new[] { "OntvangerId", "Sleutel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Mailberichten");

            migrationBuilder.DropTable(
                name: "Notificaties");

            migrationBuilder.DropTable(
                name: "Notificatievoorkeuren");
        }
    }
}
