namespace NewsArchive.Web.Admin;

/// <summary>Paging of the admin's long lists (a run's files, missing articles): a page number always in range.</summary>
public static class AdminPaging
{
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The page asked for, brought into 1..last (a bad or too large number shows the nearest page).</summary>
    public static int Clamp(int page, int total, int pageSize) => Math.Clamp(page, 1, PageCount(total, pageSize));
}
