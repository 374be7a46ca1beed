using System.Text.RegularExpressions;

namespace GeneratedSample;

/// <summary>Prints each request and response the clients exchange, with credentials masked.</summary>
internal sealed partial class WireLog : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  -> {request.Method} {Mask(request.RequestUri!.PathAndQuery)}");
        foreach (var name in new[] { "Version", "Authorization", "x-api-key" })
        {
            if (request.Headers.TryGetValues(name, out var values)) Console.WriteLine($"     {name}: {(name == "Version" ? string.Join(",", values) : "***")}");
        }

        if (request.Content is not null) Console.WriteLine("     " + await request.Content.ReadAsStringAsync(cancellationToken));
        var response = await base.SendAsync(request, cancellationToken);
        Console.WriteLine($"  <- {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return response;
    }

    private static string Mask(string pathAndQuery) => KeyInQuery().Replace(pathAndQuery, "$1=***");

    [GeneratedRegex("(accessKey|secretKey)=[^&]*")]
    private static partial Regex KeyInQuery();
}
