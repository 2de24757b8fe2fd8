using NewsArchive.Parsing.Document;

namespace NewsArchive.Stories;

/// <summary>Words of a text as 64-bit hashes of their lower-case form (FNV-1a: stable across runs and machines).</summary>
internal static class StoryText
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>
    /// Calls <paramref name="word"/> for each run of letters and digits with its hash, whether it is a term (no stop
    /// word, 3+ characters) and whether it starts with a capital letter (a name, when not the first of a sentence).
    /// </summary>
    public static void Words(string text, Action<ulong, bool, bool> word)
    {
        var sink = new ActionSink(word);
        Words(text, ref sink);
    }

    /// <summary>Receives the words of <see cref="Words{T}(string, ref T)"/>.</summary>
    public interface IWordSink
    {
        void Word(ulong hash, bool term, bool capital);
    }

    /// <summary>
    /// As <see cref="Words(string, Action{ulong, bool, bool})"/>, to a struct (no delegate call a word), ASCII letters
    /// and digits classified and lowered by a table (the same as <c>char</c>'s methods give for them).
    /// </summary>
    public static void Words<T>(string text, ref T sink)
        where T : struct, IWordSink
    {
        Span<char> lower = stackalloc char[64];
        var ascii = s_ascii;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i], ascii))
            {
                i++;
            }
            var start = i;
            var capital = i < text.Length && (text[i] < 128 ? ascii[text[i]] == Upper : char.IsUpper(text[i]));
            var hash = Offset;
            while (i < text.Length)
            {
                var c = text[i];
                if (c < 128)
                {
                    var kind = ascii[c];
                    if (kind == 0)
                    {
                        break;
                    }
                    c = kind == Upper ? (char)(c | 0x20) : c;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    c = char.ToLowerInvariant(c);
                }
                else
                {
                    break;
                }
                if (i - start < lower.Length)
                {
                    lower[i - start] = c;
                }
                hash = (hash ^ c) * Prime;
                i++;
            }
            var length = i - start;
            if (length > 0)
            {
                sink.Word(hash, length >= 3 && (length > StopWords.MaxLength || !StopWords.Contains(lower[..Math.Min(length, lower.Length)])), capital);
            }
        }
    }

    private const byte Upper = 2;

    /// <summary>By ASCII character: 0 not a letter or digit, 1 a lower-case letter or digit, <see cref="Upper"/> an upper-case letter.</summary>
    private static readonly byte[] s_ascii = Enumerable.Range(0, 128).Select(c => (byte)(!char.IsLetterOrDigit((char)c) ? 0 : char.IsUpper((char)c) ? Upper : 1)).ToArray();

    private static bool IsWordChar(char c, byte[] ascii) => c < 128 ? ascii[c] != 0 : char.IsLetterOrDigit(c);

    private readonly struct ActionSink(Action<ulong, bool, bool> word) : IWordSink
    {
        public void Word(ulong hash, bool term, bool capital) => word(hash, term, capital);
    }

    /// <summary>A well-mixed 64-bit value (the splitmix64 finaliser).</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }
}
