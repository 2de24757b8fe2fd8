using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>The migration creates the table WITHOUT ROWID (the hash is the whole key); EF Core only reads and counts it.</summary>
internal sealed class LineCountConfiguration : IEntityTypeConfiguration<LineCount>
{
    public void Configure(EntityTypeBuilder<LineCount> builder)
    {
        builder.ToTable("LineCounts");
        builder.HasKey(l => l.Hash);
        builder.Property(l => l.Hash).ValueGeneratedNever();
    }
}
