using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>A seed file reads the same, byte for byte and within the same size limit, on the local fast path and on the time-bounded one.</summary>
public sealed class SeedFileReaderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_097)]
    [InlineData(300_000)]
    public async Task A_file_reads_the_same_on_the_local_path_and_the_time_bounded_one(int size)
    {
        using var folder = new TempFolder();
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "a.txt"), bytes);
        var file = new SeedFile(folder.Path, "a.txt");

        var local = await SeedFileReader.TryReadAsync(file, 1_000_000, new LocalFolders(), CancellationToken.None);
        var bounded = await SeedFileReader.TryReadAsync(file, 1_000_000, CancellationToken.None);

        Assert.Null(local.Error);
        Assert.Null(bounded.Error);
        Assert.Equal(bytes, local.Content);
        Assert.Equal(bytes, bounded.Content);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_on_both_paths()
    {
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "big.txt"), new byte[1_001]);
        var file = new SeedFile(folder.Path, "big.txt");

        var local = await SeedFileReader.TryReadAsync(file, 1_000, new LocalFolders(), CancellationToken.None);
        var bounded = await SeedFileReader.TryReadAsync(file, 1_000, CancellationToken.None);

        Assert.Contains("over the 1,000-byte limit", local.Error, StringComparison.Ordinal);
        Assert.Contains("over the 1,000-byte limit", bounded.Error, StringComparison.Ordinal);
        Assert.Empty(local.Content);
    }

    [Fact]
    public void A_temporary_folder_is_local_and_a_folder_that_is_not_there_is_not()
    {
        using var folder = new TempFolder();
        var local = new LocalFolders();

        Assert.Equal(OperatingSystem.IsLinux(), local.Contains(folder.Path));
        Assert.False(local.Contains(Path.Combine(folder.Path, "no-such-folder")));
    }
}
