using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>
/// The migration creates the table WITHOUT ROWID (the three columns are the whole row); EF Core only reads it. No
/// index by article: an article's rows are deleted by their keys, which its stored sketch gives (a second B-tree to
/// fill cost as much as the table's own inserts at import).
/// </summary>
internal sealed class StoryKeyConfiguration : IEntityTypeConfiguration<StoryKey>
{
    public void Configure(EntityTypeBuilder<StoryKey> builder)
    {
        builder.ToTable("StoryKeys");
        builder.HasKey(k => new { k.Key, k.Day, k.ArticleId });
    }
}
