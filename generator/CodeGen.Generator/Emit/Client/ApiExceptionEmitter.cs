using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits the exception the client throws for a non-success response, and its generic form with the parsed error body.</summary>
internal static class ApiExceptionEmitter
{
    public static string Emit(ApiModel api)
    {
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        var body = Template
            .Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute)
            .Replace("{Exception}", api.ExceptionName)
            .Replace("{Title}", Text.XmlInline(api.Title));
        writer.Lines(body);

        return writer.ToString();
    }

    private const string Template = """
/// <summary>
/// {Title} answered with a status the operation does not succeed with (one other than 2xx), or with a body that could
/// not be read or was over the size limit.
/// </summary>
/// <remarks>
/// Catch <see cref="{Exception}{TError}"/> to get the error body the spec declares for the status. Nothing it holds
/// (message, body, headers, parsed error) carries the client's credentials: a server that echoes them is redacted.
/// </remarks>
{GeneratedCode}
public class {Exception} : global::System.Exception
{
    /// <summary>The most bytes of an error body the client reads and keeps in <see cref="ResponseBody"/>: 64 KiB.</summary>
    public const int ResponseBodyLimit = 64 * 1024;

    /// <summary>Creates the exception for a response that was received.</summary>
    public {Exception}(
        string message,
        string operation,
        int statusCode,
        string? responseBody,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
        global::System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter,
        global::System.Exception? innerException = null)
        : base(message, innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ResponseBody = responseBody;
        Headers = headers;
        RetryAfter = retryAfter;
    }

    /// <summary>The operation that was called, by its <c>operationId</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>
    /// The error body as received, with credentials blanked out: at most <see cref="ResponseBodyLimit"/> bytes of it
    /// (see <see cref="ResponseBodyTruncated"/>). Null for a success body, which is parsed as it streams and not kept.
    /// </summary>
    public string? ResponseBody { get; }

    /// <summary>The body was longer than <see cref="ResponseBody"/>, which holds only its start; it was not parsed.</summary>
    public bool ResponseBodyTruncated { get; init; }

    /// <summary>The response and content headers, by case-insensitive name, with credentials blanked out.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

    /// <summary>The <c>Retry-After</c> header (seconds or an HTTP date), when the server sent one.</summary>
    public global::System.Net.Http.Headers.RetryConditionHeaderValue? RetryAfter { get; }

    /// <summary>The parsed error body, when the spec declares one for this status and the body matched it.</summary>
    public object? Error => ErrorValue;

    /// <summary>The parsed error body, for <see cref="Error"/>.</summary>
    protected virtual object? ErrorValue => null;
}

/// <summary>A <see cref="{Exception}"/> whose body was parsed as the error model the spec declares for the status.</summary>
/// <typeparam name="TError">The error model.</typeparam>
{GeneratedCode}
public sealed class {Exception}<TError> : {Exception}
    where TError : class
{
    /// <summary>Creates the exception with the parsed error body.</summary>
    public {Exception}(
        string message,
        string operation,
        int statusCode,
        string? responseBody,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
        global::System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter,
        TError error)
        : base(message, operation, statusCode, responseBody, headers, retryAfter)
    {
        Error = error;
    }

    /// <summary>The parsed error body.</summary>
    public new TError Error { get; }

    /// <inheritdoc/>
    protected override object? ErrorValue => Error;
}
""";
}
