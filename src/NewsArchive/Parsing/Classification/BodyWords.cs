using System.Numerics;
using System.Runtime.InteropServices;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Classification;

/// <summary>
/// The content words of the body lines, read once for the whole learned body stage (<see cref="BodyLineFilter"/>): each
/// distinct word (<see cref="Hashes"/>: four or more characters, not a stop word, lower-cased and hashed) gets a number,
/// with the first and the last body line it is in, and each body line the numbers of its distinct words. The line
/// features, the end ranker and the lines above the body all ask this one table, so no line is read twice and no line
/// gets a collection of its own.
/// </summary>
internal sealed class BodyWords
{
    private const int MinWordLength = LineWords.MinWordLength;
    private const ulong FnvOffset = LineWords.FnvOffset;
    private const ulong FnvPrime = LineWords.FnvPrime;

    // Open addressing: a slot holds 0 (empty) or a word's number + 1; the words' hashes, first and last lines by number.
    private readonly int[] _slots;
    private readonly ulong[] _keys;
    private readonly int[] _first;
    private readonly int[] _last;
    private readonly int[] _ids;
    private readonly int[] _lineStarts;

    private BodyWords(int[] slots, ulong[] keys, int[] first, int[] last, int count, int[] ids, int[] lineStarts)
    {
        (_slots, _keys, _first, _last, Count, _ids, _lineStarts) = (slots, keys, first, last, count, ids, lineStarts);
    }

    /// <summary>The number of distinct words.</summary>
    public int Count { get; }

