using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.IntegrationTests.Data;

public sealed class ModelSnapshotTests
{
    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_carry()
    {
        using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions("Data Source=snapshot;Mode=Memory"));

        // Fails when an entity or configuration changed without `dotnet ef migrations add` (see the README).
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
