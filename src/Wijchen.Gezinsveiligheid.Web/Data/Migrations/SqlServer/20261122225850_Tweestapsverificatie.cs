using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
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
                type: "bigint",
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