    /// <summary>
    /// The words of <paramref name="lines"/> at the indices <paramref name="body"/>, body line b being body[b]; those of a
    /// line that stage 2 kept (<paramref name="taken"/>) are not read again.
    /// </summary>
    public static BodyWords Of(IReadOnlyList<string> lines, IReadOnlyList<int> body, LineWords? taken = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(body);
        // The words of the body: as many as stage 2 kept of a line it took; of another line at most one a MinWordLength + 1
        // characters (a word and the space after it).
        var bound = 0;
        foreach (var i in body)
        {
            bound += taken is not null && taken.TryLine(i, out var kept) ? kept.Length : lines[i].Length / (MinWordLength + 1) + 1;
        }
        var slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, bound * 2))];
        var keys = new ulong[bound];
        var first = new int[bound];
        var last = new int[bound];
        var ids = new int[bound];
        var lineStarts = new int[body.Count + 1];
        var sink = new TableSink(slots, keys, first, last, ids);
        for (var b = 0; b < body.Count; b++)
        {
            lineStarts[b] = sink.Used;
            sink.Line = b;
            if (taken is not null && taken.TryLine(body[b], out var hashes))
            {
                foreach (var hash in hashes)
                {
                    sink.Add(hash);
                }
            }
            else
            {
                Scan(lines[body[b]], ref sink);
            }
        }
        lineStarts[body.Count] = sink.Used;
        return new BodyWords(slots, keys, first, last, sink.Count, ids, lineStarts);
    }

    /// <summary>The numbers of body line <paramref name="b"/>'s distinct words.</summary>
    public ReadOnlySpan<int> Line(int b) => _ids.AsSpan(_lineStarts[b], _lineStarts[b + 1] - _lineStarts[b]);

    /// <summary>The first and the last body line the word numbered <paramref name="id"/> is in.</summary>
    public (int First, int Last) Span(int id) => (_first[id], _last[id]);

    /// <summary>The number of the word with this hash, or -1 when no body line has it.</summary>
    public int Find(ulong hash)
    {
        var mask = _slots.Length - 1;
        for (var at = Slot(hash, mask); _slots[at] != 0; at = (at + 1) & mask)
        {
            if (_keys[_slots[at] - 1] == hash)
            {
                return _slots[at] - 1;
            }
        }
        return -1;
    }

    /// <summary>For each word's number, whether <paramref name="line"/> (none: no word) has the word.</summary>
    public bool[] Marks(string? line)
    {
        var marks = new bool[Count];
        if (line is not null)
        {
            foreach (var hash in Hashes(line))
            {
                if (Find(hash) is var id and >= 0)
                {
                    marks[id] = true;
                }
            }
        }
        return marks;
    }

    /// <summary>
    /// The line's words of MinWordLength+ characters that are not stop words, lower-cased and hashed (FNV-1a, so the same
    /// on every run), distinct.
    /// </summary>
    public static List<ulong> Hashes(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var result = new List<ulong>(line.Length / 10);
        var sink = new LineWords.ListSink(result);
        Scan(line, ref sink);
        // Distinct (every use of the words is a count or a set, so their order does not matter).
        var words = CollectionsMarshal.AsSpan(result);
        words.Sort();
        var distinct = 0;
        for (var k = 0; k < words.Length; k++)
        {
            if (k == 0 || words[k] != words[distinct - 1])
            {
                words[distinct++] = words[k];
            }
        }
        result.RemoveRange(distinct, result.Count - distinct);
        return result;
    }

    private static int Slot(ulong hash, int mask) => (int)((hash * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    // Inserts each word into the table (body line Line), and its number into the line's list once.
    private struct TableSink(int[] slots, ulong[] keys, int[] first, int[] last, int[] ids) : IWordSink
    {
        public int Line;
        public int Count;
        public int Used;

        public void Add(ulong hash)
        {
            var mask = slots.Length - 1;
            var at = Slot(hash, mask);
            while (slots[at] != 0 && keys[slots[at] - 1] != hash)
            {
                at = (at + 1) & mask;
            }
            if (slots[at] == 0)
            {
                slots[at] = Count + 1;
                (keys[Count], first[Count], last[Count]) = (hash, Line, Line);
                ids[Used++] = Count++;
            }
            else if (last[slots[at] - 1] != Line)
            {
                // Seen in an earlier line; a word met again in the same line is counted once.
                var id = slots[at] - 1;
                last[id] = Line;
                ids[Used++] = id;
            }
        }
    }

    // The hashes of the line's words, in order and repeated as they occur: space-separated tokens, each without its
    // leading and trailing characters that are neither letters nor digits, of MinWordLength+ characters and not stop
    // words, hashed lower-cased (FNV-1a). One pass over each token: the hash is taken as the characters go by, from the
    // token's first letter or digit on, and the one at its last letter or digit is the word's.
    private static void Scan<TSink>(string line, ref TSink sink)
        where TSink : struct, IWordSink
    {
        if (System.Text.Ascii.IsValid(line))
        {
            LineFeatures.AsciiWords(line, ref sink);
            return;
        }
        Span<char> lower = stackalloc char[StopWords.MaxLength];
        var i = 0;
        while (i < line.Length)
        {
            int first = -1, last = -1, wide = 0, wideAtLast = 0;
            ulong hash = FnvOffset, hashAtLast = FnvOffset;
            for (; i < line.Length; i++)
            {
                var c = line[i];
                if (c == ' ')
                {
                    break;
                }
                bool letterOrDigit;
                char folded;
                if (c < 128)
                {
                    letterOrDigit = char.IsAsciiLetterOrDigit(c);
                    folded = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
                else
                {
                    letterOrDigit = char.IsLetterOrDigit(c);
                    folded = char.ToLowerInvariant(c);
                }
                if (first < 0)
                {
                    if (!letterOrDigit)
                    {
                        continue;
                    }
                    first = i;
                }
                hash = (hash ^ folded) * FnvPrime;
                wide += c < 128 ? 0 : 1;
                if (letterOrDigit)
                {
                    (last, hashAtLast, wideAtLast) = (i, hash, wide);
                }
            }
            i++;
            if (first < 0 || last - first + 1 < MinWordLength)
            {
                continue;
            }
            var word = line.AsSpan(first, last - first + 1);
            if (word.Length <= StopWords.MaxLength
                && (wideAtLast == 0 ? StopWords.ContainsAscii(word) : word.ToLowerInvariant(lower) == word.Length && StopWords.Contains(lower[..word.Length])))
            {
                continue;
            }
            sink.Add(hashAtLast);
        }
    }
}
