using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>
/// Stories: the story table, each article's story and copy group (with a covering index for collapsing search
/// results), and the story finder's working tables: a sketch per article, lookup keys (LSH bands and rare terms)
/// and term document counts, the last two WITHOUT ROWID. An existing archive's articles get stories when re-imported.
/// </summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261201090000_AddStories")]
public sealed class AddStories : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<int>(name: "StoryId", table: "Articles", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<int>(name: "CopyOfId", table: "Articles", type: "INTEGER", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Articles_StoryId", table: "Articles", column: "StoryId");
        migrationBuilder.CreateIndex(name: "IX_Articles_SortKey_StoryId_CopyOfId", table: "Articles", columns: ["SortKey", "StoryId", "CopyOfId"]);
        migrationBuilder.CreateTable(
            name: "Stories",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                FirstArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                FirstPublished = table.Column<DateOnly>(type: "TEXT", nullable: true),
                LastPublished = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Size = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Stories", x => x.Id));
        migrationBuilder.CreateTable(
            name: "StorySketches",
            columns: table => new
            {
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                Day = table.Column<int>(type: "INTEGER", nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                StoryId = table.Column<int>(type: "INTEGER", nullable: true),
                CopyOfId = table.Column<int>(type: "INTEGER", nullable: true),
                MinHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                Terms = table.Column<byte[]>(type: "BLOB", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StorySketches", x => x.ArticleId));
        migrationBuilder.CreateIndex(name: "IX_StorySketches_StoryId", table: "StorySketches", column: "StoryId");
        migrationBuilder.CreateIndex(name: "IX_StorySketches_CopyOfId", table: "StorySketches", column: "CopyOfId");
        migrationBuilder.Sql(
            "CREATE TABLE \"StoryKeys\" (\"Key\" INTEGER NOT NULL, \"Day\" INTEGER NOT NULL, \"ArticleId\" INTEGER NOT NULL, "
            + "CONSTRAINT \"PK_StoryKeys\" PRIMARY KEY (\"Key\", \"Day\", \"ArticleId\")) WITHOUT ROWID;");
        migrationBuilder.CreateIndex(name: "IX_StoryKeys_ArticleId", table: "StoryKeys", column: "ArticleId");
        migrationBuilder.Sql(
            "CREATE TABLE \"StoryTerms\" (\"Term\" INTEGER NOT NULL CONSTRAINT \"PK_StoryTerms\" PRIMARY KEY, \"Docs\" INTEGER NOT NULL) WITHOUT ROWID;");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "StoryTerms");
        migrationBuilder.DropTable(name: "StoryKeys");
        migrationBuilder.DropTable(name: "StorySketches");
        migrationBuilder.DropTable(name: "Stories");
        migrationBuilder.DropIndex(name: "IX_Articles_SortKey_StoryId_CopyOfId", table: "Articles");
        migrationBuilder.DropIndex(name: "IX_Articles_StoryId", table: "Articles");
        migrationBuilder.DropColumn(name: "CopyOfId", table: "Articles");
        migrationBuilder.DropColumn(name: "StoryId", table: "Articles");
    }
}
