namespace NewsArchive.Stories;

/// <summary>
/// Article id → summed score, for ranking one article's term candidates (<see cref="StoryFinder"/>): an open-addressed
/// table reused from article to article (cleared by a stamp, not by clearing its arrays), the ids kept in the order
/// first added. It replaced a <c>Dictionary&lt;int, double&gt;</c> (about 190 rows an article at 100,000 articles).
/// </summary>
internal sealed class ScoreTable
{
    private int[] _ids = new int[4096];
    private double[] _scores = new double[4096];
    private int[] _stamps = new int[4096];
    private int[] _order = new int[1024];
    private int _stamp = 1;
    private int _count;

    /// <summary>Ids added since <see cref="Clear"/> (removed ones included).</summary>
    public int Count => _count;

    public void Clear()
    {
        _count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    /// <summary>Adds <paramref name="score"/> to the id's sum (a new id starts at 0).</summary>
    public void Add(int id, double score)
    {
        if ((_count + 1) * 2 > _ids.Length)
        {
            Grow();
        }
        var at = Find(id);
        if (_stamps[at] != _stamp)
        {
            (_ids[at], _scores[at], _stamps[at]) = (id, 0, _stamp);
            if (_count == _order.Length)
            {
                Array.Resize(ref _order, _order.Length * 2);
            }
            _order[_count++] = at;
        }
        _scores[at] += score;
    }

    /// <summary>Leaves the id out of what <see cref="ScoreAt"/> gives.</summary>
    public void Remove(int id)
    {
        var at = Find(id);
        if (_stamps[at] == _stamp)
        {
            _scores[at] = double.NaN;
        }
    }

    /// <summary>The id added <paramref name="k"/>th.</summary>
    public int IdAt(int k) => _ids[_order[k]];

    /// <summary>The summed score of the id added <paramref name="k"/>th; null when it was removed.</summary>
    public double? ScoreAt(int k) => _scores[_order[k]] is var score && double.IsNaN(score) ? null : score;

    /// <summary>The id's place: where it is, or the free place where it would go.</summary>
    private int Find(int id)
    {
        var mask = _ids.Length - 1;
        var i = (int)(((uint)id * 0x9E3779B9u) >> (32 - int.Log2(_ids.Length)));
        while (_stamps[i] == _stamp && _ids[i] != id)
        {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void Grow()
    {
        var (ids, scores, order, count) = (_ids, _scores, (int[])_order.Clone(), _count);
        var size = ids.Length * 2;
        (_ids, _scores, _stamps) = (new int[size], new double[size], new int[size]);
        (_stamp, _count) = (1, 0);
        for (var k = 0; k < count; k++)
        {
            var at = Find(ids[order[k]]);
            (_ids[at], _scores[at], _stamps[at]) = (ids[order[k]], scores[order[k]], _stamp);
            _order[_count++] = at;
        }
    }
}
