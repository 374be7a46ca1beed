using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;
using NT = CodeGen.Tests.NullableTwins;

namespace CodeGen.Tests.Http;

/// <summary>
/// A nullable copy of a component is the component's type, nullable (Snapshots/Features/nullable-component-twin.yaml):
/// a property the copy typed reads null and an object, and writes both back.
/// </summary>
public sealed class NullableComponentTwinTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public NullableComponentTwinTests(ServerFixture fixture) => _server = fixture.Server;

    [Theory]
    [InlineData("""{"title":"Crash","assignee":null}""")]
    [InlineData("""{"title":"Crash","assignee":{"login":"ada","home":{"city":"London"}},"author":{"login":"bob"}}""")]
    public void A_property_typed_by_the_copy_reads_null_and_an_object_and_writes_them_back(string json)
    {
        var options = NT.Serialization.NullableTwinsJsonResolver.Options;

        var issue = JsonSerializer.Deserialize<NT.Issue>(json, options)!;

        NT.User? assignee = issue.Assignee;
        Assert.Equal(json.Contains("ada"), assignee is not null);
        if (assignee is not null) Assert.Equal("London", assignee.Home!.City);
        Assert.Equal(json, JsonSerializer.Serialize(issue, options));
    }

    [Fact]
    public async Task A_response_typed_by_the_copy_reads_the_original_type()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"login":"ada"}"""));
        var client = new NT.NullableTwinsClient(new HttpClient(), new NT.NullableTwinsClientOptions { BaseAddress = _server.BaseAddress });

        NT.User me = await client.GetMeAsync();

        Assert.Equal("ada", me.Login);
    }

    [Fact]
    public async Task A_parameter_typed_by_the_copy_is_sent_as_the_original_type()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"title":"Crash","assignee":null}"""));
        var client = new NT.NullableTwinsClient(new HttpClient(), new NT.NullableTwinsClientOptions { BaseAddress = _server.BaseAddress });

        var issue = await client.GetIssueAsync(7, new NT.User { Login = "ada" });

        Assert.Null(issue.Assignee);
        Assert.Equal("ada", _server.Requests[0].Query["reviewer[login]"]);
    }
}
