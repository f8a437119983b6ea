using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Melding_OntvangenOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Melding_MelderNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Melding_MelderRol = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Melding_MelderContact = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Melding_MelderAnoniemNaarGezin = table.Column<bool>(type: "bit", nullable: false),
                    Melding_SoortZorg = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Melding_Omschrijving = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    GeregistreerdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GeregistreerdDoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GeregistreerdDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
