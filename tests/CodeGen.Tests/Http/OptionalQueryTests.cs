using System.Net.Http;
using System.Threading.Tasks;
using Xunit;
using P = CodeGen.Tests.Parameters;

namespace CodeGen.Tests.Http;

/// <summary>An optional query value is sent in its wire form when given, and left out of the URL when null.</summary>
public sealed class OptionalQueryTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public OptionalQueryTests(ServerFixture fixture) => _server = fixture.Server;

    [Theory]
    [InlineData(true, 5, "?archived=true&limit=5")]
    [InlineData(false, null, "?archived=false")]
    [InlineData(null, 0, "?limit=0")]
    [InlineData(null, null, "")]
    public async Task Optional_boolean_and_integer_query_values_are_sent_only_when_given(bool? archived, int? limit, string query)
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"text":"note"}"""));
        var client = new P.ParametersClient(new HttpClient { BaseAddress = _server.BaseAddress }, new P.ParametersClientOptions { SessionKey = "sid-1" });

        await client.GetNoteAsync("item-1", 7, archived: archived, limit: limit);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/items/item-1/notes/7", request.Path);
        Assert.Equal(query, request.QueryString);
    }
}
