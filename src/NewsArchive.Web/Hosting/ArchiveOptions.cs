using System.ComponentModel.DataAnnotations;

namespace NewsArchive.Web.Hosting;

/// <summary>The <c>Archive</c> configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    /// <summary>The folder imported at first start and by the admin re-import; relative to the content root.</summary>
    [Required]
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Import the seeds folder when the database has no article.</summary>
    public bool ImportOnStartup { get; set; } = true;

    /// <summary>
    /// Rebuild, in the background, the stories of the articles stored without them (after a migration that forgot the
    /// story rows, or an import with the finder off) when the app starts; off: the next import places them.
    /// </summary>
    public bool RebuildStoriesOnStartup { get; set; } = true;
}
