namespace CodeGen.Emit;

/// <summary>
/// The client's response side: success bodies parsed as they stream within the size limit, error bodies read up to
/// a small prefix, and every credential redacted from what a server may echo before it reaches an exception.
/// Placeholders: <c>{Client}</c>, <c>{Exception}</c>, <c>{Options}</c>, <c>{Redactions}</c> and <c>{ReaderTransfers}</c>, filled by <see cref="ClientEmitter"/>.
/// </summary>
internal static class ResponseReadingTemplate
{
    public const string Text = """
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
        var message = Redact(exception.Message, response);
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

/// <summary>
/// Reads one call's response for its operation: the success body, or the exception for another status. What it gives
/// is awaited without resuming on the caller's context, as every await of the client is.
/// </summary>
private readonly struct ResponseReader(
    {Client} client,
    global::System.Net.Http.HttpResponseMessage response,
    string operation,
    global::System.Threading.CancellationToken cancellationToken)
{
    public global::System.Runtime.CompilerServices.ConfiguredTaskAwaitable<T> Body<T>(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> contract) =>
        client.ReadAsync(response, contract, operation, cancellationToken).ConfigureAwait(false);

    /// <summary>The exception for a status whose body the spec declares, with that body when it parses.</summary>
    public global::System.Runtime.CompilerServices.ConfiguredTaskAwaitable<{Exception}> Error<TError>(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> contract, string? description)
        where TError : class =>
        client.ErrorAsync(response, contract, operation, description, cancellationToken).ConfigureAwait(false);

    /// <summary>The exception for a status whose body the spec does not declare; <paramref name="description"/> is the spec's for the status.</summary>
    public global::System.Runtime.CompilerServices.ConfiguredTaskAwaitable<{Exception}> Error(string? description = null) =>
        client.ErrorAsync(response, operation, description, cancellationToken).ConfigureAwait(false);
{ReaderTransfers}}

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
    return (Redact(reader.ReadToEnd(), response), length > limit);
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

/// <summary>
/// The text with every credential blanked out, those <paramref name="response"/> was sent with included. A server may
/// echo what it was sent, and the exception must never carry a credential.
/// </summary>
private string Redact(string text, global::System.Net.Http.HttpResponseMessage response)
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
        headers[header.Key] = global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(header.Value, value => Redact(value, response)));
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
}
