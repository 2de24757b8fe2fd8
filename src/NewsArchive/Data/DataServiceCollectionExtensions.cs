using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsArchive.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Archive";
    public const string DefaultConnectionString = "Data Source=data/newsarchive.db";

    /// <summary>
    /// Registers the archive's DbContext on SQLite and <see cref="ArchiveDataOptions"/>, resolved once from the
    /// connection string <c>ConnectionStrings:Archive</c> (default <see cref="DefaultConnectionString"/>).
    /// </summary>
    public static IServiceCollection AddArchiveData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ArchiveDataOptions>().Configure<IConfiguration>((o, config) =>
            o.ConnectionString = NormaliseConnectionString(config.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString));
        return services.AddArchiveContext();
    }

    /// <summary>Registers the archive's DbContext on the database <paramref name="connectionString"/> (or a bare file path) names.</summary>
    public static IServiceCollection AddArchiveData(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        services.AddOptions<ArchiveDataOptions>().Configure(o => o.ConnectionString = NormaliseConnectionString(connectionString));
        return services.AddArchiveContext();
    }

    /// <summary>Options for a context outside DI (the CLI, tests).</summary>
    public static DbContextOptions<ArchiveDbContext> CreateOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<ArchiveDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    /// <summary>Accepts a bare file path as well as a connection string.</summary>
    public static string NormaliseConnectionString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains('=', StringComparison.Ordinal) ? value : new SqliteConnectionStringBuilder { DataSource = value }.ToString();
    }

    private static IServiceCollection AddArchiveContext(this IServiceCollection services) =>
        services.AddDbContext<ArchiveDbContext>((sp, options) =>
            Configure(options, sp.GetRequiredService<IOptions<ArchiveDataOptions>>().Value.ConnectionString));

    private static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(NormaliseConnectionString(connectionString))
        {
            DefaultTimeout = 30,
        };
        options.UseSqlite(builder.ToString())
            // Migrations are written by hand, without a model snapshot; a test compares the migrated schema with the model instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
