using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NewsArchive.Search;

/// <summary>
/// Totals, rank windows and facets of searches, keyed by the archive generation (so an import makes them
/// unreachable at once) and the search's scope. Size-limited: each entry costs 1, a facet set its bars too;
/// entries of an old generation are never read again and age out.
/// </summary>
public sealed class SearchCache(IOptions<SearchOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.CacheEntries });

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> create, Func<T, int>? size = null)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_cache.TryGetValue(key, out T? found))
        {
            return found!;
        }
        var value = await create();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size?.Invoke(value) ?? 1), SlidingExpiration = TimeSpan.FromHours(1) });
        return value;
    }

    public void Dispose() => _cache.Dispose();
}
