using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LatereMeldingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LatereMeldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Melding_OntvangenOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Melding_MelderNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Melding_MelderRol = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Melding_MelderContact = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Melding_MelderAnoniemNaarGezin = table.Column<bool>(type: "INTEGER", nullable: false),
                    Melding_SoortZorg = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Melding_Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    GeregistreerdOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GeregistreerdDoorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GeregistreerdDoorNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LatereMeldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LatereMeldingen_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LatereMeldingen_DossierId",
                table: "LatereMeldingen",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_LatereMeldingen_GeregistreerdOp",
                table: "LatereMeldingen",
                column: "GeregistreerdOp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LatereMeldingen");
        }
    }
}
