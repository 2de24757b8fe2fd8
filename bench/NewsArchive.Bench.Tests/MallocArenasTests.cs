using NewsArchive.Hosting;

namespace NewsArchive.Bench.Tests;

public sealed class MallocArenasTests
{
    [Fact]
    public void The_arena_cap_is_set_on_this_glibc_Linux_machine()
    {
        // The source file is compiled into each host and the bench; tested here, where only one assembly holds it.
        // The hosts call it first thing; if the P/Invoke could not find mallopt, it would quietly do nothing.
        Assert.True(MallocArenas.Limit());
    }
}
