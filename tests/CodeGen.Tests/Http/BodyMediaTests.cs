using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Tests.Bodies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Xunit;

namespace CodeGen.Tests.Http;

/// <summary>
/// Bodies that are not JSON, on the wire: a multipart upload arrives as its parts, a stream and a string arrive as
/// sent with their media types, a binary response streams to the caller without being held whole, a text response
/// is a string, and a success body the spec does not describe is read and dropped.
/// </summary>
public sealed class BodyMediaTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public BodyMediaTests(ServerFixture fixture) => _server = fixture.Server;

    private BodiesClient Client(BodiesClientOptions? options = null) =>
        new(new HttpClient { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) }, options);

    [Fact]
    public async Task A_multipart_upload_arrives_as_its_parts_with_names_file_name_media_types_and_bytes()
    {
        _server.Reset(_ => new ScriptedResponse(201, """{"author":"ada"}"""));
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();

        var stored = await Client().UploadDocumentAsync(
            new BodiesFileUpload(new MemoryStream(bytes), "scan \"1\".pdf", "application/pdf"), "Übersicht", pages: 3,
            tags: new List<string> { "a", "b c" }, meta: new Meta { Author = "ada" });

        Assert.Equal("ada", stored.Author);
        var request = Assert.Single(_server.Requests);
        var parts = await PartsOf(request);
        Assert.Equal(new[] { "file", "title", "pages", "tags", "tags", "meta" }, parts.Select(p => p.Name));
        var file = parts[0];
        // Quotes escaped as browsers send them: a quote would end the header's value.
        Assert.Equal("scan %221%22.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(bytes, file.Bytes);
        Assert.Equal("Übersicht", Encoding.UTF8.GetString(parts[1].Bytes));
        Assert.StartsWith("text/plain", parts[1].ContentType);
        Assert.Equal("3", Encoding.UTF8.GetString(parts[2].Bytes));
        Assert.Equal(new[] { "a", "b c" }, parts.Where(p => p.Name == "tags").Select(p => Encoding.UTF8.GetString(p.Bytes)));
        Assert.StartsWith("application/json", parts[5].ContentType);
        Assert.Equal("""{"author":"ada"}""", Encoding.UTF8.GetString(parts[5].Bytes));
    }

    [Fact]
    public async Task Optional_parts_left_out_are_not_sent_and_a_file_without_a_media_type_is_octet_stream()
    {
        _server.Reset(_ => new ScriptedResponse(201, "{}"));

        await Client().UploadDocumentAsync(new BodiesFileUpload(new MemoryStream(new byte[] { 1, 2 }), "a.bin"), "t");

        var parts = await PartsOf(Assert.Single(_server.Requests));
        Assert.Equal(new[] { "file", "title" }, parts.Select(p => p.Name));
        Assert.Equal("application/octet-stream", parts[0].ContentType);
    }

    [Fact]
    public async Task A_required_part_left_null_is_refused_by_name_before_anything_is_sent()
    {
        _server.Reset(_ => new ScriptedResponse(201, "{}"));

        var missingFile = await Assert.ThrowsAsync<ArgumentNullException>(() => Client().UploadDocumentAsync(null!, "t"));
        var missingTitle = await Assert.ThrowsAsync<ArgumentNullException>(() =>
            Client().UploadDocumentAsync(new BodiesFileUpload(new MemoryStream(), "a.bin"), null!));

        Assert.Equal("file", missingFile.ParamName);
        Assert.Equal("title", missingTitle.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_json_part_that_breaks_its_schema_is_refused_before_anything_is_sent()
    {
        _server.Reset(_ => new ScriptedResponse(201, "{}"));

        var exception = await Assert.ThrowsAsync<BodiesValidationException>(() => Client().UploadDocumentAsync(
            new BodiesFileUpload(new MemoryStream(), "a.bin"), "t", meta: new Meta { Author = new string('a', 21) }));

        Assert.Contains("author", exception.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_binary_body_arrives_byte_for_byte_with_its_media_type_and_the_stream_stays_open()
    {
        _server.Reset(_ => new ScriptedResponse(204));
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        var stream = new MemoryStream(bytes);

        await Client().PutBlobAsync("logo", stream);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("image/png", request.Header("Content-Type"));
        Assert.Equal(bytes, request.BodyBytes);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task A_retried_call_sends_a_stream_that_can_seek_whole_again()
    {
        var attempts = 0;
        _server.Reset(_ => Interlocked.Increment(ref attempts) == 1 ? new ScriptedResponse(503) : new ScriptedResponse(204));
        var bytes = Encoding.ASCII.GetBytes("0123456789");
        var stream = new MemoryStream(bytes) { Position = 2 };

        await Client(new BodiesClientOptions { Retry = new BodiesRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(1) } }).PutBlobAsync("logo", stream);

        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, request => Assert.Equal("23456789", Encoding.ASCII.GetString(request.BodyBytes!)));
    }

    [Fact]
    public async Task A_retry_of_a_stream_that_cannot_seek_fails_rather_than_send_what_is_left()
    {
        _server.Reset(_ => new ScriptedResponse(503));
        var stream = new ForwardOnlyStream(new byte[] { 1, 2, 3 });

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Client(new BodiesClientOptions { Retry = new BodiesRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(1) } }).PutBlobAsync("logo", stream));

        Assert.Contains("cannot seek", exception.Message);
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.Single(_server.Requests).BodyBytes);
    }

    [Fact]
    public async Task A_text_body_is_sent_as_utf8_text_plain()
    {
        _server.Reset(_ => new ScriptedResponse(204));

        await Client().AddNoteAsync("Grüße\nfrom a note");

        var request = Assert.Single(_server.Requests);
        Assert.Equal("text/plain; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal("Grüße\nfrom a note", request.Body);
    }

    [Fact]
    public async Task A_binary_response_streams_to_the_caller_before_the_server_has_sent_it_all()
    {
        const int Chunk = 1024 * 1024;
        const int Chunks = 50;
        var firstChunkRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Reset(_ => new ScriptedResponse(200,
            Headers: new Dictionary<string, string>
            {
                ["Content-Type"] = "application/octet-stream",
                ["Content-Length"] = ((long)Chunk * Chunks).ToString(),
                ["Content-Disposition"] = "attachment; filename=\"big.bin\"",
            },
            WriteBody: async (body, cancellationToken) =>
            {
                var chunk = new byte[Chunk];
                await body.WriteAsync(chunk, cancellationToken);
                await body.FlushAsync(cancellationToken);
                // The rest only once the client has read the start: a client that buffered the body would never get here.
                await firstChunkRead.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
                for (var i = 1; i < Chunks; i++) await body.WriteAsync(chunk, cancellationToken);
            }));

        // A limit far below the body's length: it applies to bodies the client reads, not to a stream the caller reads.
        await using var download = await Client(new BodiesClientOptions { MaxResponseBodyBytes = 64 * 1024 }).GetBlobAsync("big");
        Assert.Equal("application/octet-stream", download.ContentType);
        Assert.Equal((long)Chunk * Chunks, download.Length);
        Assert.Equal("big.bin", download.FileName);

        var buffer = new byte[81920];
        long total = 0;
        while (total < Chunk)
        {
            var read = await download.Content.ReadAsync(buffer);
            Assert.NotEqual(0, read);
            total += read;
        }

        firstChunkRead.SetResult();
        int count;
        while ((count = await download.Content.ReadAsync(buffer)) > 0) total += count;
        Assert.Equal((long)Chunk * Chunks, total);
    }

    [Fact]
    public async Task A_binary_error_response_is_the_api_exception()
    {
        _server.Reset(_ => new ScriptedResponse(404, "no such blob"));

        var exception = await Assert.ThrowsAsync<BodiesApiException>(() => Client().GetBlobAsync("gone"));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal("no such blob", exception.ResponseBody);
    }

    [Fact]
    public async Task A_text_response_is_a_string_in_its_charset_within_the_size_limit()
    {
        _server.Reset(_ => new ScriptedResponse(200, WriteBody: (body, cancellationToken) =>
            body.WriteAsync(Encoding.Latin1.GetBytes("Café"), cancellationToken).AsTask(),
            Headers: new Dictionary<string, string> { ["Content-Type"] = "text/plain; charset=iso-8859-1" }));

        Assert.Equal("Café", await Client().GetZenAsync());

        _server.Reset(_ => new ScriptedResponse(200, new string('z', 2000), new Dictionary<string, string> { ["Content-Type"] = "text/plain" }));
        var exception = await Assert.ThrowsAsync<BodiesApiException>(() => Client(new BodiesClientOptions { MaxResponseBodyBytes = 1000 }).GetZenAsync());
        Assert.Contains("longer than 1000 bytes", exception.Message);
    }

    [Fact]
    public async Task A_success_body_the_spec_does_not_describe_is_read_to_its_end_and_dropped()
    {
        var client = Client(new BodiesClientOptions { MaxResponseBodyBytes = 64 * 1024 * 1024 });
        var written = 0;
        // Far more than the socket buffers hold: the server finishes writing only if the client reads it all.
        _server.Reset(_ => new ScriptedResponse(200, WriteBody: async (body, cancellationToken) =>
        {
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < 512; i++) await body.WriteAsync(chunk, cancellationToken);
            Interlocked.Increment(ref written);
        }));

        await client.PingAsync();
        Assert.Equal(1, Volatile.Read(ref written));
        await client.PingAsync();
        Assert.Equal(2, Volatile.Read(ref written));
    }

    private sealed record Part(string Name, string? FileName, string? ContentType, byte[] Bytes);

    /// <summary>The parts of a recorded multipart body, parsed as ASP.NET Core parses a form.</summary>
    private static async Task<List<Part>> PartsOf(RecordedRequest request)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.Header("Content-Type")).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(request.BodyBytes!));
        var parts = new List<Part>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var bytes = new MemoryStream();
            await section.Body.CopyToAsync(bytes);
            parts.Add(new Part(HeaderUtilities.RemoveQuotes(disposition.Name).Value!, disposition.FileName.HasValue ? HeaderUtilities.UnescapeAsQuotedString(disposition.FileName).Value : null,
                section.ContentType, bytes.ToArray()));
        }

        return parts;
    }

    /// <summary>A stream that can be read once, front to back, as from a socket.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
