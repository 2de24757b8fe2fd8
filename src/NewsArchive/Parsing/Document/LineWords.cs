namespace NewsArchive.Parsing.Document;

/// <summary>Takes the hashes of a line's content words as a pass over the line finds them, in order.</summary>
internal interface IWordSink
{
    void Add(ulong hash);
}

/// <summary>
/// The content words of each line of ASCII characters as stage 2's pass over its characters found them
/// (<see cref="LineFeatures"/>): the words of <see cref="MinWordLength"/>+ characters that are not stop words, lower-cased
/// and hashed (FNV-1a, so the same on every run), in order and repeated as they occur. The learned body stage reads the
/// body lines' words from here, so their characters are read once. A line with other characters is not taken (its
/// reader scans it itself).
/// </summary>
internal sealed class LineWords
{
    /// <summary>The fewest characters of a content word.</summary>
    public const int MinWordLength = 4;

    /// <summary>FNV-1a's start.</summary>
    public const ulong FnvOffset = 14695981039346656037UL;

    /// <summary>FNV-1a's multiplier.</summary>
    public const ulong FnvPrime = 1099511628211UL;

    private readonly List<ulong> _hashes;
    private readonly int[] _starts;
    private readonly bool[] _taken;

    private LineWords(List<ulong> hashes, int[] starts, bool[] taken) => (_hashes, _starts, _taken) = (hashes, starts, taken);

    /// <summary>Measures each line (<see cref="LineFeatures.Measure(ReadOnlySpan{char}, LinesTuning)"/>) and keeps its words.</summary>
    public static LineWords Measure(IReadOnlyList<string> lines, LinesTuning tuning, out LineFeatures[] features)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // At most one word a MinWordLength + 1 characters (a word and a space): the list is not regrown.
        var chars = 0;
        foreach (var line in lines)
        {
            chars += line.Length + 1;
        }
        var hashes = new List<ulong>(chars / (MinWordLength + 1) + 1);
        // Line i's words are hashes[starts[i]..starts[i + 1]] when it was taken.
        var starts = new int[lines.Count + 1];
        var taken = new bool[lines.Count];
        var sink = new ListSink(hashes);
        features = new LineFeatures[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = hashes.Count;
            features[i] = LineFeatures.Measure(lines[i], tuning, ref sink, out taken[i]);
        }
        starts[lines.Count] = hashes.Count;
        return new LineWords(hashes, starts, taken);
    }

    /// <summary>Line <paramref name="i"/>'s words, when its pass took them.</summary>
    public bool TryLine(int i, out ReadOnlySpan<ulong> hashes)
    {
        hashes = _taken[i] ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_hashes)[_starts[i].._starts[i + 1]] : default;
        return _taken[i];
    }

    /// <summary>Appends each hash to a list.</summary>
    public readonly struct ListSink(List<ulong> list) : IWordSink
    {
        public void Add(ulong hash) => list.Add(hash);
    }
}
