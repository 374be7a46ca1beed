using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using ST = CodeGen.Tests.SubClients;

namespace CodeGen.Tests.Http;

/// <summary>
/// A big spec's sub-clients over a real server (Snapshots/Features/subclients-by-tag.yaml): they send through the root
/// client's one HttpClient and options; and every operation's <c>…WithResponseAsync</c> gives the status code and
/// headers of a success with its body, while a failure throws as the plain method does.
/// </summary>
public sealed class SubClientTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public SubClientTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task Calls_through_two_sub_clients_go_through_the_root_clients_one_handler_and_options()
    {
        _server.Reset(request => request.Path == "/labels"
            ? new ScriptedResponse(200, """[{"name":"bug"}]""")
            : new ScriptedResponse(201, """{"number":7,"title":"Crash"}"""));
        var handler = new CountingHandler(new SocketsHttpHandler());
        // The server address comes from the options, not the HttpClient: the sub-clients read the root's options.
        var client = new ST.IssueTrackerClient(new HttpClient(handler), new ST.IssueTrackerClientOptions { BaseAddress = _server.BaseAddress });

        await client.Issues.CreateAsync(new ST.Issue { Title = "Crash" });
        var labels = await client.Labels.ListAsync();

        Assert.Equal("bug", Assert.Single(labels).Name);
        Assert.Equal(new[] { "POST /issues", "GET /labels" }, handler.Sent);
        Assert.Equal(new[] { "/issues", "/labels" }, _server.Requests.Select(r => r.Path));
        Assert.Same(client.Issues, client.Issues);
    }

    [Fact]
    public async Task WithResponse_gives_the_status_code_the_headers_and_the_body_of_a_success()
    {
        _server.Reset(_ => new ScriptedResponse(201, """{"number":7,"title":"Crash"}""",
            new Dictionary<string, string> { ["X-Request-Id"] = "req-42", ["Location"] = "/issues/7" }));
        var client = Client();

        var response = await client.Issues.CreateWithResponseAsync(new ST.Issue { Title = "Crash" });

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(new[] { "req-42" }, response.Headers["x-request-id"]);
        Assert.Equal(new[] { "/issues/7" }, response.Headers["LOCATION"]);
        Assert.StartsWith("application/json", Assert.Single(response.Headers["Content-Type"]), StringComparison.Ordinal);
        Assert.Equal(7, response.Value.Number);
        Assert.Equal("Crash", response.Value.Title);
        Assert.IsAssignableFrom<IReadOnlyDictionary<string, IReadOnlyList<string>>>(response.Headers);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, IReadOnlyList<string>>)response.Headers).Clear());
    }

    [Fact]
    public async Task WithResponse_of_an_operation_without_a_body_gives_its_status_and_headers()
    {
        _server.Reset(_ => new ScriptedResponse(204, null, new Dictionary<string, string> { ["X-Deleted"] = "yes" }));

        var response = await Client().Issues.DeleteWithResponseAsync(7);

        Assert.Equal(204, response.StatusCode);
        Assert.Equal(new[] { "yes" }, response.Headers["x-deleted"]);
        Assert.Equal("/issues/7", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task A_failure_throws_the_same_exception_from_the_plain_method_and_from_WithResponse()
    {
        _server.Reset(_ => new ScriptedResponse(404, """{"message":"no such user"}""", new Dictionary<string, string> { ["X-Request-Id"] = "req-9" }));
        var client = Client();

        var plain = await Assert.ThrowsAsync<ST.IssueTrackerApiException>(() => client.UserAccounts.UsersGetAsync("octocat"));
        var withResponse = await Assert.ThrowsAsync<ST.IssueTrackerApiException>(() => client.UserAccounts.UsersGetWithResponseAsync("octocat"));

        foreach (var exception in new[] { plain, withResponse })
        {
            Assert.Equal(404, exception.StatusCode);
            Assert.Equal("UsersGet", exception.Operation);
            Assert.Equal(new[] { "req-9" }, exception.Headers["x-request-id"]);
            Assert.Contains("no such user", exception.ResponseBody, StringComparison.Ordinal);
        }

        Assert.Equal(plain.Message, withResponse.Message);
    }

    [Fact]
    public async Task Paging_walks_inside_a_sub_client()
    {
        _server.Reset(request => request.Query.TryGetValue("cursor", out var cursor) && cursor == "p2"
            ? new ScriptedResponse(200, """{"items":[{"number":3,"title":"c"}]}""")
            : new ScriptedResponse(200, """{"items":[{"number":1,"title":"a"},{"number":2,"title":"b"}],"next":"p2"}"""));

        var numbers = new List<int?>();
        await foreach (var issue in Client().Issues.ListAllAsync()) numbers.Add(issue.Number);

        Assert.Equal(new int?[] { 1, 2, 3 }, numbers);
    }

    [Fact]
    public async Task Sub_clients_come_from_the_client_that_dependency_injection_registers()
    {
        _server.Reset(_ => new ScriptedResponse(200, """[{"name":"bug"}]"""));
        var services = new ServiceCollection();
        services.AddIssueTrackerClient(options => options.BaseAddress = _server.BaseAddress);
        using var provider = services.BuildServiceProvider();

        var labels = await provider.GetRequiredService<ST.IIssueTrackerClient>().Labels.ListAsync();

        Assert.Equal("bug", Assert.Single(labels).Name);
        Assert.Equal("/labels", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task A_sub_client_can_be_faked_through_its_interface()
    {
        ST.IIssueTrackerClient.IIssuesClient issues = new FakeIssues();

        var response = await issues.CreateWithResponseAsync(new ST.Issue { Title = "t" });

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(new[] { "fake" }, response.Headers["x-source"]);
    }

    private ST.IssueTrackerClient Client() =>
        new(new HttpClient(), new ST.IssueTrackerClientOptions { BaseAddress = _server.BaseAddress });

    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public List<string> Sent { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Sent) Sent.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Only what the test calls; a fake builds the response a server would have given.</summary>
    private sealed class FakeIssues : ST.IIssueTrackerClient.IIssuesClient
    {
        public Task<ST.IssueTrackerApiResponse<ST.Issue>> CreateWithResponseAsync(ST.Issue body, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ST.IssueTrackerApiResponse<ST.Issue>(201, new Dictionary<string, IReadOnlyList<string>> { ["X-Source"] = new[] { "fake" } }, body));

        public Task<ST.Issue> CreateAsync(ST.Issue body, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ST.IssuePage> ListAsync(string? cursor = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ST.IssueTrackerApiResponse<ST.IssuePage>> ListWithResponseAsync(string? cursor = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ST.IssuePage> ListPagesAsync(string? cursor = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ST.Issue> ListAllAsync(string? cursor = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DeleteAsync(int number, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ST.IssueTrackerApiResponse> DeleteWithResponseAsync(int number, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
