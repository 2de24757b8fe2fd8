namespace NewsArchive.Importing;

/// <summary>Reads one seed file, refusing oversized ones before reading them and turning I/O errors into reasons.</summary>
internal static class SeedFileReader
{
    public readonly record struct ReadResult(byte[] Content, string? Error);

    public static async Task<ReadResult> TryReadAsync(SeedFile file, long maxBytes, CancellationToken ct)
    {
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            if (length > maxBytes)
            {
                return new([], $"The file is {length:N0} bytes, over the {maxBytes:N0}-byte limit.");
            }
            return new(await File.ReadAllBytesAsync(file.FullPath, ct), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new([], $"The file could not be read: {ex.Message}");
        }
    }
}
