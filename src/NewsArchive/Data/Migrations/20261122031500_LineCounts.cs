using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>
/// Per-line article counts for the boilerplate learner, maintained by the importer. WITHOUT ROWID: the 64-bit
/// hash is the key, so each count is one B-tree entry. Filled for an existing archive by the next import.
/// </summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261122031500_LineCounts")]
public sealed class LineCounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(
            "CREATE TABLE \"LineCounts\" (\"Hash\" INTEGER NOT NULL CONSTRAINT \"PK_LineCounts\" PRIMARY KEY, \"Files\" INTEGER NOT NULL, \"Articles\" BLOB NULL) WITHOUT ROWID;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "LineCounts");
    }
}
