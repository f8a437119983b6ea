using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Tweestapsverificatie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LaatsteTotpStap",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LaatsteTotpStap",
                table: "AspNetUsers");
        }
    }
}
