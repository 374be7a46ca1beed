using System.Linq;
using System.Text;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The client's helpers for success bodies that are not JSON, each written only where an operation needs it: a body
/// the spec gives no schema is drained, a text body read as a string within the size limit, a binary body handed to
/// the caller as a download.
/// </summary>
internal static class ResponseTransferTemplate
{
    public static string For(ApiModel api)
    {
        var results = api.Operations.Select(OperationResult.Of).Select(result => result.Kind).ToList();
        var text = new StringBuilder();
        if (results.Contains(ResultKind.None)) text.Append(Drain);
        if (results.Contains(ResultKind.Text)) text.Append(ReadText);
        if (results.Contains(ResultKind.Download)) text.Append(Download.Replace("{Download}", new TypeSyntax(api).ModelType(api.DownloadName)));
        return text.ToString();
    }

    /// <summary>The <c>ResponseReader</c>'s members for the success bodies that are not JSON, those some operation has.</summary>
    public static string ReaderMembers(ApiModel api)
    {
        var results = api.Operations.Select(OperationResult.Of).Select(result => result.Kind).ToList();
        var text = new StringBuilder();
        if (results.Contains(ResultKind.None)) text.Append(DrainMember);
        if (results.Contains(ResultKind.Text)) text.Append(ReadTextMember);
        return text.ToString();
    }

    private const string DrainMember = """

    public global::System.Runtime.CompilerServices.ConfiguredTaskAwaitable Drain() =>
        client.DrainAsync(response, cancellationToken).ConfigureAwait(false);

""";

    private const string ReadTextMember = """

    public global::System.Runtime.CompilerServices.ConfiguredTaskAwaitable<string> Text() =>
        client.ReadTextAsync(response, operation, cancellationToken).ConfigureAwait(false);

""";

    private const string Drain = """

/// <summary>
/// Reads and discards a success body the spec gives no schema for, so the connection is free for the next call; past
/// <see cref="{Options}.MaxResponseBodyBytes"/> it stops, and the connection is closed instead.
/// </summary>
private async global::System.Threading.Tasks.Task DrainAsync(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken)
{
    if (response.Content.Headers.ContentLength == 0) return;
    using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
    var buffer = new byte[4096];
    for (long read = 0; read <= _options.MaxResponseBodyBytes;)
    {
        var count = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (count == 0) return;
        read += count;
    }
}

""";

    private const string ReadText = """

/// <summary>Reads a text success body, in the charset the response declares (else UTF-8), and stops after <see cref="{Options}.MaxResponseBodyBytes"/>.</summary>
private async global::System.Threading.Tasks.Task<string> ReadTextAsync(global::System.Net.Http.HttpResponseMessage response, string operation, global::System.Threading.CancellationToken cancellationToken)
{
    var limit = _options.MaxResponseBodyBytes;
    using var body = new LimitedStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), limit);
    using var reader = new global::System.IO.StreamReader(body, EncodingOf(response));
    try
    {
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
    catch (global::System.IO.IOException exception) when (body.Exceeded)
    {
        throw Failure(response, operation,
            $"{operation}: the HTTP {(int)response.StatusCode} response body is longer than {limit} bytes ({Options}.MaxResponseBodyBytes); it was not read further.",
            inner: exception);
    }
}

""";

    private const string Download = """

/// <summary>Hands a binary success body to the caller as it streams in; the download owns the response from here.</summary>
private static async global::System.Threading.Tasks.Task<{Download}> DownloadAsync(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken) =>
    new(response, await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));

""";
}
