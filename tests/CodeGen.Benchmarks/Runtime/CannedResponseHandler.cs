using System.Net;
using System.Net.Http.Headers;

namespace CodeGen.Benchmarks.Runtime;

/// <summary>
/// An in-memory vendor: reads the whole request body, as a server would, and answers 200 with a canned JSON body.
/// Every client under test goes through the same instance, so the transport costs the same for all of them.
/// </summary>
internal sealed class CannedResponseHandler(byte[] responseBody) : HttpMessageHandler
{
    /// <summary>When set, the next request body is kept in <see cref="LastRequestBody"/> for checking.</summary>
    public bool CaptureRequests { get; set; }

    public byte[]? LastRequestBody { get; private set; }

    public Uri? LastRequestUri { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (CaptureRequests)
        {
            LastRequestUri = request.RequestUri;
            LastRequestBody = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        else if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        var content = new ByteArrayContent(responseBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
