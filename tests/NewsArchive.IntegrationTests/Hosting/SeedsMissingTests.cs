using NewsArchive.IntegrationTests.Admin;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Hosting;

public sealed class SeedsMissingTests(SeedsMissingTests.NoSeedsApp factory) : IClassFixture<SeedsMissingTests.NoSeedsApp>
{
    [Fact]
    public async Task The_admin_page_says_the_seeds_folder_does_not_exist()
    {
        using var client = factory.CreateClient();
        await client.SignInAsync(AdminAppFactory.Password);

        var admin = await client.GetDocumentAsync("/admin");

        Assert.Contains($"The seeds folder {factory.MissingSeeds} does not exist.", admin.Text("seeds-missing"), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && e.Message.Contains($"THE SEEDS FOLDER {factory.MissingSeeds} DOES NOT EXIST", StringComparison.Ordinal));
    }

    public sealed class NoSeedsApp : AdminAppFactory
    {
        public string MissingSeeds => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "no-such-seeds");

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Archive:SeedsPath"] = MissingSeeds,
        };
    }
}
