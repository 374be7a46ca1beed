using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the types of bodies that are streams: <c>…FileUpload</c>, a file the caller sends, and <c>…Download</c>, a
/// binary response the caller reads. Each is emitted only for a spec that uses it.
/// </summary>
internal static class TransferTypesEmitter
{
    public static string EmitFileUpload(ApiModel api) => Emit(api, FileUploadTemplate.Replace("{FileUpload}", api.FileUploadName));

    public static string EmitDownload(ApiModel api) =>
        Emit(api, DownloadTemplate.Replace("{Download}", api.DownloadName).Replace("{Options}", api.OptionsName));

    private static string Emit(ApiModel api, string type)
    {
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        writer.Lines(type.Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute));

        return writer.ToString();
    }

    private const string FileUploadTemplate = """
/// <summary>
/// A file to send in a multipart request: its bytes, streamed as the request is sent and never buffered, with the
/// file name and media type the server is told. The stream stays yours to dispose.
/// </summary>
/// <remarks>
/// Each attempt of a call sends the stream from where it stood when this was made. A stream that cannot seek can be
/// sent only once: a retry after it was read fails with <see cref="global::System.InvalidOperationException"/>
/// rather than send what was left of it.
/// </remarks>
{GeneratedCode}
public sealed class {FileUpload}
{
    private readonly long _start;
    private int _sent;

    /// <summary>A file to send.</summary>
    /// <param name="content">The bytes, read from the stream's current position.</param>
    /// <param name="fileName">The file name the server is told.</param>
    /// <param name="contentType">The file's media type; when null, the one the spec gives the part, else application/octet-stream.</param>
    public {FileUpload}(global::System.IO.Stream content, string fileName, string? contentType = null)
    {
        global::System.ArgumentNullException.ThrowIfNull(content);
        global::System.ArgumentNullException.ThrowIfNull(fileName);
        Content = content;
        FileName = fileName;
        ContentType = contentType;
        _start = content.CanSeek ? content.Position : -1;
    }

    /// <summary>The bytes of the file.</summary>
    public global::System.IO.Stream Content { get; }

    /// <summary>The file name the server is told.</summary>
    public string FileName { get; }

    /// <summary>The file's media type, or null for the spec's.</summary>
    public string? ContentType { get; }

    /// <summary>The body of one attempt, sent as <see cref="ContentType"/> or else <paramref name="defaultContentType"/>.</summary>
    internal global::System.Net.Http.HttpContent CreateContent(string defaultContentType)
    {
        if (_start >= 0) Content.Position = _start;
        else if (global::System.Threading.Interlocked.Exchange(ref _sent, 1) == 1)
        {
            throw new global::System.InvalidOperationException($"The stream of {FileName} cannot seek, so it cannot be sent again once read; give a stream that can seek to allow retries.");
        }

        var content = new StreamBody(Content);
        content.Headers.ContentType = global::System.Net.Http.Headers.MediaTypeHeaderValue.Parse(ContentType ?? defaultContentType);
        return content;
    }

    /// <summary>Adds the file to a multipart body as the part <paramref name="name"/>.</summary>
    internal void AddTo(global::System.Net.Http.MultipartFormDataContent form, string name, string defaultContentType) =>
        // As browsers send a file name (the HTML standard's form encoding): a quote or a line break would end the header.
        form.Add(CreateContent(defaultContentType), name, FileName.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A"));

    /// <summary>The stream as a body: copied as it is sent, its length given when it can seek, and left open afterwards.</summary>
    private sealed class StreamBody(global::System.IO.Stream stream) : global::System.Net.Http.HttpContent
    {
        protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream target, global::System.Net.TransportContext? context) =>
            stream.CopyToAsync(target);

        protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream target, global::System.Net.TransportContext? context, global::System.Threading.CancellationToken cancellationToken) =>
            stream.CopyToAsync(target, cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = stream.CanSeek ? stream.Length - stream.Position : 0;
            return stream.CanSeek;
        }
    }
}
""";

    private const string DownloadTemplate = """
/// <summary>
/// A binary response body, read from the network as <see cref="Content"/> is read: never buffered whole, and not
/// limited by <see cref="{Options}.MaxResponseBodyBytes"/>, since you decide how much to read. Dispose it to close the
/// body and free its connection.
/// </summary>
{GeneratedCode}
public sealed class {Download} : global::System.IDisposable, global::System.IAsyncDisposable
{
    private readonly global::System.Net.Http.HttpResponseMessage _response;

    internal {Download}(global::System.Net.Http.HttpResponseMessage response, global::System.IO.Stream content)
    {
        _response = response;
        Content = content;
    }

    /// <summary>The body, as it arrives.</summary>
    public global::System.IO.Stream Content { get; }

    /// <summary>The body's media type, such as image/png, if the server gave one.</summary>
    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>The body's length in bytes, if the server gave it.</summary>
    public long? Length => _response.Content.Headers.ContentLength;

    /// <summary>The file name the server suggests in Content-Disposition, if any.</summary>
    public string? FileName => _response.Content.Headers.ContentDisposition is { } disposition
        ? disposition.FileNameStar ?? disposition.FileName?.Trim('"')
        : null;

    /// <summary>Closes the body and frees its connection.</summary>
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }

    /// <summary>Closes the body and frees its connection.</summary>
    public async global::System.Threading.Tasks.ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
    }
}
""";
}
