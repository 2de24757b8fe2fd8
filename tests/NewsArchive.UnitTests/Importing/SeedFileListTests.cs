using NewsArchive.Importing;

namespace NewsArchive.UnitTests.Importing;

public sealed class SeedFileListTests
{
    [Fact]
    public void Packed_paths_read_back_as_given_in_any_script_and_in_order()
    {
        string[] paths = ["0000/a.txt", "0000/ä ö/ü.html", "日本/記事.txt", "emoji/\U0001F4F0.txt", "", "z"];

        var files = SeedFileList.Pack("/seeds", paths);

        Assert.Equal(paths.Length, files.Count);
        Assert.Equal(paths, files.Select(f => f.RelativePath));
        Assert.Equal(paths.Select(p => new SeedFile("/seeds", p)), Enumerable.Range(0, files.Count).Select(i => files[i]));
        Assert.Equal("/seeds/日本/記事.txt", files[2].FullPath);
    }

    [Fact]
    public void A_path_UTF_8_cannot_carry_keeps_every_path_exactly()
    {
        string[] paths = ["a.txt", "lone-\uD800-surrogate.txt", "b.txt"];

        var files = SeedFileList.Pack("/seeds", paths);

        Assert.Equal(paths, files.Select(f => f.RelativePath));
    }

    [Fact]
    public void No_paths_make_an_empty_list()
    {
        Assert.Empty(SeedFileList.Pack("/seeds", []));
    }
}
