using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsArchive.Data.Migrations;

/// <summary>
/// Story sketches became one-permutation MinHash with 16-bit values (<c>Stories/ArticleSketch.MinHasher</c>) and
/// 32-bit term hashes (<c>StoryTuning.TermBits</c>): a signature stored before cannot be compared with one computed
/// now, nor its band keys, terms, term counts or key-term keys with the new ones. So every
/// story row goes (sketches, key sets and key rows, term counts, stories, and the stories and copy groups mirrored on
/// the articles), and the next import's backfill (<c>StoryMaintenance.BackfillAsync</c>, which places every article
/// without a sketch, in batches, resumably) computes them again from the stored titles and bodies. The articles
/// themselves are untouched. Down leaves the tables empty too: the old code backfills them the same way.
/// </summary>
[DbContext(typeof(ArchiveDbContext))]
[Migration("20261203100000_OnePermutationSketches")]
public sealed class OnePermutationSketches : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        Forget(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        Forget(migrationBuilder);
    }

    private static void Forget(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("UPDATE \"Articles\" SET \"StoryId\" = NULL, \"CopyOfId\" = NULL WHERE \"StoryId\" IS NOT NULL OR \"CopyOfId\" IS NOT NULL;");
        foreach (var table in (string[])["StoryKeys", "StoryKeySets", "StorySketches", "StoryTerms", "Stories"])
        {
            migrationBuilder.Sql($"DELETE FROM \"{table}\";");
        }
    }
}
