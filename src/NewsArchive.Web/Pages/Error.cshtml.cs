using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IOptions<RequestLimitOptions> limits) : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "The server could not answer this request. It has been logged; please try again.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        if (code == StatusCodes.Status404NotFound)
        {
            Heading = "Page not found";
            Explanation = "There is no page at this address. The article may have been removed, or the link is mistyped.";
        }
        else if (code == StatusCodes.Status429TooManyRequests)
        {
            Heading = "Too many attempts";
            Explanation = "There were too many sign-in attempts from your address. Wait a minute, then try again.";
        }
        else if (code == StatusCodes.Status503ServiceUnavailable && RequestLimitOptions.TimedOut(HttpContext))
        {
            Heading = "This took too long";
            Explanation = RequestLimitsExtensions.TimeoutExplanation(limits.Value);
        }
        else if (code is >= 400 and < 500)
        {
            Heading = "This request could not be answered";
            Explanation = $"The server refused it (status {code}).";
        }
    }
}
