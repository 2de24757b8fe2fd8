using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;

namespace NewsArchive.Data;

/// <summary>The archive's database: articles, import runs and settings, plus the FTS5 index (see migrations).</summary>
public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportFileResult> ImportFileResults => Set<ImportFileResult>();

    public DbSet<AppSetting> Settings => Set<AppSetting>();

    public DbSet<BoilerplateLine> BoilerplateLines => Set<BoilerplateLine>();

    public DbSet<LineCount> LineCounts => Set<LineCount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
