using System.Buffers.Binary;

namespace NewsArchive.Stories;

/// <summary>The stored forms of a sketch: little-endian 32-bit MinHash values; 9 bytes a term (hash, count).</summary>
internal static class Codec
{
    public static byte[] WriteMinHash(uint[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }
        return bytes;
    }

    public static uint[] ReadMinHash(ReadOnlySpan<byte> bytes)
    {
        var values = new uint[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
        }
        return values;
    }

    public static byte[] WriteTerms((long Term, byte Count)[] terms)
    {
        var bytes = new byte[terms.Length * 9];
        for (var i = 0; i < terms.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 9), terms[i].Term);
            bytes[(i * 9) + 8] = terms[i].Count;
        }
        return bytes;
    }

    public static (long Term, byte Count)[] ReadTerms(ReadOnlySpan<byte> bytes)
    {
        var terms = new (long, byte)[bytes.Length / 9];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = (BinaryPrimitives.ReadInt64LittleEndian(bytes[(i * 9)..]), bytes[(i * 9) + 8]);
        }
        return terms;
    }
}
