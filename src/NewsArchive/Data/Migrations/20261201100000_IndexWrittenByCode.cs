using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>
/// Drops the triggers that kept the full-text index in sync: the index has one writer, <see cref="FullTextIndex"/>,
/// used by the importer and the re-parser alike. The index itself is unchanged (it was in sync with the table).
/// </summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261201100000_IndexWrittenByCode")]
public sealed class IndexWrittenByCode : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in FrozenTriggers.Drop20261122)
        {
            migrationBuilder.Sql(statement);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in FrozenTriggers.Create20261122)
        {
            migrationBuilder.Sql(statement);
        }
    }
}
