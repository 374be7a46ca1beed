using System;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;
using EV = CodeGen.Tests.Evolving;

namespace CodeGen.Tests.Http;

/// <summary>
/// A task fetched from a server newer than the client, changed and put back: the server receives the enum values and
/// properties this version does not know exactly as it sent them.
/// </summary>
public sealed class ReadModifyWriteTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public ReadModifyWriteTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task Unknown_values_and_properties_reach_the_server_unchanged()
    {
        const string stored = """{"title":"draft","priority":"urgent-ish","stage":"12","weight":45,"labels":["low","someday"],"owner":{"name":"ann","team":{"id":7}},"checklist":[{"done":true},"x",null]}""";
        _server.Reset(request => new ScriptedResponse(200, request.Method == "GET" ? stored : request.Body));
        var client = new EV.EvolvingClient(new HttpClient(), new EV.EvolvingClientOptions { BaseAddress = _server.BaseAddress });

        var task = await client.GetTaskAsync("t-1");
        task.Title = "final";
        await client.ReplaceTaskAsync("t-1", task);

        var put = _server.Requests[1];
        Assert.Equal("PUT", put.Method);
        Assert.Equal(stored.Replace("\"draft\"", "\"final\"", StringComparison.Ordinal), put.Body);
    }
}
