using System.CommandLine;

namespace Hub.Api.Commands;

/// <summary><c>probe</c>: whether a running Hub answers, for a container's health check (the
/// runtime image has no curl). It builds no host and reads no setting: it only asks.</summary>
internal sealed class ProbeCommand : Command
{
    public const string DefaultUrl = "http://127.0.0.1:8080/health/live";

    private readonly Argument<string> _url = new("url")
    {
        Description = $"The address to ask (default {DefaultUrl}).",
        DefaultValueFactory = _ => DefaultUrl,
    };

    public ProbeCommand()
        : base("probe", "Ask a running Hub whether it answers: exits with 0 on a success status, with 1 on anything else or no answer within 5 s.")
    {
        Arguments.Add(_url);
        Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValue(_url), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                result.AddError("The address must be an absolute http or https URL.");
            }
        });
        SetAction(async (parse, cancellationToken) =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await http.GetAsync(new Uri(parse.GetValue(_url)!), cancellationToken);
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Console.Error.WriteLineAsync($"No answer: {e.Message}");
                return 1;
            }
        });
    }
}
