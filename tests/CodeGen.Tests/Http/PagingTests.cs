using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using PG = CodeGen.Tests.Paging;

namespace CodeGen.Tests.Http;

/// <summary>
/// The paged walks over a real server: HighLevel's task search (skip and limit in the JSON body), and a cursor in the
/// query, next links and page numbers (Http/Specs/paging.yaml). What each request carries, where the walk stops, that
/// it is lazy and cancellable, and that a server repeating itself or pointing elsewhere cannot keep it going.
/// </summary>
public sealed class PagingTests : IClassFixture<ServerFixture>
{
    private const string Token = "paging-token-3c1d";
    private readonly RecordingServer _server;

    public PagingTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task Task_search_sends_skip_0_N_2N_in_the_body_and_stops_at_the_short_page()
    {
        AnswerTaskSearch(total: 23);
        var request = new HL.TaskSearchParamsDto { Query = "call", Completed = false, Limit = 10 };

        var tasks = await ToListAsync(HighLevel().SearchTasksAllAsync("loc-1", request));

        Assert.Equal(23, tasks.Count);
        Assert.Equal(Enumerable.Range(0, 23).Select(i => $"task-{i}"), tasks.Select(t => t[0].GetString()));
        var bodies = _server.Requests.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal(new[] { 0, 10, 20 }, bodies.Select(b => (int)b["skip"]!));
        Assert.All(bodies, b => Assert.Equal(10, (int)b["limit"]!));
        Assert.All(bodies, b => Assert.Equal("call", (string)b["query"]!));
        Assert.All(_server.Requests, r => Assert.Equal("/locations/loc-1/tasks/search", r.Path));
        Assert.All(_server.Requests, r => Assert.Equal("2021-07-28", r.Header("Version")));
        Assert.Null(request.Skip); // the caller's request is left as it was
    }

    [Fact]
    public async Task Task_search_starts_at_the_callers_skip_and_without_a_limit_stops_at_the_first_empty_page()
    {
        AnswerTaskSearch(total: 30, defaultLimit: 25);

        var pages = await ToListAsync(HighLevel().SearchTasksPagesAsync("loc-1", new HL.TaskSearchParamsDto { Skip = 3 }));

        Assert.Equal(new[] { 25, 2, 0 }, pages.Select(p => p.Tasks!.Count));
        Assert.Equal(new[] { 3, 28, 30 }, _server.Requests.Select(r => (int)JsonNode.Parse(r.Body)!["skip"]!));
    }

    [Fact]
    public async Task Leaving_the_loop_early_requests_no_further_page()
    {
        AnswerTaskSearch(total: 100);

        await foreach (var task in HighLevel().SearchTasksAllAsync("loc-1", new HL.TaskSearchParamsDto { Limit = 10 }))
        {
            if (task[0].GetString() == "task-12") break;
        }

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task No_page_is_requested_before_the_walk_is_enumerated()
    {
        AnswerTaskSearch(total: 100);

        var walk = HighLevel().SearchTasksPagesAsync("loc-1", new HL.TaskSearchParamsDto { Limit = 10 });
        await using var pages = walk.GetAsyncEnumerator();
        Assert.Empty(_server.Requests);
        Assert.True(await pages.MoveNextAsync());

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Cancelling_the_token_between_pages_stops_the_walk()
    {
        AnswerTaskSearch(total: 100);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in HighLevel().SearchTasksAllAsync("loc-1", new HL.TaskSearchParamsDto { Limit = 10 }).WithCancellation(cancellation.Token))
            {
                if (++seen == 10) cancellation.Cancel();
            }
        });

