using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Admin;
using NewsArchive.Data;

namespace NewsArchive.Cli;

/// <summary>
/// <c>set-password [--db X] [--password P]</c>: stores the hash of a new admin password in the database. Without
/// <c>--password</c> the password is read from the first line of standard input (typed unseen at a terminal).
/// </summary>
public static class SetPasswordCommand
{
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var db = CliApp.DatabaseOption();
        var password = new Option<string>("--password")
        {
            Description = "The new password (at least 8 characters). Without it the password is read from standard input, typed unseen at a terminal.",
        };
        var command = new Command("set-password", """
            Store the hash of a new admin password in the database (PBKDF2; the password itself is kept nowhere).
            An Admin:PasswordHash in the web app's configuration, when set, takes precedence.
            Exit codes: 0 changed, 1 the password was refused (too short), 2 bad usage.
            """) { db, password };
        command.SetAction((result, _) => RunAsync(result.GetValue(db)!, result.GetValue(password), console));
        return command;
    }

    public static async Task<int> RunAsync(string database, string? password, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        password ??= await ReadPasswordAsync(console);
        if (AdminPasswordHasher.Problem(password) is { } problem)
        {
            await console.Error.WriteLineAsync($"error: {problem} Nothing was changed.");
            return CliApp.Failed;
        }
        await using var services = ImportCommand.BuildServices(database, LogLevel.Warning);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db);
        await new AdminPasswordStore(db).SetAsync(password!);
        await console.Out.WriteLineAsync($"The password of '{AdminAccount.UserName}' was changed. "
            + "(An Admin:PasswordHash in the web app's configuration, when set, takes precedence.)");
        return CliApp.Ok;
    }

    private static async Task<string?> ReadPasswordAsync(CliConsole console)
    {
        var stdin = console.In;
        var stderr = console.Error;
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
