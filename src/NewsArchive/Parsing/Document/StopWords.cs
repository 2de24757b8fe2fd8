using System.Collections.Frozen;
using System.Numerics;

namespace NewsArchive.Parsing.Document;

/// <summary>
/// Short function words of the languages seen in the archive. Running text is full of them; menus, captions
/// and headline lists are not, which makes their density a cheap, language-tolerant body signal.
/// </summary>
public static class StopWords
{
    private const string English = "a about after all also an and any are as at be been before but by can could did do does for from had has have he her his how i if in into is it its just may me more most my no not now of on one only or other our out over said says she so some than that the their them then there these they this those to up us was we were what when where which while who will with would you your";
    private const string German = "aber alle als am an auch auf aus bei bis das dass dem den der des die doch durch ein eine einem einen einer es für hat ich ihr im in ist ja kann mit nach nicht noch nur oder sich sie sind so über um und uns von vor war was wie wir wird zu zum zur";
    private const string French = "au aux avec ce ces dans de des du elle en est et il ils je la le les leur mais ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous été être";
    private const string Spanish = "al como con del el en es esta este fue ha la las lo los más no para pero por que se sin sobre su sus un una y";
    private const string Portuguese = "ao as com da das de do dos e em foi há mais mas na nas no nos não o os ou para pela pelo por que se sem seu sua um uma você é";
    private const string Italian = "che di è il non per un una della delle degli nel nella sono anche come";
    private const string Indonesian = "ada adalah akan atau bahwa bisa dalam dan dari dengan di ini itu jangan juga kami kita ke karena kepada mereka oleh pada saja sebagai sudah tidak untuk yang";
    private const string Russian = "а без более бы был была были было в вам во вот все всё вы где да для до его ее её если есть еще ещё же за и из или им их к как когда ли мы на не нет но о об он она они от по при с так также то только у уже что чтобы это я";

    private static readonly FrozenSet<string> s_words = string
        .Join(' ', English, German, French, Spanish, Portuguese, Italian, Indonesian, Russian)
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.Ordinal);

    // An open-addressing table of the words (a quarter full), probed with a hash of the characters: the lookup runs
    // on every short word of every line, and a frozen set's span lookup cost more than the rest of the line's measure.
    private static readonly string?[] s_table = BuildTable(s_words);

    // The stop words written in ASCII, each packed into a number (AsciiKey), in an open-addressing table (a quarter full;
    // 0 is an empty slot): a word of the line's ASCII path is looked up without being lower-cased or hashed char by char.
    private static readonly ulong[] s_asciiTable = BuildAsciiTable(s_words);

    /// <summary>The length of the longest stop word: a longer word need not be lower-cased and looked up.</summary>
    public static readonly int MaxLength = s_words.Max(w => w.Length);

    /// <summary>Every stop word.</summary>
    internal static IReadOnlyCollection<string> All => s_words;

    /// <summary>True when <paramref name="lowerCaseWord"/> (already lower-cased) is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerCaseWord)
    {
        if (lowerCaseWord.IsEmpty || lowerCaseWord.Length > MaxLength)
        {
            return false;
        }
        var mask = s_table.Length - 1;
        for (var at = Hash(lowerCaseWord) & mask; s_table[at] is { } word; at = (at + 1) & mask)
        {
            if (lowerCaseWord.SequenceEqual(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="word"/>, made of ASCII characters only and in any case, is a stop word once
    /// lower-cased: <c>Contains(word.ToLowerInvariant())</c>.</summary>
    public static bool ContainsAscii(ReadOnlySpan<char> word)
    {
        var key = AsciiKey(word);
        if (key == 0)
        {
            return false;
        }
        var mask = s_asciiTable.Length - 1;
        for (var at = AsciiSlot(key, mask); s_asciiTable[at] is var entry and not 0; at = (at + 1) & mask)
        {
            if (entry == key)
            {
                return true;
            }
        }
        return false;
    }

    // A word of one to seven ASCII characters, lower-cased, one byte each, and its length in the top byte; 0 for any
    // other word (too long, empty, or with a character outside ASCII).
    private static ulong AsciiKey(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 7)
        {
            return 0;
        }
        var key = (ulong)word.Length << 56;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (c >= 128)
            {
                return 0;
            }
            key |= (ulong)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) << (8 * k);
        }
        return key;
    }

    private static int AsciiSlot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    private static ulong[] BuildAsciiTable(FrozenSet<string> words)
    {
        var keys = words.Select(w => AsciiKey(w)).Where(k => k != 0).ToList();
        var table = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)keys.Count * 4)];
        var mask = table.Length - 1;
        foreach (var key in keys)
        {
            var at = AsciiSlot(key, mask);
            while (table[at] != 0)
            {
                at = (at + 1) & mask;
            }
            table[at] = key;
        }
        return table;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash ^ (hash >> 16));
    }

    private static string?[] BuildTable(FrozenSet<string> words)
    {
        var table = new string?[(int)BitOperations.RoundUpToPowerOf2((uint)words.Count * 4)];
        var mask = table.Length - 1;
        foreach (var word in words)
        {
            var at = Hash(word) & mask;
            while (table[at] is not null)
            {
                at = (at + 1) & mask;
            }
            table[at] = word;
        }
        return table;
    }
}
