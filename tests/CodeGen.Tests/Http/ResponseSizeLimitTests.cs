using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Xunit;
using HL = CodeGen.Tests.HighLevel;

namespace CodeGen.Tests.Http;

/// <summary>
/// A server that answers with a huge or endless body costs the client a bounded amount of memory and time: a success
/// body stops at the options' limit, an error body is read and kept only up to its documented prefix, and every
/// overrun is the API exception.
/// </summary>
public sealed class ResponseSizeLimitTests : IClassFixture<ServerFixture>
{
    /// <summary>However the client fails, a test ends within this.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly RecordingServer _server;

    public ResponseSizeLimitTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public void The_default_limit_is_16_MiB_and_an_error_body_keeps_64_KiB()
    {
        Assert.Equal(16 * 1024 * 1024, new HL.HighLevelClientOptions().MaxResponseBodyBytes);
        Assert.Equal(64 * 1024, HL.HighLevelApiException.ResponseBodyLimit);
    }

    [Fact]
    public async Task An_endless_success_body_stops_at_the_limit_with_the_api_exception()
    {
        _server.Reset(_ => new ScriptedResponse(201, WriteBody: Endless("""{"task":{"title":" """)));

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(() => CreateContactTask(new HL.HighLevelClientOptions { MaxResponseBodyBytes = 256 * 1024 }));

        Assert.Equal(201, exception.StatusCode);
        Assert.Equal("CreateContactTask", exception.Operation);
        Assert.Contains("CreateContactTask: the HTTP 201 response body is longer than 262144 bytes (HighLevelClientOptions.MaxResponseBodyBytes)", exception.Message);
        Assert.Null(exception.ResponseBody);
        Assert.IsAssignableFrom<IOException>(exception.InnerException);
    }

    [Fact]
    public async Task A_success_body_as_long_as_the_limit_is_read_and_one_a_byte_longer_is_not()
    {
        var body = SpecContract.For("highlevel.yaml").Responses("createContactTask")[0].Example!;
        var length = Encoding.UTF8.GetByteCount(body);
        _server.Reset(_ => new ScriptedResponse(201, body));

        var task = await CreateContactTask(new HL.HighLevelClientOptions { MaxResponseBodyBytes = length });
        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(() => CreateContactTask(new HL.HighLevelClientOptions { MaxResponseBodyBytes = length - 1 }));

        Assert.NotNull(task.Task);
        Assert.Contains($"longer than {length - 1} bytes", exception.Message);
    }

    [Fact]
    public async Task An_endless_error_body_keeps_only_its_first_64_KiB_and_is_not_parsed()
    {
        _server.Reset(_ => new ScriptedResponse(400, WriteBody: Endless("""{"statusCode":400,"message":" """)));

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(() => CreateContactTask(new HL.HighLevelClientOptions()));

        Assert.Equal(400, exception.StatusCode);
        Assert.True(exception.ResponseBodyTruncated);
        Assert.Equal(HL.HighLevelApiException.ResponseBodyLimit, exception.ResponseBody!.Length);
        Assert.StartsWith("""{"statusCode":400,"message":" aaa""", exception.ResponseBody);
        Assert.Null(exception.Error);
        Assert.StartsWith("CreateContactTask failed with HTTP 400 (Bad Request). The body is longer than 65536 bytes; ResponseBody holds only its start.", exception.Message);
        Assert.True(exception.Message.Length < 1000, exception.Message);
    }

    [Fact]
    public async Task A_200_MB_error_body_is_read_only_as_far_as_its_prefix()
    {
        const long Huge = 200L * 1024 * 1024;
        _server.Reset(_ => new ScriptedResponse(503, Headers: new Dictionary<string, string> { ["Content-Length"] = Huge.ToString() }, WriteBody: Sized(Huge)));
        var started = DateTime.UtcNow;

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(() => CreateContactTask(new HL.HighLevelClientOptions { Retry = HL.HighLevelRetryPolicy.None }));

        Assert.Equal(503, exception.StatusCode);
        Assert.True(exception.ResponseBodyTruncated);
        Assert.Equal(64 * 1024, exception.ResponseBody!.Length);
        Assert.Contains("CreateContactTask failed with HTTP 503. The body is longer than 65536 bytes", exception.Message);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the body was read whole");
    }

    [Fact]
    public async Task A_limit_below_64_KiB_bounds_error_bodies_too()
    {
        _server.Reset(_ => new ScriptedResponse(400, """{"statusCode":400,"message":" """ + new string('a', 5000) + "\"}"));

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(() => CreateContactTask(new HL.HighLevelClientOptions { MaxResponseBodyBytes = 1000 }));

        Assert.True(exception.ResponseBodyTruncated);
        Assert.Equal(1000, exception.ResponseBody!.Length);
        Assert.Contains("The body is longer than 1000 bytes", exception.Message);
    }

    private async Task<HL.TaskByIsSuccessfulResponseDto> CreateContactTask(HL.HighLevelClientOptions options)
    {
        options.BearerToken = VendorOperation.HighLevelToken;
        using var bound = new CancellationTokenSource(Bound);
        var client = new HL.HighLevelClient(new HttpClient { BaseAddress = _server.BaseAddress }, options);
        return await client.CreateContactTaskAsync("contact-1", VendorRequestValidationTests.HighLevelCreateTask(), bound.Token);
    }

    /// <summary>Writes <paramref name="start"/>, then 'a's until the client goes away.</summary>
    private static Func<Stream, CancellationToken, Task> Endless(string start) => async (body, cancellationToken) =>
    {
        await body.WriteAsync(Encoding.UTF8.GetBytes(start), cancellationToken);
        var chunk = Encoding.ASCII.GetBytes(new string('a', 16 * 1024));
        while (true) await body.WriteAsync(chunk, cancellationToken);
    };

    /// <summary>Writes <paramref name="length"/> bytes of 'x', or as many as the client takes.</summary>
    private static Func<Stream, CancellationToken, Task> Sized(long length) => async (body, cancellationToken) =>
    {
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        for (long written = 0; written < length; written += chunk.Length) await body.WriteAsync(chunk, cancellationToken);
    };
}
