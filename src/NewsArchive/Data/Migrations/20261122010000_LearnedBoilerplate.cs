using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>The lines the importer learned are boilerplate because they recur across many files.</summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261122010000_LearnedBoilerplate")]
public sealed class LearnedBoilerplate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "BoilerplateLines",
            columns: table => new
            {
                Text = table.Column<string>(type: "TEXT", nullable: false),
                FileCount = table.Column<int>(type: "INTEGER", nullable: false),
                LearnedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BoilerplateLines", x => x.Text));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "BoilerplateLines");
    }
}
