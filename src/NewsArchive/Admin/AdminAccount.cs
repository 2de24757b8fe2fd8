namespace NewsArchive.Admin;

/// <summary>The archive's single administrator; the type the password hasher is keyed on.</summary>
public sealed class AdminAccount
{
    /// <summary>The one admin user's name.</summary>
    public const string UserName = "admin";

    /// <summary>The <c>Settings</c> row that holds a generated or <c>set-password</c> hash.</summary>
    public const string PasswordHashSetting = "Admin:PasswordHash";

    /// <summary>The <c>Settings</c> row whose value every session carries; a new value (password change, sign-out) ends them all.</summary>
    public const string SecurityStampSetting = "Admin:SecurityStamp";

    public static AdminAccount Instance { get; } = new();

    private AdminAccount()
    {
    }
}
