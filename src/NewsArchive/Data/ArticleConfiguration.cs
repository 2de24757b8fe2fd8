using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Parsing;

namespace NewsArchive.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.SortKey).IsUnique();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.SourceFile).IsUnique();
        builder.HasIndex(a => a.Source);
        builder.Property(a => a.DateSource).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Source).HasMaxLength(200);
        builder.Property(a => a.SourceFile).HasMaxLength(1024);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
    }
}
