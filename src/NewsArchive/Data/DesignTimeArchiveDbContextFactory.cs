using Microsoft.EntityFrameworkCore.Design;

namespace NewsArchive.Data;

/// <summary>
/// For <c>dotnet ef</c> (see the README): the context on a scratch database, so the tools need no host. The
/// connection string only matters to commands that touch a database (<c>database update</c>, <c>migrations list</c>):
/// pass <c>--connection</c> to aim them at a real one.
/// </summary>
public sealed class DesignTimeArchiveDbContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.CreateOptions(DataServiceCollectionExtensions.DefaultConnectionString));
}
