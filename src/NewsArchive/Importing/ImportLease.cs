using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Importing;

/// <summary>
/// One import at a time across processes (the web app, CLI imports): a lease in the <c>Settings</c> table,
/// taken in one <c>BEGIN IMMEDIATE</c> transaction, renewed while the import runs and removed when it ends. A
/// lease whose process is gone (same machine: its id and start time no longer match a live process) or that was
/// not renewed for <see cref="Lifetime"/> is free to take, so a crash never blocks imports for long.
/// </summary>
internal sealed class ImportLease : IAsyncDisposable
{
    public const string SettingKey = "ImportLease";

    /// <summary>A lease not renewed for this long is given up (a process on another machine that died).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan s_renewEvery = TimeSpan.FromSeconds(20);
    private static readonly Lazy<(int Pid, long StartTicks)> s_self = new(() =>
    {
        using var self = Process.GetCurrentProcess();
        return (self.Id, self.StartTime.ToUniversalTime().Ticks);
    });

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly Holder _holder;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;

    private ImportLease(string connectionString, TimeProvider clock, Holder holder)
    {
        _connectionString = connectionString;
        _clock = clock;
        _holder = holder;
        _renewal = RenewAsync();
    }

    /// <summary>Takes the lease, or returns who holds it ("process 123 on host, started by x at …").</summary>
    public static async Task<(ImportLease? Lease, string? HeldBy)> TryAcquireAsync(string connectionString, TimeProvider clock, string owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        await using var connection = await OpenAsync(connectionString, ct);
        // Not deferred: BEGIN IMMEDIATE takes the write lock first, so two processes cannot both read "free".
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = clock.GetUtcNow().UtcDateTime;
        var current = Holder.TryParse(await ReadAsync(connection, ct));
        if (current is not null && current.IsAlive(now))
        {
            return (null, current.Describe());
        }
        var (pid, start) = s_self.Value;
        var holder = new Holder(Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture), pid, Environment.MachineName, start, now, now + Lifetime, owner.Replace('|', '/'), now);
        await WriteAsync(connection, holder.ToString(), ct);
        await transaction.CommitAsync(ct);
        return (new ImportLease(connectionString, clock, holder), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _renewal;
        }
        catch (OperationCanceledException)
        {
        }
        try
        {
            await using var connection = await OpenAsync(_connectionString, CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM Settings WHERE Key = $key AND Value LIKE $token || '|%'";
            command.Parameters.AddWithValue("$key", SettingKey);
            command.Parameters.AddWithValue("$token", _holder.Token);
            await command.ExecuteNonQueryAsync();
        }
        catch (SqliteException)
        {
            // The database is locked or gone: the lease ends by itself, its process being gone or not renewing it.
        }
        _stop.Dispose();
    }

    private async Task RenewAsync()
    {
        using var timer = new PeriodicTimer(s_renewEvery, _clock);
        while (await timer.WaitForNextTickAsync(_stop.Token))
        {
            try
            {
                await using var connection = await OpenAsync(_connectionString, _stop.Token);
                await using var command = connection.CreateCommand();
                command.CommandText = "UPDATE Settings SET Value = $value WHERE Key = $key AND Value LIKE $token || '|%'";
                command.Parameters.AddWithValue("$key", SettingKey);
                command.Parameters.AddWithValue("$token", _holder.Token);
                var now = _clock.GetUtcNow().UtcDateTime;
                command.Parameters.AddWithValue("$value", (_holder with { Renewed = now, Expires = now + Lifetime }).ToString());
                await command.ExecuteNonQueryAsync(_stop.Token);
            }
            catch (SqliteException)
            {
                // Busy with the import's own batch: the next tick renews it, well within the lease's lifetime.
            }
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task<string?> ReadAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Value FROM Settings WHERE Key = $key";
        command.Parameters.AddWithValue("$key", SettingKey);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private static async Task WriteAsync(SqliteConnection connection, string value, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO Settings (Key, Value) VALUES ($key, $value) ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value";
        command.Parameters.AddWithValue("$key", SettingKey);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Who holds the lease: <c>token|pid|host|processStartTicks|renewedTicks|expiresTicks|owner|takenTicks</c> (the
    /// owner has no '|'; a lease written without the time it was taken reads as taken when last renewed).
    /// </summary>
    private sealed record Holder(string Token, int Pid, string Host, long ProcessStart, DateTime Renewed, DateTime Expires, string Owner, DateTime Taken)
    {
        public static Holder? TryParse(string? value)
        {
            var parts = value?.Split('|');
            var taken = 0L;
            if (parts is not { Length: 7 or 8 }
                || (parts.Length == 8 && (!long.TryParse(parts[7], CultureInfo.InvariantCulture, out taken) || taken is < 0 or > 3_155_378_975_999_999_999))
                || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid)
                || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var start)
                || !long.TryParse(parts[4], CultureInfo.InvariantCulture, out var renewed)
                || !long.TryParse(parts[5], CultureInfo.InvariantCulture, out var expires)
                || renewed is < 0 or > 3_155_378_975_999_999_999 || expires is < 0 or > 3_155_378_975_999_999_999)
            {
                return null;
            }
            var renewedAt = new DateTime(renewed, DateTimeKind.Utc);
            return new Holder(parts[0], pid, parts[2], start, renewedAt, new DateTime(expires, DateTimeKind.Utc), parts[6], parts.Length == 8 ? new DateTime(taken, DateTimeKind.Utc) : renewedAt);
        }

        /// <summary>On this machine the process itself is asked; elsewhere only the renewal tells.</summary>
        public bool IsAlive(DateTime now)
        {
            if (Host != Environment.MachineName)
            {
                return now < Expires;
            }
            try
            {
                using var process = Process.GetProcessById(Pid);
                return Math.Abs(process.StartTime.ToUniversalTime().Ticks - ProcessStart) < TimeSpan.TicksPerSecond * 2;
            }
            catch (ArgumentException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return now < Expires;
            }
        }

        public string Describe() =>
            string.Create(CultureInfo.InvariantCulture, $"process {Pid} on {Host}, started by {Owner} at {Taken:yyyy-MM-dd HH:mm:ss} UTC (last seen {Renewed:yyyy-MM-dd HH:mm:ss} UTC)");

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Token}|{Pid}|{Host}|{ProcessStart}|{Renewed.Ticks}|{Expires.Ticks}|{Owner}|{Taken.Ticks}");
    }
}
