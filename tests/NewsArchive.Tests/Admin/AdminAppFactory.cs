using NewsArchive.Admin;
using NewsArchive.Tests.Infrastructure;

namespace NewsArchive.Tests.Admin;

/// <summary>The app with a known admin password (its hash in <c>Admin:PasswordHash</c>) and a loose sign-in limit.</summary>
public class AdminAppFactory : ArchiveAppFactory
{
    public const string Password = "correct horse battery staple";

    private static readonly string s_hash = AdminPasswordHasher.Hash(Password);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Admin:PasswordHash"] = s_hash,
        ["Admin:SignInAttemptsPerMinute"] = "1000",
    };
}
