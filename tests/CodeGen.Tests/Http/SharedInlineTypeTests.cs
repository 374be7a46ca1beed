using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;
using SS = CodeGen.Tests.SharedShapes;

namespace CodeGen.Tests.Http;

/// <summary>
/// Inline schemas two operations repeat share one type (Snapshots/Features/shared-inline-schemas.yaml): both
/// operations send and read it as each would its own copy.
/// </summary>
public sealed class SharedInlineTypeTests : IClassFixture<ServerFixture>
{
    private const string Items = """[{"title":"Crash","links":{"url":"https://x/1","html_url":"https://x/h/1"}}]""";

    private readonly RecordingServer _server;

    public SharedInlineTypeTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task Both_operations_send_the_shared_enum_and_read_the_shared_object()
    {
        _server.Reset(_ => new ScriptedResponse(200, Items));
        var client = new SS.SharedShapesClient(new HttpClient(), new SS.SharedShapesClientOptions { BaseAddress = _server.BaseAddress });

        var issues = await client.ListIssuesAsync(SS.Direction.Desc);
        var pulls = await client.ListPullsAsync(SS.Direction.Asc);

        Assert.Equal(new[] { "desc", "asc" }, _server.Requests.Select(r => r.Query["direction"]));
        foreach (var item in issues.Concat(pulls))
        {
            Assert.Equal("Crash", item.Title);
            Assert.Equal("https://x/1", item.Links!.Url);
            Assert.Equal("https://x/h/1", item.Links.HtmlUrl);
        }
    }

    [Fact]
    public void The_shared_object_writes_back_the_JSON_it_read()
    {
        var options = SS.Serialization.SharedShapesJsonResolver.Options;

        var items = JsonSerializer.Deserialize<System.Collections.Generic.List<SS.ListIssuesResponseItem>>(Items, options)!;

        Assert.Equal(Items, JsonSerializer.Serialize(items, options));
    }

    [Fact]
    public void The_slightly_different_copy_keeps_its_own_types()
    {
        Assert.Equal(new[] { "Asc", "Desc", "None" }, System.Enum.GetNames<SS.ListCommitsDirection>());
        Assert.NotEqual(typeof(SS.Links), typeof(SS.ListCommitsResponseItemLinks));
    }
}
