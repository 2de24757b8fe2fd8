using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("ImportRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StartedBy).HasMaxLength(200);
        builder.HasIndex(r => r.StartedAt);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
