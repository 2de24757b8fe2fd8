using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Data;

/// <summary>Hands out unused sort keys day by day, asking the database once per day and counting on from there.</summary>
internal sealed class SortKeyAllocator(ArchiveDbContext db)
{
    private readonly Dictionary<long, long> _next = [];

    public async Task<long> NextAsync(DateOnly? date, CancellationToken ct)
    {
        var dayBase = SortKeys.DayBase(date);
        if (!_next.TryGetValue(dayBase, out var next))
        {
            var dayEnd = dayBase + (1L << SortKeys.SequenceBits);
            var max = await db.Articles.Where(a => a.SortKey >= dayBase && a.SortKey < dayEnd)
                .MaxAsync(a => (long?)a.SortKey, ct);
            next = max is { } m ? m + 1 : dayBase;
        }
        _next[dayBase] = next + 1;
        return next;
    }
}
