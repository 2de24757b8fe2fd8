using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>The latest preview (dry run). A preview writes nothing to the database, so its report lives here.</summary>
public sealed class PreviewStore
{
    private volatile ImportRun? _latest;

    public ImportRun? Latest
    {
        get => _latest;
        set => _latest = value;
    }
}
