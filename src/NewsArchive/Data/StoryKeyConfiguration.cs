using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>The migration creates the table WITHOUT ROWID (the three columns are the whole row); EF Core only reads it.</summary>
internal sealed class StoryKeyConfiguration : IEntityTypeConfiguration<StoryKey>
{
    public void Configure(EntityTypeBuilder<StoryKey> builder)
    {
        builder.ToTable("StoryKeys");
        builder.HasKey(k => new { k.Key, k.Day, k.ArticleId });
        builder.HasIndex(k => k.ArticleId);
    }
}
