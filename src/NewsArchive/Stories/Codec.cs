using System.Buffers.Binary;

namespace NewsArchive.Stories;

/// <summary>
/// The stored forms of a sketch: little-endian 16-bit MinHash values (<see cref="StoryTuning.ValueBits"/>); 5 bytes a term (its 32-bit hash, <see cref="StoryTuning.TermBits"/>, and count); an article's
/// lookup keys (<c>StoryKeySets</c>) as a count byte of band keys, then the band keys and the key-term keys, 8 bytes each.
/// </summary>
internal static class Codec
{
    /// <summary>A stored term: its hash (<see cref="StoryTuning.TermBits"/> bits, little-endian) and its count.</summary>
    public const int TermBytes = (StoryTuning.TermBits / 8) + 1;

    public static byte[] WriteMinHash(ushort[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), values[i]);
        }
        return bytes;
    }

    public static ushort[] ReadMinHash(ReadOnlySpan<byte> bytes)
    {
        var values = new ushort[bytes.Length / 2];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i * 2)..]);
        }
        return values;
    }

    public static byte[] WriteTerms((long Term, byte Count)[] terms)
    {
        var bytes = new byte[terms.Length * TermBytes];
        for (var i = 0; i < terms.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * TermBytes), checked((uint)terms[i].Term));
            bytes[(i * TermBytes) + 4] = terms[i].Count;
        }
        return bytes;
    }

    public static (long Term, byte Count)[] ReadTerms(ReadOnlySpan<byte> bytes)
    {
        var terms = new (long, byte)[bytes.Length / TermBytes];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = (BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * TermBytes)..]), bytes[(i * TermBytes) + 4]);
        }
        return terms;
    }

    public static byte[] WriteKeys(IReadOnlyList<long> bandKeys, IReadOnlyList<long> termKeys)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bandKeys.Count, byte.MaxValue);
        var bytes = new byte[1 + ((bandKeys.Count + termKeys.Count) * 8)];
        bytes[0] = (byte)bandKeys.Count;
        var at = 1;
        foreach (var keys in (IReadOnlyList<long>[])[bandKeys, termKeys])
        {
            for (var i = 0; i < keys.Count; i++, at += 8)
            {
                BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at), keys[i]);
            }
        }
        return bytes;
    }

    /// <summary>
    /// As <see cref="ReadKeys(ReadOnlySpan{byte})"/>, into <paramref name="keys"/> (grown when too small; band keys
    /// first): no arrays an article while a run loads every key set. Returns the band and term key counts.
    /// </summary>
    public static (int Bands, int Terms) ReadKeys(ReadOnlySpan<byte> bytes, ref long[] keys)
    {
        var all = (bytes.Length - 1) / 8;
        if (keys.Length < all)
        {
            keys = new long[Math.Max(all, keys.Length * 2)];
        }
        for (var i = 0; i < all; i++)
        {
            keys[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes[(1 + (i * 8))..]);
        }
        return (bytes[0], all - bytes[0]);
    }

    public static (long[] BandKeys, long[] TermKeys) ReadKeys(ReadOnlySpan<byte> bytes)
    {
        var bands = new long[bytes[0]];
        var terms = new long[((bytes.Length - 1) / 8) - bands.Length];
        var at = 1;
        for (var i = 0; i < bands.Length; i++, at += 8)
        {
            bands[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes[at..]);
        }
        for (var i = 0; i < terms.Length; i++, at += 8)
        {
            terms[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes[at..]);
        }
        return (bands, terms);
    }
}
