using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace NewsArchive.Admin;

/// <summary>
/// PBKDF2 hashing through ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (format v3: HMAC-SHA512,
/// 100,000 iterations, 128-bit salt), plus random password generation.
/// </summary>
public static class AdminPasswordHasher
{
    public const int MinimumLength = 8;

    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int GeneratedLength = 20;

    private static readonly PasswordHasher<AdminAccount> s_hasher = new();

    public static string Hash(string password) => s_hasher.HashPassword(AdminAccount.Instance, password);

    /// <summary>True when <paramref name="password"/> matches <paramref name="hash"/>; false for a malformed hash.</summary>
    public static bool Verify(string hash, string password)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(password);
        try
        {
            return s_hasher.VerifyHashedPassword(AdminAccount.Instance, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>True when <paramref name="hash"/> looks like a hash this hasher wrote (base64, v3 marker).</summary>
    public static bool IsWellFormed(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length > 13 && bytes[0] == 0x01;
    }

    /// <summary>A random password of letters and digits without look-alikes (no l, 1, o, 0, I, O).</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, GeneratedLength);

    /// <summary>Why <paramref name="password"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "The password is empty.",
        { Length: < MinimumLength } => $"The password must have at least {MinimumLength} characters.",
        _ when password.Trim().Length != password.Length => "The password must not start or end with a space.",
        _ => null,
    };
}
