using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Casusregie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EvaluatieUiterlijk",
                table: "Dossiers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MonitoringUiterlijk",
                table: "Dossiers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanUiterlijk",
                table: "Dossiers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanVastgesteldOp",
                table: "Dossiers",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Evaluaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    VastgelegdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InstrumentNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InstrumentVersie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Risiconiveau = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ProfessioneelOordeel = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Schaalvraag = table.Column<int>(type: "int", nullable: false),
                    StemVanHetKind = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    HulpvraagOuders = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Conclusie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    KindchecksJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OordelenJson = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluaties_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mdos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: false),
                    GeplandOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Locatie = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Agenda = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Netwerkpartners = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Gezinsleden = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    GehoudenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AanwezigeNetwerkpartners = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AanwezigeGezinsleden = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Besluiten = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    VolgendeMdo = table.Column<DateOnly>(type: "date", nullable: true),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mdos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mdos_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Netwerkpartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Organisatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Contactpersoon = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Contactgegevens = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Gezinsleden = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Netwerkpartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Netwerkpartners_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Veiligheidsplannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Zorgen = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    WatGaatGoed = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Veiligheidsdoelen = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    VolgendeEvaluatie = table.Column<DateOnly>(type: "date", nullable: true),
                    InterneNotitie = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    GewijzigdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GewijzigdDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VastgesteldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    VastgesteldDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Afspraken = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Netwerk = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Schaalvragen = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Verspreidingslijst = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Veiligheidsplannen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Veiligheidsplannen_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VoorwaardeControles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    VastgelegdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Naleving = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DoorOrganisatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MonitoringMaand = table.Column<int>(type: "int", nullable: true),
                    VeiligheidsvoorwaardeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoorwaardeControles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoorwaardeControles_Veiligheidsvoorwaarden_VeiligheidsvoorwaardeId",
                        column: x => x.VeiligheidsvoorwaardeId,
                        principalTable: "Veiligheidsvoorwaarden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MdoActies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Wat = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EigenaarNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EigenaarId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Uiterlijk = table.Column<DateOnly>(type: "date", nullable: false),
                    AfgerondOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AfgerondDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    MdoId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdoActies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdoActies_Mdos_MdoId",
                        column: x => x.MdoId,
                        principalTable: "Mdos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Fase_EvaluatieUiterlijk",
                table: "Dossiers",
                columns: new[] { "Fase", "EvaluatieUiterlijk" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Fase_MonitoringUiterlijk",
                table: "Dossiers",
                columns: new[] { "Fase", "MonitoringUiterlijk" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Fase_PlanUiterlijk",
                table: "Dossiers",
                columns: new[] { "Fase", "PlanUiterlijk" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_VtBehandelaarId",
                table: "Dossiers",
                column: "VtBehandelaarId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_DossierId",
                table: "Evaluaties",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_MdoActies_EigenaarId_AfgerondOp_Uiterlijk",
                table: "MdoActies",
                columns: new[] { "EigenaarId", "AfgerondOp", "Uiterlijk" });

            migrationBuilder.CreateIndex(
                name: "IX_MdoActies_MdoId",
                table: "MdoActies",
                column: "MdoId");

            migrationBuilder.CreateIndex(
                name: "IX_Mdos_DossierId",
                table: "Mdos",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Netwerkpartners_DossierId",
                table: "Netwerkpartners",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Veiligheidsplannen_DossierId_Versie",
                table: "Veiligheidsplannen",
                columns: new[] { "DossierId", "Versie" },
                unique: true,
                filter: "[DossierId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_VoorwaardeControles_VeiligheidsvoorwaardeId",
                table: "VoorwaardeControles",
                column: "VeiligheidsvoorwaardeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evaluaties");

            migrationBuilder.DropTable(
                name: "MdoActies");

            migrationBuilder.DropTable(
                name: "Netwerkpartners");

            migrationBuilder.DropTable(
                name: "Veiligheidsplannen");

            migrationBuilder.DropTable(
                name: "VoorwaardeControles");

            migrationBuilder.DropTable(
                name: "Mdos");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Fase_EvaluatieUiterlijk",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Fase_MonitoringUiterlijk",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Fase_PlanUiterlijk",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_VtBehandelaarId",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "EvaluatieUiterlijk",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "MonitoringUiterlijk",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "PlanUiterlijk",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "PlanVastgesteldOp",
                table: "Dossiers");
        }
    }
}
