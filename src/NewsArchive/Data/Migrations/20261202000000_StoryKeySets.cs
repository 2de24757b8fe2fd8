using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>
/// An article's story lookup keys as one row (its band keys and key-term keys in a blob, see <c>Stories/Codec</c>),
/// instead of a <c>StoryKeys</c> row a key: about 22 rows an article at random places in a B-tree cost a large part of
/// an import's commit (docs/stories.md). The story finder loads these rows into its in-memory index (StoryIndex) when a
/// run first places an article; an article has its keys either here or in <c>StoryKeys</c> (those stored before this
/// migration, and those past the index's capacity), never in both. Not in the EF Core model: only the story finder's
/// own statements read and write it.
/// </summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261202000000_StoryKeySets")]
public sealed class StoryKeySets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("CREATE TABLE \"StoryKeySets\" (\"ArticleId\" INTEGER NOT NULL CONSTRAINT \"PK_StoryKeySets\" PRIMARY KEY, \"Day\" INTEGER NOT NULL, \"Keys\" BLOB NOT NULL);");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE \"StoryKeySets\";");
    }
}
