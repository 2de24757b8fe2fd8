using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Admin;

/// <summary>The admin password hash kept in the database's <c>Settings</c> table.</summary>
public sealed class AdminPasswordStore(ArchiveDbContext db)
{
    public async Task<string?> GetHashAsync(CancellationToken ct = default) =>
        await db.Settings.AsNoTracking().Where(s => s.Key == AdminAccount.PasswordHashSetting)
            .Select(s => s.Value).SingleOrDefaultAsync(ct);

    /// <summary>Hashes <paramref name="password"/> and stores the hash, replacing any earlier one; every existing session ends.</summary>
    public async Task SetAsync(string password, CancellationToken ct = default)
    {
        await PutAsync(AdminAccount.PasswordHashSetting, AdminPasswordHasher.Hash(password), ct);
        await PutAsync(AdminAccount.SecurityStampSetting, NewStamp(), ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The security stamp sessions are checked against on each request ("" before the first sign-in).</summary>
    public async Task<string> GetStampAsync(CancellationToken ct = default) =>
        await db.Settings.AsNoTracking().Where(s => s.Key == AdminAccount.SecurityStampSetting).Select(s => s.Value).SingleOrDefaultAsync(ct) ?? "";

    /// <summary>The stamp for a new session: the stored one, made on first use.</summary>
    public async Task<string> EnsureStampAsync(CancellationToken ct = default)
    {
        var stamp = await GetStampAsync(ct);
        if (stamp.Length > 0)
        {
            return stamp;
        }
        await RenewStampAsync(ct);
        return await GetStampAsync(ct);
    }

    /// <summary>A new stamp: every session signed in before it ends on its next request.</summary>
    public async Task RenewStampAsync(CancellationToken ct = default)
    {
        await PutAsync(AdminAccount.SecurityStampSetting, NewStamp(), ct);
        await db.SaveChangesAsync(ct);
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N", System.Globalization.CultureInfo.InvariantCulture);

    private async Task PutAsync(string key, string value, CancellationToken ct)
    {
        var row = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (row is null)
        {
            db.Settings.Add(new AppSetting { Key = key, Value = value });
        }
        else
        {
            row.Value = value;
        }
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
