using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Admin;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>
/// The app with a known admin password (its hash in <c>Admin:PasswordHash</c>), a loose sign-in limit, and its
/// log entries captured.
/// </summary>
public class AdminAppFactory : ArchiveAppFactory
{
    public const string Password = "correct horse battery staple";

    private static readonly string s_hash = AdminPasswordHasher.Hash(Password);

    public AdminAppFactory()
        : this(null)
    {
    }

    /// <param name="databasePath">As for <see cref="ArchiveAppFactory(string?)"/>.</param>
    protected AdminAppFactory(string? databasePath)
        : base(databasePath)
    {
    }

    public CapturedLogs Logs { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Admin:PasswordHash"] = s_hash,
        ["Admin:SignInAttemptsPerMinute"] = "1000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}
