using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the typed HTTP client of a spec: its constructor, the helpers every operation shares, and one method per
/// operation (see <see cref="OperationEmitter"/>). The client depends on <c>HttpClient</c> and System.Text.Json only.
/// </summary>
internal static class ClientEmitter
{
    private const string Http = "global::System.Net.Http.";
    private const string Json = "global::System.Text.Json.";

    public static string Emit(ApiModel api, HostingSupport hosting)
    {
        var types = new TypeSyntax(api);
        var contracts = new BodyContracts(api, types);
        var operations = new OperationEmitter(api, types, contracts);
        var batches = new BatchOperationEmitter(api, types);
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.Namespace))
        {
            Text.WriteDocComment(writer, $"Calls {api.Title}{(api.Version is null ? "" : " " + api.Version)}: one method per operation of the spec.",
                (api.Description is null ? "" : api.Description.Trim() + "\n\n") +
                $"Safe to share between threads. Settings come from {api.OptionsName}; a non-success response throws {api.ExceptionName}.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed partial class {api.ClientName}"))
            {
                WriteConstructor(writer, api);
                foreach (var operation in api.Operations)
                {
                    writer.Line();
                    operations.Write(writer, operation);
                    if (operation.Batch is { } batch && operation.RequestBody is { Kind: TypeKind.Object })
                    {
                        writer.Line();
                        batches.Write(writer, operation, batch);
                    }
                }

                writer.Line();
                ClientTransportEmitter.Write(writer, api, hosting.HasRateLimiting);
                writer.Line();
                WriteHelpers(writer, api);
                writer.Line();
                WriteContracts(writer, api, types, contracts);
            }
        }

        return writer.ToString();
    }

    private static void WriteConstructor(CodeWriter writer, ApiModel api)
    {
        writer.Line($"private readonly {Http}HttpClient _httpClient;");
        writer.Line($"private readonly {api.OptionsName} _options;");
        writer.Line("private readonly string _baseUrl;");
        writer.Line();
        writer.Line($"/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        writer.Line("/// <param name=\"httpClient\">The client to send with; its <c>BaseAddress</c> is used when the options set none.</param>");
        writer.Line("/// <param name=\"options\">Credentials and server settings; the defaults when null.</param>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">No server address is known.</exception>");
        using (writer.Block($"public {api.ClientName}({Http}HttpClient httpClient, {api.OptionsName}? options = null)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
            writer.Line("_httpClient = httpClient;");
            writer.Line($"_options = options ?? new {api.OptionsName}();");
            writer.Line("var address = _options.BaseAddress ?? httpClient.BaseAddress ?? _options.ResolveServerAddress()");
            writer.Indent().Line($"?? throw new global::System.InvalidOperationException(\"{api.ClientName} needs a server address: set {api.OptionsName}.BaseAddress or HttpClient.BaseAddress.\");").Outdent();
            writer.Line("_baseUrl = address.AbsoluteUri.TrimEnd('/');");
        }
    }

    private static void WriteHelpers(CodeWriter writer, ApiModel api)
    {
        var body = Helpers
            .Replace("{PathSegment}", HasPathParameters(api) ? PathSegment : "")
            .Replace("{HeaderValue}", SendsHeaderParameters(api) ? HeaderValue : "")
            .Replace("{BasicToken}", HasBasic(api) ? BasicToken : "")
            .Replace("{Exception}", api.ExceptionName)
            .Replace("{Options}", api.OptionsName)
            .Replace("{Redactions}", Redactions(api));
        writer.Lines(body);
    }

    private static bool HasPathParameters(ApiModel api) =>
        api.Operations.SelectMany(operation => operation.Parameters).Any(parameter => parameter.Location == ParameterLocation.Path);

    /// <summary>Some operation sends a header or cookie parameter the caller gives.</summary>
    private static bool SendsHeaderParameters(ApiModel api) =>
        api.Operations.SelectMany(operation => operation.Parameters)
            .Any(parameter => parameter.ConstantValue is null && parameter.Location is ParameterLocation.Header or ParameterLocation.Cookie);

    private static bool HasBasic(ApiModel api) => api.SecuritySchemes.Any(scheme => scheme.Kind == SecuritySchemeKind.Basic);

    /// <summary>The statements that blank out every credential in a text, in the forms the client sends it.</summary>
    private static string Redactions(ApiModel api)
    {
        var statements = new System.Text.StringBuilder();
        foreach (var scheme in api.SecuritySchemes)
        {
            statements.Append($"    text = RedactSecret(text, _options.{scheme.SecretSetting});\n");
            if (scheme.Kind == SecuritySchemeKind.Basic)
            {
                statements.Append($"    text = RedactSecret(text, string.IsNullOrEmpty(_options.{scheme.SecretSetting}) ? null : BasicToken(_options.{scheme.IdentitySetting}, _options.{scheme.SecretSetting}));\n");
            }
        }

        return statements.ToString().TrimEnd('\n');
    }

    private static void WriteContracts(CodeWriter writer, ApiModel api, TypeSyntax types, BodyContracts contracts)
    {
        writer.Line("/// <summary>The JSON contracts of the bodies, resolved once.</summary>");
        using (writer.Block("private static class Contracts"))
        {
            foreach (var (field, type) in contracts.All)
            {
                var typeName = types.TypeName(type);
                writer.Line($"public static readonly {Json}Serialization.Metadata.JsonTypeInfo<{typeName}> {field} =");
                writer.Indent().Line($"({Json}Serialization.Metadata.JsonTypeInfo<{typeName}>)global::{api.SerializationNamespace}.{api.ApiName}JsonResolver.Options.GetTypeInfo(typeof({typeName}));").Outdent();
            }
        }
    }

    private const string Helpers = """
private static void AppendQuery(global::System.Text.StringBuilder url, ref bool hasQuery, string name, string value)
{
    url.Append(hasQuery ? '&' : '?').Append(global::System.Uri.EscapeDataString(name)).Append('=').Append(global::System.Uri.EscapeDataString(value));
    hasQuery = true;
}
{PathSegment}{HeaderValue}
/// <summary>A credential as it is sent, refused when it holds CR, LF or NUL (a line break read with it from a file, or an attempt to add headers).</summary>
private static string Credential(string? value, string setting) =>
    BreaksHeader(value)
        ? throw new global::System.InvalidOperationException($"{setting} contains a CR, LF or NUL character, which cannot be sent; nothing was sent.")
        : value!;

/// <summary>CR and LF end a header line and NUL ends it early: a value holding one could add headers of its own.</summary>
private static bool BreaksHeader(string? value) => global::System.MemoryExtensions.IndexOfAny(global::System.MemoryExtensions.AsSpan(value), '\r', '\n', '\0') >= 0;
{BasicToken}
private static global::System.InvalidOperationException MissingCredentials(string operation, string settings) =>
    new global::System.InvalidOperationException($"{operation} needs credentials: set {settings} on the client options.");

/// <summary>
/// Reads a success body as it streams, without a copy (so a body that fails to parse is not kept), and stops after
/// <see cref="{Options}.MaxResponseBodyBytes"/>.
/// </summary>
private async global::System.Threading.Tasks.Task<T> ReadAsync<T>(
    global::System.Net.Http.HttpResponseMessage response,
    global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> contract,
    string operation,
    global::System.Threading.CancellationToken cancellationToken)
{
    var status = (int)response.StatusCode;
    var limit = _options.MaxResponseBodyBytes;
    using var body = new LimitedStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), limit);
    global::System.Text.Json.JsonException failure;
    try
    {
        var value = await global::System.Text.Json.JsonSerializer.DeserializeAsync(body, contract, cancellationToken).ConfigureAwait(false);
        if (value is not null) return value;
        failure = new global::System.Text.Json.JsonException("The body is null.");
    }
    catch (global::System.Text.Json.JsonException exception)
    {
        // The parser may quote a value it could not read, and that value may be an echoed credential.
        var message = Redact(exception.Message);
        failure = message == exception.Message ? exception : new global::System.Text.Json.JsonException(message, exception.Path, exception.LineNumber, exception.BytePositionInLine);
    }
    catch (global::System.IO.IOException exception) when (body.Exceeded)
    {
        throw Failure(response, operation,
            $"{operation}: the HTTP {status} response body is longer than {limit} bytes ({Options}.MaxResponseBodyBytes); it was not read further.",
            inner: exception);
    }

    throw Failure(response, operation, $"{operation}: the HTTP {status} response could not be read as {typeof(T).Name}: {failure.Message}", inner: failure);
}

private async global::System.Threading.Tasks.Task<{Exception}> ErrorAsync<TError>(
    global::System.Net.Http.HttpResponseMessage response,
    global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> contract,
    string operation,
    string? description,
    global::System.Threading.CancellationToken cancellationToken)
    where TError : class
{
    var (body, truncated) = await ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
    var message = Message(operation, (int)response.StatusCode, description, body, truncated);
    // Only a whole body is parsed: the start of a longer one is not valid JSON.
    if (!truncated)
    {
        try
        {
            if (global::System.Text.Json.JsonSerializer.Deserialize(body, contract) is { } error)
            {
                return new {Exception}<TError>(message, operation, (int)response.StatusCode, body, HeadersOf(response), response.Headers.RetryAfter, error);
            }
        }
        catch (global::System.Text.Json.JsonException exception)
        {
            return Failure(response, operation, message + $" The body is not the {typeof(TError).Name} the spec declares: {exception.Message}", body, inner: exception);
        }
    }

    return Failure(response, operation, message, body, truncated);
}

private async global::System.Threading.Tasks.Task<{Exception}> ErrorAsync(
    global::System.Net.Http.HttpResponseMessage response,
    string operation,
    string? description,
    global::System.Threading.CancellationToken cancellationToken)
{
    var (body, truncated) = await ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
    return Failure(response, operation, Message(operation, (int)response.StatusCode, description, body, truncated), body, truncated);
}

/// <summary>The exception for a response. <paramref name="message"/> and <paramref name="body"/> are already redacted; the headers are redacted here.</summary>
private {Exception} Failure(
    global::System.Net.Http.HttpResponseMessage response,
    string operation,
    string message,
    string? body = null,
    bool truncated = false,
    global::System.Exception? inner = null) =>
    new(message, operation, (int)response.StatusCode, body, HeadersOf(response), response.Headers.RetryAfter, inner) { ResponseBodyTruncated = truncated };

/// <summary>The most bytes of an error body read and kept: <see cref="{Exception}.ResponseBodyLimit"/>, or less when the options allow less.</summary>
private int ErrorBodyLimit => (int)global::System.Math.Clamp(_options.MaxResponseBodyBytes, 0, {Exception}.ResponseBodyLimit);

/// <summary>
/// The start of an error body, redacted: at most <see cref="ErrorBodyLimit"/> bytes are read, so a huge or endless
/// body costs neither memory nor time. <c>Truncated</c> says there was more.
/// </summary>
private async global::System.Threading.Tasks.Task<(string Body, bool Truncated)> ReadErrorBodyAsync(
    global::System.Net.Http.HttpResponseMessage response,
    global::System.Threading.CancellationToken cancellationToken)
{
    var limit = ErrorBodyLimit;
    var buffer = new byte[limit + 1];
    int length;
    using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
    {
        length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
    }

    using var reader = new global::System.IO.StreamReader(new global::System.IO.MemoryStream(buffer, 0, global::System.Math.Min(length, limit)), EncodingOf(response));
    return (Redact(reader.ReadToEnd()), length > limit);
}

/// <summary>The charset the response declares, else UTF-8; a byte order mark wins over both.</summary>
private static global::System.Text.Encoding EncodingOf(global::System.Net.Http.HttpResponseMessage response)
{
    try
    {
        return response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset
            ? global::System.Text.Encoding.GetEncoding(charset.Trim('"'))
            : global::System.Text.Encoding.UTF8;
    }
    catch (global::System.ArgumentException)
    {
        return global::System.Text.Encoding.UTF8;
    }
}

/// <summary>The exception message: what failed and the start of the (redacted) body, cut to 500 characters.</summary>
private string Message(string operation, int status, string? description, string body, bool truncated)
{
    const int MaxBodyInMessage = 500;
    var text = $"{operation} failed with HTTP {status}{(description is null ? "" : " (" + description + ")")}.";
    if (truncated) text += $" The body is longer than {ErrorBodyLimit} bytes; ResponseBody holds only its start.";
    if (body.Length > 0) text += " Response: " + (body.Length > MaxBodyInMessage ? body.Substring(0, MaxBodyInMessage) + "…" : body);
    return text;
}

/// <summary>The text with every credential blanked out. A server may echo what it was sent, and the exception must never carry a credential.</summary>
private string Redact(string text)
{
{Redactions}
    return text;
}

/// <summary>
/// Blanks out <paramref name="secret"/> in each form a server may echo it, character by character: as sent,
/// percent-encoded (hex in either case, "+" for a space) or JSON-escaped ("\uXXXX" in either case, "\/", "\"" …).
/// </summary>
private static string RedactSecret(string text, string? secret)
{
    if (string.IsNullOrEmpty(secret)) return text;
    var pattern = new global::System.Text.StringBuilder();
    for (var i = 0; i < secret.Length;)
    {
        global::System.Text.Rune.DecodeFromUtf16(global::System.MemoryExtensions.AsSpan(secret, i), out var rune, out var length);
        var character = secret.Substring(i, length);
        i += length;
        var utf8 = new byte[rune.Utf8SequenceLength];
        rune.EncodeToUtf8(utf8);
        // The longer forms first, so "%25" is taken whole rather than as a "%" that is the character itself.
        var forms = new global::System.Collections.Generic.List<string>
        {
            "(?i:" + string.Concat(global::System.Linq.Enumerable.Select(utf8, part => "%" + part.ToString("X2"))) + ")",
            "(?i:" + string.Concat(global::System.Linq.Enumerable.Select(character, unit => @"\\u" + ((int)unit).ToString("X4"))) + ")",
        };
        var shortEscape = character.Length == 1 ? "\"\\/\b\f\n\r\t".IndexOf(character[0]) : -1;
        if (shortEscape >= 0) forms.Add(@"\\" + global::System.Text.RegularExpressions.Regex.Escape("\"\\/bfnrt"[shortEscape].ToString()));
        if (character == " ") forms.Add(@"\+");
        forms.Add(global::System.Text.RegularExpressions.Regex.Escape(character));
        pattern.Append("(?:").Append(string.Join("|", forms)).Append(')');
    }

    return global::System.Text.RegularExpressions.Regex.Replace(text, pattern.ToString(), "***", global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}

/// <summary>The response and content headers, by case-insensitive name, redacted.</summary>
private global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> HeadersOf(global::System.Net.Http.HttpResponseMessage response)
{
    var headers = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
    foreach (var header in global::System.Linq.Enumerable.Concat(response.Headers, response.Content.Headers))
    {
        headers[header.Key] = global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(header.Value, Redact));
    }

    return headers;
}

/// <summary>A read-only view of a response body that fails once it has given more than <c>limit</c> bytes.</summary>
private sealed class LimitedStream(global::System.IO.Stream inner, long limit) : global::System.IO.Stream
{
    private long _read;

    /// <summary>More than the limit arrived: the read that saw it threw.</summary>
    public bool Exceeded => _read > limit;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new global::System.NotSupportedException();

    public override long Position { get => _read; set => throw new global::System.NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, Room(count)));

    public override async global::System.Threading.Tasks.ValueTask<int> ReadAsync(global::System.Memory<byte> buffer, global::System.Threading.CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer.Slice(0, Room(buffer.Length)), cancellationToken).ConfigureAwait(false));

    public override global::System.Threading.Tasks.Task<int> ReadAsync(byte[] buffer, int offset, int count, global::System.Threading.CancellationToken cancellationToken) =>
        ReadAsync(new global::System.Memory<byte>(buffer, offset, count), cancellationToken).AsTask();

    public override void Flush() { }

    public override long Seek(long offset, global::System.IO.SeekOrigin origin) => throw new global::System.NotSupportedException();

    public override void SetLength(long value) => throw new global::System.NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new global::System.NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Asks for no more than one byte past the limit, so an endless body is never read beyond it.</summary>
    private int Room(int count) => limit - _read < count ? (int)global::System.Math.Max(0, limit - _read) + 1 : count;

    private int Counted(int read)
    {
        _read += read;
        return Exceeded ? throw new global::System.IO.IOException($"The response body is longer than {limit} bytes.") : read;
    }
}
""";

    private const string PathSegment = """

/// <summary>
/// A path parameter's value as one escaped segment. Empty, "." and ".." are refused: escaped or not, a server reads
/// them as no segment, this one or the parent one (RFC 3986, 6.2.2.2 and 5.2.4), so the call would go to another path.
/// </summary>
private static string PathSegment(string value, string parameter) =>
    value is "" or "." or ".."
        ? throw new global::System.ArgumentException($"The path parameter {parameter} may not be empty, \".\" or \"..\": the call would go to another path.", parameter)
        : global::System.Uri.EscapeDataString(value);

""";

    private const string HeaderValue = """

/// <summary>A header or cookie parameter's value, refused when it holds CR, LF or NUL: it could add headers of its own.</summary>
private static string HeaderValue(string value, string parameter) =>
    BreaksHeader(value)
        ? throw new global::System.ArgumentException($"The value of {parameter} contains a CR, LF or NUL character, which cannot be sent in a header; nothing was sent.", parameter)
        : value;

""";

    private const string BasicToken = """

/// <summary>The token of HTTP Basic: the user name and password, joined by a colon, in UTF-8 and base64.</summary>
private static string BasicToken(string? userName, string? password) =>
    global::System.Convert.ToBase64String(global::System.Text.Encoding.UTF8.GetBytes(userName + ":" + password));

""";
}
