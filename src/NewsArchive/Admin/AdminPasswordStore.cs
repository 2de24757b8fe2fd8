using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Admin;

/// <summary>The admin password hash kept in the database's <c>Settings</c> table.</summary>
public sealed class AdminPasswordStore(ArchiveDbContext db)
{
    public async Task<string?> GetHashAsync(CancellationToken ct = default) =>
        await db.Settings.AsNoTracking().Where(s => s.Key == AdminAccount.PasswordHashSetting)
            .Select(s => s.Value).SingleOrDefaultAsync(ct);

    /// <summary>Hashes <paramref name="password"/> and stores the hash, replacing any earlier one.</summary>
    public async Task SetAsync(string password, CancellationToken ct = default)
    {
        var hash = AdminPasswordHasher.Hash(password);
        var row = await db.Settings.SingleOrDefaultAsync(s => s.Key == AdminAccount.PasswordHashSetting, ct);
        if (row is null)
        {
            db.Settings.Add(new AppSetting { Key = AdminAccount.PasswordHashSetting, Value = hash });
        }
        else
        {
            row.Value = hash;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// When no hash is stored yet, generates a password, stores its hash and returns the password (to be shown
    /// once); otherwise returns null.
    /// </summary>
    public async Task<string?> EnsureAsync(CancellationToken ct = default)
    {
        if (await GetHashAsync(ct) is not null)
        {
            return null;
        }
        var password = AdminPasswordHasher.Generate();
        await SetAsync(password, ct);
        return password;
    }
}
