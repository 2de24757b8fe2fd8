using Microsoft.Extensions.Options;
using NewsArchive.Admin;

namespace NewsArchive.Web.Admin;

/// <summary>
/// At start (after the migration): when no password hash is configured or stored, generates a password, keeps
/// its hash in the database and writes the password to the console, once: never to the log, whose files and sinks
/// outlive the moment and are read by others.
/// </summary>
internal sealed class AdminPasswordBootstrap(
    IServiceScopeFactory scopes, IOptions<AdminOptions> options, OperatorConsole console, ILogger<AdminPasswordBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.PasswordHash))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var password = await scope.ServiceProvider.GetRequiredService<AdminPasswordStore>().EnsureAsync(cancellationToken);
        if (password is not null)
        {
            console.WriteLine(PasswordLine(AdminAccount.UserName, password));
            AdminLog.PasswordGenerated(logger, AdminAccount.UserName);
        }
    }

    public static string PasswordLine(string user, string password) =>
        $"No admin password was configured, so one was generated. Sign in at /admin as '{user}' with the password {password}"
        + " — it is shown only this once, here and in no log file; change it with the CLI's set-password command.";

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
