using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsArchive.Parsing.Document;

/// <summary>
/// Which of (up to) 64 characters of a text from a start on are spaces, or ASCII letters or digits, as bit masks: bit k
/// stands for character <c>start + k</c>, and the bits past the text's end are 0. The word scans of the line measure and
/// of the headline's content words read a text's spaces from these (counting bits) instead of testing every character.
/// Sixteen characters at a time with vectors, the rest one by one.
/// </summary>
internal static class CharMasks
{
    /// <summary>The block's spaces (U+0020 only).</summary>
    public static ulong Spaces(ReadOnlySpan<char> text, int start)
    {
        var end = Math.Min(text.Length, start + 64);
        ulong spaces = 0;
        var i = start;
        if (Vector128.IsHardwareAccelerated)
        {
            var source = MemoryMarshal.Cast<char, ushort>(text);
            var space = Vector128.Create((ushort)' ');
            for (; i + 16 <= end; i += 16)
            {
                // The comparisons are 0 or 0xFFFF, so narrowing them to bytes keeps them.
                var found = Vector128.Narrow(Vector128.Equals(Vector128.Create(source.Slice(i, 8)), space), Vector128.Equals(Vector128.Create(source.Slice(i + 8, 8)), space));
                spaces |= (ulong)found.ExtractMostSignificantBits() << (i - start);
            }
        }
        for (; i < end; i++)
        {
            spaces |= (text[i] == ' ' ? 1UL : 0UL) << (i - start);
        }
        return spaces;
    }

    /// <summary>The block's spaces and its ASCII letters or digits.</summary>
    public static (ulong Spaces, ulong LettersOrDigits) SpacesAndAsciiLettersOrDigits(ReadOnlySpan<char> text, int start)
    {
        var end = Math.Min(text.Length, start + 64);
        ulong spaces = 0, letters = 0;
        var i = start;
        if (Vector128.IsHardwareAccelerated)
        {
            var source = MemoryMarshal.Cast<char, ushort>(text);
            var (space, caseBit, a, z, zero, ten) = (Vector128.Create((ushort)' '), Vector128.Create((ushort)0x20), Vector128.Create((ushort)'a'),
                Vector128.Create((ushort)26), Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            for (; i + 16 <= end; i += 16)
            {
                var (low, high) = (Vector128.Create(source.Slice(i, 8)), Vector128.Create(source.Slice(i + 8, 8)));
                var shift = i - start;
                spaces |= (ulong)Vector128.Narrow(Vector128.Equals(low, space), Vector128.Equals(high, space)).ExtractMostSignificantBits() << shift;
                var letterOrDigit = Vector128.Narrow(
                    Vector128.LessThan((low | caseBit) - a, z) | Vector128.LessThan(low - zero, ten),
                    Vector128.LessThan((high | caseBit) - a, z) | Vector128.LessThan(high - zero, ten));
                letters |= (ulong)letterOrDigit.ExtractMostSignificantBits() << shift;
            }
        }
        for (; i < end; i++)
        {
            var c = text[i];
            spaces |= (c == ' ' ? 1UL : 0UL) << (i - start);
            letters |= (char.IsAsciiLetterOrDigit(c) ? 1UL : 0UL) << (i - start);
        }
        return (spaces, letters);
    }
}
