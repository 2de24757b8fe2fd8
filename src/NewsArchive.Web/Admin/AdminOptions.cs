using System.ComponentModel.DataAnnotations;
using NewsArchive.Admin;

namespace NewsArchive.Web.Admin;

/// <summary>The <c>Admin</c> configuration section.</summary>
public sealed class AdminOptions : IValidatableObject
{
    public const string SectionName = "Admin";

    /// <summary>
    /// A PBKDF2 hash (ASP.NET Core Identity v3 format). When set it wins over the hash kept in the database;
    /// when unset, a password is generated at first start and its hash kept in the database.
    /// </summary>
    public string? PasswordHash { get; set; }

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 5;

    /// <summary>Where the data-protection keys (which sign the cookies) are kept; default: <c>keys</c> beside the database.</summary>
    public string? KeysPath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(PasswordHash) && !AdminPasswordHasher.IsWellFormed(PasswordHash))
        {
            yield return new ValidationResult(
                "Admin:PasswordHash is not a password hash this app can read; create one with the CLI's set-password or leave it unset.",
                [nameof(PasswordHash)]);
        }
    }
}
