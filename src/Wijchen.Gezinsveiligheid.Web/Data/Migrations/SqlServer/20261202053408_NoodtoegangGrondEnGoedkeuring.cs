using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NoodtoegangGrondEnGoedkeuring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AanvragerTeamId",
                table: "Noodtoegangen",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BeslistDoor",
                table: "Noodtoegangen",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "BeslistOp",
                table: "Noodtoegangen",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Goedgekeurd",
                table: "Noodtoegangen",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GoedkeuringNodig",
                table: "Noodtoegangen",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Grond",
                table: "Noodtoegangen",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Noodtoegangen_AanvragerTeamId_GoedkeuringNodig_Goedgekeurd",
                table: "Noodtoegangen",
                columns: new[] { "AanvragerTeamId", "GoedkeuringNodig", "Goedgekeurd" });

            migrationBuilder.CreateIndex(
                name: "IX_Noodtoegangen_GebruikerId_Op",
                table: "Noodtoegangen",
                columns: new[] { "GebruikerId", "Op" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Noodtoegangen_AanvragerTeamId_GoedkeuringNodig_Goedgekeurd",
                table: "Noodtoegangen");

            migrationBuilder.DropIndex(
                name: "IX_Noodtoegangen_GebruikerId_Op",
                table: "Noodtoegangen");

            migrationBuilder.DropColumn(
                name: "AanvragerTeamId",
                table: "Noodtoegangen");

            migrationBuilder.DropColumn(
                name: "BeslistDoor",
                table: "Noodtoegangen");

            migrationBuilder.DropColumn(
                name: "BeslistOp",
                table: "Noodtoegangen");

            migrationBuilder.DropColumn(
                name: "Goedgekeurd",
                table: "Noodtoegangen");

            migrationBuilder.DropColumn(
                name: "GoedkeuringNodig",
                table: "Noodtoegangen");

            migrationBuilder.DropColumn(
                name: "Grond",
                table: "Noodtoegangen");
        }
    }
}
