using System.Text;

namespace NewsArchive.Corpus;

/// <summary>
/// A vocabulary whose word at rank r (1-based) is drawn with probability proportional to 1/r^s, as in
/// natural text. Built deterministically: real common words first, then made-up words from syllables.
/// </summary>
public sealed class ZipfVocabulary
{
    public const int DefaultSize = 40_000;
    private const double Exponent = 1.05;

    private readonly string[] _words;
    private readonly double[] _cumulative;

    public ZipfVocabulary(int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, WordLists.Common.Length);
        _words = BuildWords(size);
        _cumulative = new double[size];
        var total = 0.0;
        for (var i = 0; i < size; i++)
        {
            total += 1.0 / Math.Pow(i + 1, Exponent);
            _cumulative[i] = total;
        }
        for (var i = 0; i < size; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Count => _words.Length;

    /// <summary>The word at a 1-based frequency rank: rank 1 is the most frequent.</summary>
    public string WordAt(int rank) => _words[rank - 1];

    /// <summary>Draws a word by its Zipf probability.</summary>
    public string Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[Math.Min(index < 0 ? ~index : index, _words.Length - 1)];
    }

    private static string[] BuildWords(int size)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>(size);
        foreach (var word in WordLists.Common.Where(seen.Add))
        {
            words.Add(word);
        }
        // Made-up words come from a fixed-seed generator: the vocabulary is the same in every run and for every corpus seed.
        var random = new Random(7919);
        var builder = new StringBuilder();
        while (words.Count < size)
        {
            builder.Clear();
            var syllables = 2 + random.Next(3);
            for (var i = 0; i < syllables; i++)
            {
                builder.Append(WordLists.Syllables[random.Next(WordLists.Syllables.Length)]);
            }
            var word = builder.ToString();
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }
        return [.. words];
    }
}
