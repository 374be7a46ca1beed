using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits the retry policy of the spec's client.</summary>
internal static class RetryPolicyEmitter
{
    public static string Emit(ApiModel api)
    {
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        var body = Template.Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute).Replace("{Policy}", api.RetryPolicyName);
        writer.Lines(body);

        return writer.ToString();
    }

    private const string Template = """
/// <summary>When the client calls again after a failed attempt.</summary>
/// <remarks>
/// A 429 or 503 answer and a connection that could not be opened are retried: the server did not act on the request.
/// <c>Retry-After</c> (seconds or an HTTP date) is honoured; otherwise, and when it asks for no wait (zero, or a date
/// already past), the delay doubles from <see cref="BaseDelay"/> up to <see cref="MaxDelay"/>, with jitter. A 5xx answer or a timeout after the request was sent is retried only for
/// idempotent methods (GET, PUT, DELETE, …), unless <see cref="RetryServerErrorsOfNonIdempotentCalls"/> is set: a
/// POST may already have created what it asked for.
/// </remarks>
{GeneratedCode}
public sealed class {Policy}
{
    /// <summary>A policy that never retries: each call is one attempt.</summary>
    /// <remarks>Use it when a handler of the <c>HttpClient</c> retries, such as <c>AddStandardResilienceHandler()</c>: retries of both would multiply.</remarks>
    public static {Policy} None => new() { MaxAttempts = 1 };

    /// <summary>Attempts per call, the first included. Default: 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The delay before the first retry when the server gives no <c>Retry-After</c>. Default: 1 second.</summary>
    public global::System.TimeSpan BaseDelay { get; set; } = global::System.TimeSpan.FromSeconds(1);

    /// <summary>The longest delay computed by the backoff. Default: 30 seconds.</summary>
    public global::System.TimeSpan MaxDelay { get; set; } = global::System.TimeSpan.FromSeconds(30);

    /// <summary>No retry starts later than this after the call began. Default: 2 minutes.</summary>
    public global::System.TimeSpan TotalDeadline { get; set; } = global::System.TimeSpan.FromMinutes(2);

    /// <summary>The longest one attempt may take, measured with the options' time provider; null leaves it to <c>HttpClient.Timeout</c>.</summary>
    public global::System.TimeSpan? AttemptTimeout { get; set; }

    /// <summary>Also retry 5xx answers and timeouts of POST and PATCH calls. Default: false.</summary>
    public bool RetryServerErrorsOfNonIdempotentCalls { get; set; }
}
""";
}
