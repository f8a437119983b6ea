using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijchen.Gezinsveiligheid.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// The dossier list's columns for the open dossiers, in its order as far as SQL Server can index it. SQLite indexes
    /// the expression "Deadline IS NULL" (see the SQLite migration of the same name); SQL Server would need a computed
    /// column for that, so it reads this narrow filtered index and sorts the open dossiers itself.
    /// </summary>
    public partial class DossierlijstOpUrgentie : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE INDEX [IX_Dossiers_Open_Urgentie] ON [Dossiers] ([Deadline], [Naam], [Id]) INCLUDE ([Fase], [RegiehouderNaam], [RegiehouderOrganisatie])
                WHERE [Fase] <> N'Afgesloten';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX [IX_Dossiers_Open_Urgentie] ON [Dossiers];");
        }
    }
}
