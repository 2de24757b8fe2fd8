using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

internal sealed class ImportFileResultConfiguration : IEntityTypeConfiguration<ImportFileResult>
{
    public void Configure(EntityTypeBuilder<ImportFileResult> builder)
    {
        builder.ToTable("ImportFileResults");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.SourceFile).HasMaxLength(1024);
        builder.HasIndex(f => new { f.ImportRunId, f.Outcome });
    }
}
