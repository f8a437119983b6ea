using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Melding_OntvangenOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Melding_MelderNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Melding_MelderRol = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Melding_MelderContact = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Melding_MelderAnoniemNaarGezin = table.Column<bool>(type: "bit", nullable: false),
                    Melding_SoortZorg = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Melding_Omschrijving = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Fase = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FaseSinds = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    VtBehandelaarId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    VtBehandelaarNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RegiehouderId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RegiehouderNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RegiehouderOrganisatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RegiehouderTeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WijkteamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AfsluitVoorstel_VoorgesteldOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AfsluitVoorstel_VoorgesteldDoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AfsluitVoorstel_VoorgesteldDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AfsluitVoorstel_Toelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AfsluitVoorstel_VeiligheidStabielEnGeevalueerd = table.Column<bool>(type: "bit", nullable: true),
                    AfsluitVoorstel_VtMonitoringAfgerondOfGeinformeerd = table.Column<bool>(type: "bit", nullable: true),
                    AfsluitVoorstel_GezinEnPartnersGeinformeerd = table.Column<bool>(type: "bit", nullable: true),
                    AfgeslotenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AfsluitReden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Organisatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Chronologie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: false),
                    Op = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Actie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Omschrijving = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Chronologie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Chronologie_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Gezinsleden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Bsn = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true),
                    Rol = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    WoontInHuis = table.Column<bool>(type: "bit", nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gezinsleden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gezinsleden_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Overdrachten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VeiligheidsbeoordelingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AangebodenOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AangebodenDoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AangebodenDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Context = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Contactpersoon = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MonitoringMaanden = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    GesprekOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    GesprekLocatie = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    BeoogdCasusregisseurId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    BeoogdCasusregisseurNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UitgenodigdeGezinsleden = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GehoudenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AanwezigeGezinsleden = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AanwezigeProfessionals = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BesluitOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BesluitDoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    BesluitDoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CasusregisseurId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    CasusregisseurNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overdrachten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Overdrachten_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Regiehistorie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Op = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VanId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    VanNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    NaarId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    NaarNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    NaarOrganisatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regiehistorie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Regiehistorie_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Veiligheidsbeoordelingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    VastgelegdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BeoordelaarId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    BeoordelaarNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AcuteOnveiligheid = table.Column<bool>(type: "bit", nullable: false),
                    StructureleOnveiligheid = table.Column<bool>(type: "bit", nullable: false),
                    InstrumentNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InstrumentVersie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InstrumentUitkomst = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Onderbouwing = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Besluit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DossierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Veiligheidsbeoordelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Veiligheidsbeoordelingen_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Veiligheidsvoorwaarden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    VoorWie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Verantwoordelijke = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OverdrachtId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Veiligheidsvoorwaarden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Veiligheidsvoorwaarden_Overdrachten_OverdrachtId",
                        column: x => x.OverdrachtId,
                        principalTable: "Overdrachten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Kindchecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GezinslidId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MinderjarigeKinderenAfhankelijk = table.Column<bool>(type: "bit", nullable: false),
                    KinderenVeilig = table.Column<bool>(type: "bit", nullable: true),
                    Toelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    VeiligheidsbeoordelingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kindchecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kindchecks_Veiligheidsbeoordelingen_VeiligheidsbeoordelingId",
                        column: x => x.VeiligheidsbeoordelingId,
                        principalTable: "Veiligheidsbeoordelingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VeiligheidsOordelen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GezinslidId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Waarde = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    VeiligheidsbeoordelingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VeiligheidsOordelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VeiligheidsOordelen_Veiligheidsbeoordelingen_VeiligheidsbeoordelingId",
                        column: x => x.VeiligheidsbeoordelingId,
                        principalTable: "Veiligheidsbeoordelingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TeamId",
                table: "AspNetUsers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Chronologie_DossierId_Volgnummer",
                table: "Chronologie",
                columns: new[] { "DossierId", "Volgnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Deadline",
                table: "Dossiers",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Fase_Deadline",
                table: "Dossiers",
                columns: new[] { "Fase", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Naam",
                table: "Dossiers",
                column: "Naam");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_RegiehouderId",
                table: "Dossiers",
                column: "RegiehouderId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_WijkteamId",
                table: "Dossiers",
                column: "WijkteamId");

            migrationBuilder.CreateIndex(
                name: "IX_Gezinsleden_DossierId",
                table: "Gezinsleden",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Gezinsleden_Naam",
                table: "Gezinsleden",
                column: "Naam");

            migrationBuilder.CreateIndex(
                name: "IX_Kindchecks_VeiligheidsbeoordelingId_GezinslidId",
                table: "Kindchecks",
                columns: new[] { "VeiligheidsbeoordelingId", "GezinslidId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_DossierId",
                table: "Overdrachten",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_TeamId_Status",
                table: "Overdrachten",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Regiehistorie_DossierId",
                table: "Regiehistorie",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_Naam",
                table: "Teams",
                column: "Naam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Veiligheidsbeoordelingen_DossierId",
                table: "Veiligheidsbeoordelingen",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_VeiligheidsOordelen_VeiligheidsbeoordelingId_GezinslidId",
                table: "VeiligheidsOordelen",
                columns: new[] { "VeiligheidsbeoordelingId", "GezinslidId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Veiligheidsvoorwaarden_OverdrachtId",
                table: "Veiligheidsvoorwaarden",
                column: "OverdrachtId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Chronologie");

            migrationBuilder.DropTable(
                name: "Gezinsleden");

            migrationBuilder.DropTable(
                name: "Kindchecks");

            migrationBuilder.DropTable(
                name: "Regiehistorie");

            migrationBuilder.DropTable(
                name: "VeiligheidsOordelen");

            migrationBuilder.DropTable(
                name: "Veiligheidsvoorwaarden");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Veiligheidsbeoordelingen");

            migrationBuilder.DropTable(
                name: "Overdrachten");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "Dossiers");
        }
    }
}
