using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DocumentenEnRechten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Avgverzoeken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Recht = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Bsn = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: true),
                    OntvangenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Uiterlijk = table.Column<DateOnly>(type: "date", nullable: false),
                    VerlengingReden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    BehandelaarId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    BehandelaarNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AfgehandeldOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Vrijgegeven = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GezinslidId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Veld = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    OudeWaarde = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    GevraagdeWaarde = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Toelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Besluit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    BesluitReden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Avgverzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Avgverzoeken_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bewaarplichten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Grond = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    GeplaatstOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GeplaatstDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OpgehevenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OpgehevenDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OpheffingReden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bewaarplichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bewaarplichten_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bijlagen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Categorie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Beschrijving = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    OnderdeelId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Onderdeel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ToegevoegdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ToegevoegdDoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ToegevoegdDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VerwijderdOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VerwijderdDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VerwijderReden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bijlagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bijlagen_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statistiekbeoordelingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Dossiersleutel = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    WerkdagenSindsMelding = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statistiekbeoordelingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Statistiekgebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Dossiersleutel = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reeks = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Op = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statistiekgebeurtenissen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Statistiekoverdrachten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Dossiersleutel = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AangebodenOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GehoudenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BesluitOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WerkdagenSindsBeoordeling = table.Column<int>(type: "int", nullable: true),
                    WerkdagenTotGesprek = table.Column<int>(type: "int", nullable: true),
                    WerkdagenTotAcceptatie = table.Column<int>(type: "int", nullable: true),
                    Warm = table.Column<bool>(type: "bit", nullable: false),
                    PlanUiterlijk = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanVastgesteldOp = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statistiekoverdrachten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Vernietigingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    VernietigdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Grond = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    AfgeslotenOp = table.Column<DateOnly>(type: "date", nullable: false),
                    Bijlagen = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vernietigingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Achterhoudingen",
                columns: table => new
                {
                    VerzoekId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Onderdeel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Achterhoudingen", x => new { x.VerzoekId, x.Onderdeel });
                    table.ForeignKey(
                        name: "FK_Achterhoudingen_Avgverzoeken_VerzoekId",
                        column: x => x.VerzoekId,
                        principalTable: "Avgverzoeken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bijlageversies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BijlageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Nummer = table.Column<int>(type: "int", nullable: false),
                    Bestandsnaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Grootte = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Opslagnaam = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Sleutel = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Op = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bijlageversies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bijlageversies_Bijlagen_BijlageId",
                        column: x => x.BijlageId,
                        principalTable: "Bijlagen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Avgverzoeken_DossierId",
                table: "Avgverzoeken",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Avgverzoeken_Status_AfgehandeldOp",
                table: "Avgverzoeken",
                columns: new[] { "Status", "AfgehandeldOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Avgverzoeken_Status_Uiterlijk",
                table: "Avgverzoeken",
                columns: new[] { "Status", "Uiterlijk" });

            migrationBuilder.CreateIndex(
                name: "IX_Bewaarplichten_DossierId_OpgehevenOp",
                table: "Bewaarplichten",
                columns: new[] { "DossierId", "OpgehevenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Bijlagen_DossierId",
                table: "Bijlagen",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Bijlageversies_BijlageId_Nummer",
                table: "Bijlageversies",
                columns: new[] { "BijlageId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Statistiekbeoordelingen_Datum_WerkdagenSindsMelding_Dossiersleutel",
                table: "Statistiekbeoordelingen",
                columns: new[] { "Datum", "WerkdagenSindsMelding", "Dossiersleutel" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistiekgebeurtenissen_Reeks_Op_Dossiersleutel",
                table: "Statistiekgebeurtenissen",
                columns: new[] { "Reeks", "Op", "Dossiersleutel" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistiekoverdrachten_AangebodenOp_Dossiersleutel_WerkdagenSindsBeoordeling",
                table: "Statistiekoverdrachten",
                columns: new[] { "AangebodenOp", "Dossiersleutel", "WerkdagenSindsBeoordeling" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistiekoverdrachten_Dossiersleutel_TeamId",
                table: "Statistiekoverdrachten",
                columns: new[] { "Dossiersleutel", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistiekoverdrachten_GehoudenOp_WerkdagenTotGesprek_Dossiersleutel",
                table: "Statistiekoverdrachten",
                columns: new[] { "GehoudenOp", "WerkdagenTotGesprek", "Dossiersleutel" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistiekoverdrachten_Status_BesluitOp_Dossiersleutel_WerkdagenTotAcceptatie",
                table: "Statistiekoverdrachten",
                columns: new[] { "Status", "BesluitOp", "Dossiersleutel", "WerkdagenTotAcceptatie" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistiekoverdrachten_TeamId_AangebodenOp_Dossiersleutel_WerkdagenSindsBeoordeling",
                table: "Statistiekoverdrachten",
                columns: new[] { "TeamId", "AangebodenOp", "Dossiersleutel", "WerkdagenSindsBeoordeling" });

            migrationBuilder.CreateIndex(
                name: "IX_Statistiekoverdrachten_TeamId_Status_BesluitOp_Dossiersleutel_WerkdagenTotAcceptatie",
                table: "Statistiekoverdrachten",
                columns: new[] { "TeamId", "Status", "BesluitOp", "Dossiersleutel", "WerkdagenTotAcceptatie" });

            migrationBuilder.CreateIndex(
                name: "IX_Vernietigingen_Kenmerk",
                table: "Vernietigingen",
                column: "Kenmerk");

            migrationBuilder.CreateIndex(
                name: "IX_Vernietigingen_VernietigdOp",
                table: "Vernietigingen",
                column: "VernietigdOp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Achterhoudingen");

            migrationBuilder.DropTable(
                name: "Bewaarplichten");

            migrationBuilder.DropTable(
                name: "Bijlageversies");

            migrationBuilder.DropTable(
                name: "Statistiekbeoordelingen");

            migrationBuilder.DropTable(
                name: "Statistiekgebeurtenissen");

            migrationBuilder.DropTable(
                name: "Statistiekoverdrachten");

            migrationBuilder.DropTable(
                name: "Vernietigingen");

            migrationBuilder.DropTable(
                name: "Avgverzoeken");

            migrationBuilder.DropTable(
                name: "Bijlagen");
        }
    }
}
