using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsArchive.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Archive";
    public const string DefaultConnectionString = "Data Source=data/newsarchive.db";

    /// <summary>Registers the archive's DbContext on SQLite (connection string <c>ConnectionStrings:Archive</c>).</summary>
    public static IServiceCollection AddArchiveData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        return services.AddArchiveData(connectionString);
    }

    public static IServiceCollection AddArchiveData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<ArchiveDbContext>(options => Configure(options, connectionString));
        return services;
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
