using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>Adds the full-text index's vocabulary table (for "did you mean"); written by hand like the first.</summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261122020000_SearchVocabulary")]
public sealed class SearchVocabulary : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleSearchVocab USING fts5vocab(ArticleSearch, 'row');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearchVocab;");
    }
}
