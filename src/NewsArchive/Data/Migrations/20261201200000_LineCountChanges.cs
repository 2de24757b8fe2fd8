using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>
/// Line-count changes waiting to be applied to <c>LineCounts</c>: one row a transaction of a large import, its
/// changes as 16-byte (hash, article, sign) records (see <c>LineCountCommands</c>). Rows are appended, so storing
/// them dirties a few pages, where applying dirties pages all over the hash-keyed counts; they are applied, and
/// deleted, together every few transactions, at the end of the import, and at the start of the next one after a
/// crash. Not in the EF Core model: only the importer's own statements read and write it.
/// </summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261201200000_LineCountChanges")]
public sealed class LineCountChanges : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("CREATE TABLE \"LineCountChanges\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_LineCountChanges\" PRIMARY KEY, \"Changes\" BLOB NOT NULL);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE \"LineCountChanges\";");
    }
}
