using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Xunit;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// The partial <c>OnRequest</c>/<c>OnResponse</c> methods of a generated client, implemented in this project for
/// <see cref="SH.SaleshandyClient"/> (<c>SaleshandyClientHooks.cs</c>), over real HTTP.
/// </summary>
public sealed class ClientHookTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public ClientHookTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task The_request_hook_adds_a_header_the_server_sees_and_the_response_hook_sees_each_status_of_each_attempt()
    {
        _server.Reset(_ => _server.Requests.Count == 1
            ? new ScriptedResponse(503, "busy", new Dictionary<string, string> { ["Retry-After"] = "0" })
            : new ScriptedResponse(200, """{"message":"ok"}"""));
        var log = new SH.ClientHookLog();

        await Client(log).CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask());

        Assert.Equal(new[] { "CreateTask-1", "CreateTask-2" }, _server.Requests.Select(r => r.Header(SH.ClientHookLog.CorrelationHeader)));
        Assert.Equal(new[] { ("CreateTask", 503), ("CreateTask", 200) }, log.Responses);
    }

    [Fact]
    public async Task The_response_hook_sees_an_error_status_before_the_api_exception_is_thrown()
    {
        _server.Reset(_ => new ScriptedResponse(400, """{"message":"bad"}"""));
        var log = new SH.ClientHookLog();

        var exception = await Assert.ThrowsAsync<SH.SaleshandyApiException>(() => Client(log).CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()));

        Assert.Equal(400, exception.StatusCode);
        Assert.Equal(("CreateTask", 400), Assert.Single(log.Responses));
    }

    [Fact]
    public async Task A_request_hook_that_throws_reaches_the_caller_and_nothing_is_sent()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"message":"ok"}"""));
        var log = new SH.ClientHookLog { RefuseNextRequest = true };

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => Client(log).CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()));

        Assert.Equal("refused by the request hook", exception.Message);
        Assert.Empty(_server.Requests);
        Assert.Empty(log.Responses);
    }

    [Fact]
    public async Task Without_the_hook_log_the_client_sends_no_extra_header()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"message":"ok"}"""));

        using var http = new HttpClient { BaseAddress = _server.BaseAddress };
        await VendorOperation.Saleshandy(http).CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask());

        Assert.Null(Assert.Single(_server.Requests).Header(SH.ClientHookLog.CorrelationHeader));
    }

    private SH.SaleshandyClient Client(SH.ClientHookLog log) => new(new HttpClient(), new SH.SaleshandyClientOptions
    {
        BaseAddress = _server.BaseAddress,
        ApiKey = VendorOperation.SaleshandyApiKey,
        Retry = new SH.SaleshandyRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(1) },
    }, log);
}
