using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>The migration creates the table WITHOUT ROWID (the hash is the key).</summary>
internal sealed class StoryTermConfiguration : IEntityTypeConfiguration<StoryTerm>
{
    public void Configure(EntityTypeBuilder<StoryTerm> builder)
    {
        builder.ToTable("StoryTerms");
        builder.HasKey(t => t.Term);
        builder.Property(t => t.Term).ValueGeneratedNever();
    }
}
