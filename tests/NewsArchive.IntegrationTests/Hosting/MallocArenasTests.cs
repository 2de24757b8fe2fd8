using NewsArchive.Hosting;

namespace NewsArchive.IntegrationTests.Hosting;

public sealed class MallocArenasTests
{
    [Fact]
    public void The_arena_cap_is_set_on_this_glibc_Linux_machine()
    {
        // The hosts call it first thing; if the P/Invoke could not find mallopt, it would quietly do nothing.
        Assert.True(MallocArenas.Limit());
    }
}
