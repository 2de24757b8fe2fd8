using System.Buffers;
using System.Runtime.InteropServices;

namespace NewsArchive.Parsing.Titles;

/// <summary>
/// The content words met on one page, each given a number (0, 1, 2… in the order first met): the headline ranker's
/// word sets (<see cref="WordSet"/>) are sets of these numbers, so reading a paragraph makes no string per word and
/// no hash set per paragraph. Words are told apart by their characters (ordinal), as the strings were.
/// A pooled vocabulary keeps its words in arrays of the shared <see cref="ArrayPool{T}"/>, given back by
/// <see cref="Dispose"/> (the ranker's, once the headline is chosen): no set of its may be used after that.
/// </summary>
internal sealed class Vocabulary(bool pooled = false) : IDisposable
{
    // The characters of every word, one after the other: word k runs from _starts[k] to _starts[k + 1].
    private char[] _chars = [];
    private int[] _starts = [0];

    // Open addressing: a slot holds a word's number + 1, 0 is empty; never more than half full. The table is the
    // first _slotCount (a power of two) of _slots (a pooled array may be longer). The first arrays hold the words of
    // most short pages (up to 511 words): rehashing a growing table was 2 % of the parse of short files.
    private int[] _slots = [];
    private int _slotCount;

    /// <summary>How many words have a number (the numbers are 0 to Count - 1).</summary>
    public int Count { get; private set; }

    /// <summary>The word's number, given it now when it has none.</summary>
    public int Add(ReadOnlySpan<char> word)
    {
        if ((Count + 1) * 2 > _slotCount)
        {
            Grow();
        }
        var slot = Find(word, Hash(word));
        if (_slots[slot] != 0)
        {
            return _slots[slot] - 1;
        }
        var used = _starts[Count];
        if (used + word.Length > _chars.Length)
        {
            _chars = Resized(_chars, used, Math.Max(_chars.Length * 2, Math.Max(used + word.Length, 2048)));
        }
        if (Count + 1 == _starts.Length)
        {
            _starts = Resized(_starts, Count + 1, Math.Max(_starts.Length * 2, 512));
        }
        word.CopyTo(_chars.AsSpan(used));
        _starts[Count + 1] = used + word.Length;
        _slots[slot] = ++Count;
        return Count - 1;
    }

    /// <summary>The word's number, or -1 when it has none (the word is not added).</summary>
    public int IndexOf(ReadOnlySpan<char> word) => Count == 0 ? -1 : _slots[Find(word, Hash(word))] - 1;

    /// <summary>The word numbered <paramref name="id"/>.</summary>
    public string this[int id] => new(Word(id));

    private ReadOnlySpan<char> Word(int id) => _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    // The word's slot, or the empty slot where it would go.
    private int Find(ReadOnlySpan<char> word, uint hash)
    {
        var mask = _slotCount - 1;
        var at = (int)(hash & (uint)mask);
        while (_slots[at] is var held and not 0 && !Word(held - 1).SequenceEqual(word))
        {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void Grow()
    {
        _slotCount = Math.Max(_slotCount * 2, 1024);
        Release(_slots);
        _slots = New<int>(_slotCount);
        Array.Clear(_slots, 0, _slotCount);
        for (var id = 0; id < Count; id++)
        {
            _slots[Find(Word(id), Hash(Word(id)))] = id + 1;
        }
    }

    /// <summary>Gives a pooled vocabulary's arrays back; it is empty afterwards.</summary>
    public void Dispose()
    {
        Release(_chars);
        Release(_starts);
        Release(_slots);
        (_chars, _starts, _slots, _slotCount, Count) = ([], [0], [], 0, 0);
    }

    private T[] New<T>(int length) => pooled ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    private void Release<T>(T[] array)
    {
        if (pooled && array.Length > 1)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    // A longer array holding the first used items of the old one (given back when pooled).
    private T[] Resized<T>(T[] array, int used, int length)
    {
        var resized = New<T>(length);
        array.AsSpan(0, used).CopyTo(resized);
        Release(array);
        return resized;
    }

    // Four characters at a time (content words have four or more), then a final mix: only where a word is looked
    // for depends on it, never an answer.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var blocks = MemoryMarshal.Cast<char, ulong>(word);
        var h = (ulong)word.Length * 0x9E3779B97F4A7C15UL;
        foreach (var block in blocks)
        {
            h = (h ^ block) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 29;
        }
        for (var k = blocks.Length * 4; k < word.Length; k++)
        {
            h = (h ^ word[k]) * 0xC4CEB9FE1A85EC53UL;
        }
        h ^= h >> 32;
        return (uint)h;
    }
}
