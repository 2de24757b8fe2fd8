using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsArchive.Data;

/// <summary>
/// Hands out unused sort keys day by day, counting on from the largest key stored for the day. By default it asks
/// the database once per day; with <c>preload</c> (an import, which meets thousands of days) it reads every day's
/// largest key in one grouped query the first time it is asked, and nothing after.
/// </summary>
internal sealed class SortKeyAllocator(ArchiveDbContext db, bool preload = false)
{
    private readonly Dictionary<long, long> _next = [];
    private bool _loaded;

    public async Task<long> NextAsync(DateOnly? date, CancellationToken ct)
    {
        var dayBase = SortKeys.DayBase(date);
        if (preload && !_loaded)
        {
            await LoadAllAsync(ct);
        }
        if (!_next.TryGetValue(dayBase, out var next))
        {
            if (preload)
            {
                next = dayBase;
            }
            else
            {
                var dayEnd = dayBase + (1L << SortKeys.SequenceBits);
                var max = await db.Articles.Where(a => a.SortKey >= dayBase && a.SortKey < dayEnd)
                    .MaxAsync(a => (long?)a.SortKey, ct);
                next = max is { } m ? m + 1 : dayBase;
            }
        }
        _next[dayBase] = next + 1;
        return next;
    }

    /// <summary>Every stored day's next key, in one pass over the SortKey index (inside the caller's transaction).</summary>
    private async Task LoadAllAsync(CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"SELECT SortKey >> {SortKeys.SequenceBits}, max(SortKey) FROM Articles GROUP BY SortKey >> {SortKeys.SequenceBits};");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            _next[reader.GetInt64(0) << SortKeys.SequenceBits] = reader.GetInt64(1) + 1;
        }
        _loaded = true;
    }
}
