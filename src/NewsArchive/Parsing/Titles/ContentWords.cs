using System.Buffers;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Titles;

/// <summary>The words of a text that can tie a headline to its body: long enough, not stop words, crudely stemmed.</summary>
internal static class ContentWords
{
    private static readonly SearchValues<char> s_punctuation = SearchValues.Create(".,;:!?\"“”‘’'()[]«»");

    /// <summary>The content words of <paramref name="text"/>, numbered in <paramref name="vocabulary"/>.</summary>
    public static WordSet Of(string text, Vocabulary vocabulary, ParserTuning tuning)
    {
        // Spans and one lower-casing buffer: this runs over the first paragraphs of every file (speed budget); a word
        // gets a number, not a string.
        var words = new WordSet(vocabulary);
        var reader = new Reader(text, tuning.Titles.ContentWordMinLength, stackalloc char[64]);
        while (reader.MoveNext())
        {
            words.Add(reader.Current);
        }
        return words;
    }

    /// <summary>
    /// The content words of a text one at a time, in order and repeated as they occur: the words <see cref="Of"/> collects.
    /// <see cref="Current"/> lies in the reader's buffer (or, for a word longer than it, an array of its own) and holds
    /// until the next <see cref="MoveNext"/>, so looking a word up makes no string.
    /// </summary>
    internal ref struct Reader
    {
        private readonly int _min;
        private readonly Span<char> _buffer;
        private readonly ReadOnlySpan<char> _text;

        // The current token starts at _start; _spaces holds the spaces from there on of the 64 characters from _block
        // (CharMasks): the tokens are read between consecutive spaces by counting bits.
        private int _start;
        private int _block;
        private ulong _spaces;

        public Reader(ReadOnlySpan<char> text, int minLength, Span<char> buffer)
        {
            _text = text;
            _min = minLength;
            _buffer = buffer;
            _spaces = CharMasks.Spaces(text, 0);
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            while (_start <= _text.Length)
            {
                var end = NextSpace();
                var raw = _text[_start..end];
                _start = end + 1;
                // Trimming only shortens a token.
                if (raw.Length < _min)
                {
                    continue;
                }
                var token = TrimPunctuation(raw);
                if (token.Length >= _min)
                {
                    var lower = token.Length <= _buffer.Length ? _buffer[..token.Length] : new char[token.Length];
                    LowerCase(token, lower);
                    var word = Stem(lower, _min);
                    if (word.Length >= _min && !StopWords.Contains(word))
                    {
                        Current = word;
                        return true;
                    }
                }
            }
            return false;
        }

        // The next space from the current token's start on, or the text's end.
        private int NextSpace()
        {
            while (_spaces == 0)
            {
                _block += 64;
                if (_block >= _text.Length)
                {
                    return _text.Length;
                }
                _spaces = CharMasks.Spaces(_text, _block);
            }
            var at = _block + System.Numerics.BitOperations.TrailingZeroCount(_spaces);
            _spaces &= _spaces - 1;
            return at;
        }
    }

    // ToLowerInvariant; plain ASCII (most words) without the call.
    private static void LowerCase(ReadOnlySpan<char> token, Span<char> lower)
    {
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            if (c >= 128)
            {
                token.ToLowerInvariant(lower);
                return;
            }
            lower[k] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
    }

    // The same as Trim(punctuation): this runs on every token of four or more characters of the first paragraphs.
    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && IsPunctuation(token[start]))
        {
            start++;
        }
        while (end > start && IsPunctuation(token[end - 1]))
        {
            end--;
        }
        return token[start..end];
    }

    // The ASCII punctuation of the set as two 64-bit masks (characters 0–63 and 64–127), the others from the set.
    private static readonly ulong s_punctuationLow = PunctuationMask(0);
    private static readonly ulong s_punctuationHigh = PunctuationMask(64);

    private static ulong PunctuationMask(int from)
    {
        ulong mask = 0;
        for (var c = from; c < from + 64; c++)
        {
            mask |= s_punctuation.Contains((char)c) ? 1UL << (c - from) : 0;
        }
        return mask;
    }

    /// <summary>True for the characters <see cref="Reader"/> trims off a token (".,;:!?\"“”‘’'()[]«»").</summary>
    internal static bool IsPunctuation(char c) =>
        c < 64 ? ((s_punctuationLow >> c) & 1) != 0 : c < 128 ? ((s_punctuationHigh >> (c - 64)) & 1) != 0 : s_punctuation.Contains(c);

    // Crude, but enough to match "council’s" with "council" and "votes" with "vote" (and to leave "news" alone).
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, int minLength)
    {
        if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        return word.Length > minLength && word[^1] == 's' ? word[..^1] : word;
    }
}
