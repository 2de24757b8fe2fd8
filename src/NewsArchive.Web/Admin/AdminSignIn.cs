using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using NewsArchive.Admin;

namespace NewsArchive.Web.Admin;

/// <summary>Checks the admin password: the configured hash when there is one, else the one in the database.</summary>
public sealed class AdminSignIn(IOptions<AdminOptions> options, AdminPasswordStore store)
{
    public async Task<bool> CheckAsync(string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }
        var hash = string.IsNullOrEmpty(options.Value.PasswordHash) ? await store.GetHashAsync(ct) : options.Value.PasswordHash;
        return hash is not null && AdminPasswordHasher.Verify(hash, password);
    }

    /// <summary>The claim that carries the session's stamp.</summary>
    public const string StampClaim = "newsarchive:stamp";

    /// <summary>The signed-in admin, with the stamp of this moment (<see cref="SessionStampAsync"/>).</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(CancellationToken ct)
    {
        await store.EnsureStampAsync(ct);
        return new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, AdminAccount.UserName), new Claim(StampClaim, await SessionStampAsync(ct))], CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>
    /// What a valid session's stamp is now: the stored stamp (renewed by a sign-out and by <c>set-password</c>) and
    /// a fingerprint of the password hash in force (so a new configured hash ends old sessions too).
    /// </summary>
    public async Task<string> SessionStampAsync(CancellationToken ct)
    {
        var hash = string.IsNullOrEmpty(options.Value.PasswordHash) ? await store.GetHashAsync(ct) ?? "" : options.Value.PasswordHash;
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(hash)).AsSpan(0, 8));
        return $"{await store.GetStampAsync(ct)}.{fingerprint}";
    }

    /// <summary>Ends every session (this one included) at its next request.</summary>
    public Task EndAllSessionsAsync(CancellationToken ct) => store.RenewStampAsync(ct);

    /// <summary>Cookie validation, on each request that carries the cookie: a session whose stamp is not current is signed out.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signIn = context.HttpContext.RequestServices.GetRequiredService<AdminSignIn>();
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        if (stamp is null || stamp != await signIn.SessionStampAsync(context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