        Assert.Equal(10, seen);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_cursor_in_the_query_is_sent_back_until_the_server_gives_none()
    {
        var cursors = new Dictionary<string, (string Items, string? Next)>
        {
            [""] = ("[{\"id\":\"a\"},{\"id\":\"b\"}]", "c1"),
            ["c1"] = ("[{\"id\":\"c\"}]", "c2"),
            ["c2"] = ("[{\"id\":\"d\"}]", null),
        };
        _server.Reset(request =>
        {
            var (items, next) = cursors[request.Query.GetValueOrDefault("cursor", "")];
            return new ScriptedResponse(200, $"{{\"data\":{{\"items\":{items}}},\"next_cursor\":{(next is null ? "null" : $"\"{next}\"")}}}");
        });

        var tasks = await ToListAsync(Paging().ListCursorTasksAllAsync(limit: 2));

        Assert.Equal(new[] { "a", "b", "c", "d" }, tasks.Select(t => t.Id));
        Assert.Equal(new[] { "?limit=2", "?cursor=c1&limit=2", "?cursor=c2&limit=2" }, _server.Requests.Select(r => r.QueryString));
        Assert.All(_server.Requests, r => Assert.Equal("Bearer " + Token, r.Header("Authorization")));
    }

    [Fact]
    public async Task A_server_that_repeats_a_cursor_stops_the_walk_with_a_clear_exception()
    {
        // c1 → c2 → c1: every page is full and has a cursor, so only the repetition can end the walk.
        _server.Reset(request => new ScriptedResponse(200,
            $"{{\"data\":{{\"items\":[{{\"id\":\"x\"}}]}},\"next_cursor\":\"{(request.Query.GetValueOrDefault("cursor") == "c1" ? "c2" : "c1")}\"}}"));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(Paging().ListCursorTasksAllAsync()));

        Assert.Contains("ListCursorTasks: the server gave a cursor it had given before", exception.Message);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_cursor_page_with_no_items_ends_the_walk()
    {
        _server.Reset(_ => new ScriptedResponse(200, "{\"data\":{\"items\":[]},\"next_cursor\":\"more\"}"));

        var pages = await ToListAsync(Paging().ListCursorTasksPagesAsync());

        Assert.Single(pages);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Next_links_absolute_and_relative_are_followed_with_the_headers_and_credentials()
    {
        var second = new Uri(_server.BaseAddress, "linked-tasks?page=2&state=open").AbsoluteUri;
        _server.Reset(request => request.QueryString switch
        {
            "?state=open" => new ScriptedResponse(200, $"{{\"value\":[{{\"id\":\"a\"}}],\"nextLink\":\"{second}\"}}"),
            "?page=2&state=open" => new ScriptedResponse(200, "{\"value\":[{\"id\":\"b\"}],\"nextLink\":\"/linked-tasks?page=3\"}"),
            _ => new ScriptedResponse(200, "{\"value\":[{\"id\":\"c\"}]}"),
        });

        var tasks = await ToListAsync(Paging().ListLinkedTasksAllAsync(state: "open"));

        Assert.Equal(new[] { "a", "b", "c" }, tasks.Select(t => t.Id));
        Assert.Equal(new[] { "?state=open", "?page=2&state=open", "?page=3" }, _server.Requests.Select(r => r.QueryString));
        Assert.All(_server.Requests, r => Assert.Equal("/linked-tasks", r.Path));
        Assert.All(_server.Requests, r => Assert.Equal("Bearer " + Token, r.Header("Authorization")));
    }

    [Fact]
    public async Task A_next_link_to_another_server_is_not_followed()
    {
        _server.Reset(_ => new ScriptedResponse(200, "{\"value\":[{\"id\":\"a\"}],\"nextLink\":\"https://elsewhere.example/linked-tasks?page=2\"}"));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(Paging().ListLinkedTasksAllAsync()));

        Assert.Contains("leads away from the API's server", exception.Message);
        Assert.DoesNotContain(Token, exception.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_server_that_repeats_a_next_link_stops_the_walk_with_a_clear_exception()
    {
        _server.Reset(_ => new ScriptedResponse(200, "{\"value\":[{\"id\":\"a\"}],\"nextLink\":\"/linked-tasks?page=2\"}"));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => ToListAsync(Paging().ListLinkedTasksAllAsync()));

        Assert.Contains("ListLinkedTasks: the server gave a next link it had given before", exception.Message);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Page_numbers_count_up_from_one_and_a_short_page_is_the_last()
    {
        _server.Reset(request =>
        {
            var page = int.Parse(request.Query["page"]);
            var count = page < 3 ? 2 : 1;
            return new ScriptedResponse(200, "{\"tasks\":[" + string.Join(",", Enumerable.Range(0, count).Select(i => $"{{\"id\":\"{page}-{i}\"}}")) + "]}");
        });

        var tasks = await ToListAsync(Paging().ListNumberedTasksAllAsync(size: 2));

        Assert.Equal(new[] { "1-0", "1-1", "2-0", "2-1", "3-0" }, tasks.Select(t => t.Id));
        Assert.Equal(new[] { "?page=1&size=2", "?page=2&size=2", "?page=3&size=2" }, _server.Requests.Select(r => r.QueryString));
    }

    [Fact]
    public async Task Each_page_goes_through_the_operation_method_and_its_retries()
    {
        var attempts = 0;
        _server.Reset(request =>
        {
            var page = int.Parse(request.Query["page"]);
            if (page == 2 && ++attempts == 1) return new ScriptedResponse(503);
            return new ScriptedResponse(200, page <= 2 ? $"{{\"tasks\":[{{\"id\":\"{page}\"}}]}}" : "{\"tasks\":[]}");
        });
        var client = new PG.PagingClient(Http(), new PG.PagingClientOptions
        {
            BearerToken = Token,
            Retry = new PG.PagingRetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
        });

        var tasks = await ToListAsync(client.ListNumberedTasksAllAsync());

        Assert.Equal(new[] { "1", "2" }, tasks.Select(t => t.Id));
        Assert.Equal(new[] { "?page=1", "?page=2", "?page=2", "?page=3" }, _server.Requests.Select(r => r.QueryString));
    }

    /// <summary>HighLevel's search over <paramref name="total"/> tasks, each an array (as the official file describes them).</summary>
    private void AnswerTaskSearch(int total, int defaultLimit = 25) => _server.Reset(request =>
    {
        var body = JsonNode.Parse(request.Body)!;
        var skip = (int?)body["skip"] ?? 0;
        var limit = (int?)body["limit"] ?? defaultLimit;
        var tasks = Enumerable.Range(skip, Math.Max(0, Math.Min(limit, total - skip))).Select(i => $"[\"task-{i}\",\"Task {i}\"]");
        return new ScriptedResponse(200, "{\"tasks\":[" + string.Join(",", tasks) + "]}");
    });

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    private HL.HighLevelClient HighLevel() => new(Http(), new HL.HighLevelClientOptions { BearerToken = Token });

    private PG.PagingClient Paging() => new(Http(), new PG.PagingClientOptions { BearerToken = Token });

    private HttpClient Http() => new() { BaseAddress = _server.BaseAddress };
}
