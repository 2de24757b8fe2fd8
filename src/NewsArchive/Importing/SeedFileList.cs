using System.Collections;
using System.Text;

namespace NewsArchive.Importing;

/// <summary>
/// A seeds folder's files in name order, their relative paths packed as UTF-8 in one array: a million files as
/// strings and records held ~136 MB for the whole import (a path, its string header and its record each), packed
/// they take ~37 MB. Each <see cref="SeedFile"/> is made when it is read. A path that UTF-8 cannot carry exactly
/// (a lone surrogate) keeps the list as strings.
/// </summary>
internal sealed class SeedFileList : IReadOnlyList<SeedFile>
{
    private static readonly UTF8Encoding s_exact = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _root;
    private readonly byte[] _bytes;
    private readonly int[] _starts;

    private SeedFileList(string root, byte[] bytes, int[] starts)
    {
        _root = root;
        _bytes = bytes;
        _starts = starts;
    }

    public int Count => _starts.Length - 1;

    public SeedFile this[int index] => new(_root, Encoding.UTF8.GetString(_bytes, _starts[index], _starts[index + 1] - _starts[index]));

    /// <summary>The files of <paramref name="root"/> at <paramref name="paths"/> (relative, in the order given).</summary>
    public static IReadOnlyList<SeedFile> Pack(string root, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        try
        {
            var starts = new int[paths.Count + 1];
            var length = 0L;
            for (var i = 0; i < paths.Count; i++)
            {
                starts[i] = checked((int)length);
                length += s_exact.GetByteCount(paths[i]);
            }
            starts[^1] = checked((int)length);
            var bytes = new byte[length];
            for (var i = 0; i < paths.Count; i++)
            {
                s_exact.GetBytes(paths[i], bytes.AsSpan(starts[i]));
            }
            return new SeedFileList(root, bytes, starts);
        }
        catch (Exception ex) when (ex is EncoderFallbackException or OverflowException)
        {
            return [.. paths.Select(path => new SeedFile(root, path))];
        }
    }

    public IEnumerator<SeedFile> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
