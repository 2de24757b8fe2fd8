using NewsArchive.Search;

namespace NewsArchive.Web.Search;

/// <summary>What the pager shows: numbered pages around the current one, first and last, and a "go to page" form.</summary>
public sealed record PagerView(SearchResults Results, SearchLinks Links, bool IsSearch, bool Top)
{
    private const int Around = 2;

    /// <summary>The page numbers shown; 0 stands for a gap (…).</summary>
    public IReadOnlyList<int> Numbers
    {
        get
        {
            var (page, count) = (Results.Page, Results.PageCount);
            var shown = new SortedSet<int> { 1, count };
            for (var p = Math.Max(1, page - Around); p <= Math.Min(count, page + Around); p++)
            {
                shown.Add(p);
            }
            var numbers = new List<int>();
            foreach (var p in shown)
            {
                if (numbers.Count > 0 && p > numbers[^1] + 1)
                {
                    numbers.Add(0);
                }
                numbers.Add(p);
            }
            return numbers;
        }
    }
}
