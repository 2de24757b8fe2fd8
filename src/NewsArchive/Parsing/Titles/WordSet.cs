using System.Numerics;

namespace NewsArchive.Parsing.Titles;

/// <summary>
/// A set of content words of one page, held as a bit per word number of its <see cref="Vocabulary"/>: a union is an
/// OR, and how many words two sets share is the bit count of their AND. Two sets compared must share their vocabulary.
/// </summary>
internal sealed class WordSet
{
    private ulong[] _bits;

    public WordSet(Vocabulary vocabulary)
    {
        Vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));
        _bits = [];
    }

    /// <summary>A copy of <paramref name="other"/>.</summary>
    public WordSet(WordSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Vocabulary = other.Vocabulary;
        _bits = (ulong[])other._bits.Clone();
        Count = other.Count;
    }

    public Vocabulary Vocabulary { get; }

    public int Count { get; private set; }

    /// <summary>The words, in number order (for tests and diagnostics).</summary>
    public IEnumerable<string> Words
    {
        get
        {
            for (var id = 0; id < _bits.Length * 64; id++)
            {
                if (Contains(id))
                {
                    yield return Vocabulary[id];
                }
            }
        }
    }

    /// <summary>Adds the word (numbering it in the vocabulary when it has no number yet).</summary>
    public bool Add(ReadOnlySpan<char> word) => Add(Vocabulary.Add(word));

    public bool Add(int id)
    {
        if (id >> 6 >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max((id >> 6) + 1, Math.Max(_bits.Length * 2, (Vocabulary.Count + 63) >> 6)));
        }
        var bit = 1UL << id;
        if ((_bits[id >> 6] & bit) != 0)
        {
            return false;
        }
        _bits[id >> 6] |= bit;
        Count++;
        return true;
    }

    public bool Remove(int id)
    {
        if (!Contains(id))
        {
            return false;
        }
        _bits[id >> 6] &= ~(1UL << id);
        Count--;
        return true;
    }

    public bool Contains(int id) => id >= 0 && id >> 6 < _bits.Length && (_bits[id >> 6] & (1UL << id)) != 0;

    /// <summary>How many words this set and <paramref name="other"/> both hold.</summary>
    public int Shared(WordSet other)
    {
        SameVocabulary(other);
        var shared = 0;
        for (var k = Math.Min(_bits.Length, other._bits.Length) - 1; k >= 0; k--)
        {
            shared += BitOperations.PopCount(_bits[k] & other._bits[k]);
        }
        return shared;
    }

    public void UnionWith(WordSet other)
    {
        SameVocabulary(other);
        if (other._bits.Length > _bits.Length)
        {
            Array.Resize(ref _bits, other._bits.Length);
        }
        for (var k = 0; k < other._bits.Length; k++)
        {
            _bits[k] |= other._bits[k];
        }
        Count = PopCount(_bits);
    }

    /// <summary>The words of this set that <paramref name="words"/> holds leave it for <paramref name="found"/>.</summary>
    public void MoveShared(WordSet words, WordSet found)
    {
        SameVocabulary(words);
        SameVocabulary(found);
        var n = Math.Min(_bits.Length, words._bits.Length);
        if (found._bits.Length < n)
        {
            Array.Resize(ref found._bits, n);
        }
        for (var k = 0; k < n; k++)
        {
            var moved = _bits[k] & words._bits[k];
            _bits[k] &= ~moved;
            found._bits[k] |= moved;
        }
        Count = PopCount(_bits);
        found.Count = PopCount(found._bits);
    }

    private static int PopCount(ulong[] bits)
    {
        var count = 0;
        foreach (var block in bits)
        {
            count += BitOperations.PopCount(block);
        }
        return count;
    }

    private void SameVocabulary(WordSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Vocabulary != Vocabulary)
        {
            throw new InvalidOperationException("Word sets of two vocabularies cannot be compared.");
        }
    }
}
