using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>
/// Lets FTS5 hold 32 MB of pending terms (its default is 1 MB) before it writes them out as a segment: an import
/// queues a transaction's entries and writes them in rowid order at its end (see <see cref="FullTextIndex"/>), so
/// its ten thousand files make one to a few segments, not one per megabyte, and there is less merging to do. Only
/// how the index is written changes, not what it holds.
/// </summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261201140000_FullTextHashSize")]
public sealed class FullTextHashSize : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('hashsize', 33554432);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('hashsize', 1048576);");
    }
}
