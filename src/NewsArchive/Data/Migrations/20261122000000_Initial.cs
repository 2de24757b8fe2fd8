using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>
/// The first schema, written by hand (Microsoft.EntityFrameworkCore.Design cannot be restored here). A test
/// builds a database with the migrations and one from the EF model and compares them.
/// </summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        CreateArticles(migrationBuilder);
        CreateImportRuns(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Settings",
            columns: table => new
            {
                Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Value = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Settings", x => x.Key));
        // Frozen text: what this migration created on the day it was written (the triggers were dropped later).
        migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleSearch USING fts5(Title, Body, Source, content='Articles', content_rowid='SortKey', "
            + "tokenize='porter unicode61 remove_diacritics 2');");
        migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('rank', 'bm25(10.0, 1.0, 2.0)');");
        foreach (var statement in FrozenTriggers.Create20261122)
        {
            migrationBuilder.Sql(statement);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in FrozenTriggers.Drop20261122)
        {
            migrationBuilder.Sql(statement);
        }
        migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        migrationBuilder.DropTable(name: "Settings");
        migrationBuilder.DropTable(name: "ImportFileResults");
        migrationBuilder.DropTable(name: "ImportRuns");
        migrationBuilder.DropTable(name: "Articles");
    }

    private static void CreateArticles(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                SortKey = table.Column<long>(type: "INTEGER", nullable: false),
                Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                TitleDerived = table.Column<bool>(type: "INTEGER", nullable: false),
                PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                DateSource = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Body = table.Column<string>(type: "TEXT", nullable: false),
                WordCount = table.Column<int>(type: "INTEGER", nullable: false),
                SourceFile = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                RawText = table.Column<string>(type: "TEXT", nullable: false),
                LineRoles = table.Column<string>(type: "TEXT", nullable: false),
                Warnings = table.Column<string>(type: "TEXT", nullable: true),
                ParserVersion = table.Column<int>(type: "INTEGER", nullable: false),
                IsMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Articles", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Articles_SortKey", table: "Articles", column: "SortKey", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Articles_Slug", table: "Articles", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Articles_SourceFile", table: "Articles", column: "SourceFile", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Articles_Source", table: "Articles", column: "Source");
    }

    private static void CreateImportRuns(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ImportRuns",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Message = table.Column<string>(type: "TEXT", nullable: true),
                TotalFiles = table.Column<int>(type: "INTEGER", nullable: false),
                Added = table.Column<int>(type: "INTEGER", nullable: false),
                Updated = table.Column<int>(type: "INTEGER", nullable: false),
                Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                Failed = table.Column<int>(type: "INTEGER", nullable: false),
                Missing = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ImportRuns", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ImportRuns_StartedAt", table: "ImportRuns", column: "StartedAt");
        migrationBuilder.CreateTable(
            name: "ImportFileResults",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ImportRunId = table.Column<int>(type: "INTEGER", nullable: false),
                SourceFile = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Message = table.Column<string>(type: "TEXT", nullable: true),
                ArticleId = table.Column<int>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportFileResults", x => x.Id);
                table.ForeignKey(
                    name: "FK_ImportFileResults_ImportRuns_ImportRunId",
                    column: x => x.ImportRunId,
                    principalTable: "ImportRuns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "IX_ImportFileResults_ImportRunId_Outcome",
            table: "ImportFileResults",
            columns: ["ImportRunId", "Outcome"]);
    }
}
