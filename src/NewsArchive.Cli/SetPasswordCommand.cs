using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Admin;
using NewsArchive.Data;

namespace NewsArchive.Cli;

/// <summary>
/// <c>set-password [--db X] [--password P]</c>: stores the hash of a new admin password in the database. Without
/// <c>--password</c> the password is read from the first line of standard input (typed unseen at a terminal).
/// </summary>
public static class SetPasswordCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var options = CliOptions.Parse(args, "--db", "--password");
        if (options.Error is not null || options.Positional.Count != 0)
        {
            return await CliApp.UsageErrorAsync(stderr, options.Error ?? "set-password takes no positional arguments.");
        }
        var password = options.Get("--password") ?? await ReadPasswordAsync(stdin, stderr);
        if (AdminPasswordHasher.Problem(password) is { } problem)
        {
            await stderr.WriteLineAsync($"error: {problem} Nothing was changed.");
            return CliApp.Failed;
        }
        await using var services = ImportCommand.BuildServices(options.Get("--db") ?? DataServiceCollectionExtensions.DefaultConnectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db);
        await new AdminPasswordStore(db).SetAsync(password!);
        await stdout.WriteLineAsync($"The password of '{AdminAccount.UserName}' was changed. "
            + "(An Admin:PasswordHash in the web app's configuration, when set, takes precedence.)");
        return CliApp.Ok;
    }

    private static async Task<string?> ReadPasswordAsync(TextReader stdin, TextWriter stderr)
    {
        if (!ReferenceEquals(stdin, Console.In) || Console.IsInputRedirected)
        {
            return await stdin.ReadLineAsync();
        }
        await stderr.WriteAsync("New admin password: ");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        await stderr.WriteLineAsync();
        return typed.ToString();
    }
}
