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
        Span<char> lower = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            var start = i;
            var capital = i < text.Length && char.IsUpper(text[i]);
            var hash = Offset;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var c = char.ToLowerInvariant(text[i]);
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
                word(hash, length >= 3 && (length > StopWords.MaxLength || !StopWords.Contains(lower[..Math.Min(length, lower.Length)])), capital);
            }
        }
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
