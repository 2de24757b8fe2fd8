using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

internal sealed class StorySketchConfiguration : IEntityTypeConfiguration<StorySketch>
{
    public void Configure(EntityTypeBuilder<StorySketch> builder)
    {
        builder.ToTable("StorySketches");
        builder.HasKey(s => s.ArticleId);
        builder.Property(s => s.ArticleId).ValueGeneratedNever();
        builder.Property(s => s.Source).HasMaxLength(200);
        builder.HasIndex(s => s.StoryId);
        builder.HasIndex(s => s.CopyOfId);
    }
}
