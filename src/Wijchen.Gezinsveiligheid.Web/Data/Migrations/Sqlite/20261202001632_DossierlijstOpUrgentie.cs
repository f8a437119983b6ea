using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The dossier list in its own order: open dossiers by urgency (a deadline first, the nearest first, then name and
    /// id), with the columns a row of the list shows. A page, also the last of ten thousand open dossiers, is read from
    /// the index instead of sorting every open dossier per request. SQLite indexes the expression "Deadline IS NULL"
    /// exactly as the query orders by it; EF's model cannot describe an expression index, hence SQL here.
    /// </summary>
    public partial class DossierlijstOpUrgentie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE INDEX "IX_Dossiers_Open_Urgentie" ON "Dossiers" ("Deadline" IS NULL, "Deadline", "Naam", "Id", "Fase", "RegiehouderNaam", "RegiehouderOrganisatie")
                WHERE "Fase" <> 'Afgesloten';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Dossiers_Open_Urgentie";""");
        }
    }
}
