using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

internal sealed class BoilerplateLineConfiguration : IEntityTypeConfiguration<BoilerplateLine>
{
    public void Configure(EntityTypeBuilder<BoilerplateLine> builder)
    {
        builder.ToTable("BoilerplateLines");
        builder.HasKey(b => b.Text);
    }
}
