using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;
using LS = CodeGen.Tests.LeadSquared;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// Batched operations against a server told, per call, to fail in the ways real APIs do, on a fake clock: every item
/// must end in a known state, none may be created twice, and the declared rate limit must hold.
/// </summary>
public sealed class BulkFaultInjectionTests : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan LeadSquaredWindow = TimeSpan.FromSeconds(5);
    private readonly RecordingServer _server;

    public BulkFaultInjectionTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task Five_hundred_LeadSquared_tasks_under_faults_end_in_known_states_and_none_is_created_twice()
    {
        var attempts = new ConcurrentDictionary<int, int>();
        var created = new ConcurrentBag<string>();
        _server.Reset(request =>
        {
            var names = TaskNames(request.Body);
            var call = int.Parse(names[0].Split('-')[1]) / 50;
            var attempt = attempts.AddOrUpdate(call, 1, (_, n) => n + 1);
            var answer = call switch
            {
                1 when attempt == 1 => new ScriptedResponse(429, LeadSquaredError("Too many"), new Dictionary<string, string> { ["Retry-After"] = "2" }),
                2 when attempt <= 2 => new ScriptedResponse(429, LeadSquaredError("Too many")),
                3 => new ScriptedResponse(500, LeadSquaredError("Server fault")),
                4 => new ScriptedResponse(200, DropConnection: true),
                5 => new ScriptedResponse(200, "{}", Delay: TimeSpan.FromSeconds(30)),
                6 => new ScriptedResponse(400, LeadSquaredError("Owner not found")),
                7 => new ScriptedResponse(429, LeadSquaredError("Too many")),
                _ => new ScriptedResponse(200, new JsonObject { ["Status"] = "Success", ["Message"] = new JsonObject { ["Id"] = $"req-{call}" } }.ToJsonString()),
            };
            if (answer.Status == 200 && !answer.DropConnection && answer.Delay == TimeSpan.Zero) names.ForEach(created.Add);
            return answer;
        });
        var clock = new FakeClock();
        var progress = new RecordingProgress();
        var client = LeadSquaredClient(clock, "account-faults");

        var result = await clock.RunAsync(() => client.CreateTasksInBulkInBatchesAsync(Tasks(500), progress));

        Assert.Equal(Enumerable.Range(0, 500), result.Items.Select(item => item.Index));
        var expected = new Dictionary<int, LS.LeadSquaredBatchItemStatus>
        {
            [3] = LS.LeadSquaredBatchItemStatus.OutcomeUnknown,
            [4] = LS.LeadSquaredBatchItemStatus.OutcomeUnknown,
            [5] = LS.LeadSquaredBatchItemStatus.OutcomeUnknown,
            [6] = LS.LeadSquaredBatchItemStatus.Rejected,
            [7] = LS.LeadSquaredBatchItemStatus.NotAttempted,
        };
        foreach (var item in result.Items)
        {
            var call = item.Index / 50;
            Assert.Equal(expected.GetValueOrDefault(call, LS.LeadSquaredBatchItemStatus.Succeeded), item.Status);
            if (item.Status == LS.LeadSquaredBatchItemStatus.Succeeded) Assert.Equal($"req-{call}", item.Id);
            else Assert.False(string.IsNullOrEmpty(item.Reason));
        }

        Assert.Equal(created.Count, created.Distinct().Count());
        Assert.Equal(250, created.Count);
        Assert.Equal(new[] { 1, 2, 3, 1, 1, 1, 1, 4, 1, 1 }, Enumerable.Range(0, 10).Select(call => attempts[call]));
        Assert.Equal(attempts.Values.Sum(), result.Calls);
        Assert.True(clock.MostCallsWithin(LeadSquaredWindow) <= 25);
        progress.AssertMonotonicAndComplete(500, result.Calls);
    }

    [Fact]
    public async Task Two_clients_of_one_account_share_the_limit_of_25_calls_in_5_seconds()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"Status":"Success","Message":{"Id":"req"}}"""));
        var clock = new FakeClock();
        var first = LeadSquaredClient(clock, "account-shared", parallelCalls: 8);
        var second = LeadSquaredClient(clock, "account-shared", parallelCalls: 8);
        var started = clock.Time.GetUtcNow();

        var results = await clock.RunAsync(() => Task.WhenAll(
            first.CreateTasksInBulkInBatchesAsync(Tasks(1000)),
            second.CreateTasksInBulkInBatchesAsync(Tasks(1000))));

        Assert.All(results, result => Assert.True(result.AllSucceeded, result.ToString()));
        Assert.Equal(40, _server.Requests.Count);
        Assert.Equal(25, clock.MostCallsWithin(LeadSquaredWindow));
        Assert.True(clock.Sent[^1] - clock.Sent[0] >= LeadSquaredWindow, "The calls after the 25th waited for the window.");
        Assert.True(clock.Time.GetUtcNow() - started >= LeadSquaredWindow, "40 calls cannot fit in one window.");
    }

    [Fact]
    public async Task Three_hundred_Saleshandy_prospects_report_each_prospects_own_outcome()
    {
        var created = new ConcurrentBag<string>();
        var firstCallOfSecondBatch = 0;
        _server.Reset(request =>
        {
            var prospects = JsonNode.Parse(request.Body)!["prospectIds"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
            if (prospects[0] == "p-100" && System.Threading.Interlocked.Increment(ref firstCallOfSecondBatch) == 1)
            {
                return new ScriptedResponse(503, """{"message":"busy"}""");
            }

            var results = new JsonArray();
            foreach (var prospect in prospects)
            {
                var success = int.Parse(prospect[2..]) % 25 != 7;
                if (success) created.Add(prospect);
                results.Add((JsonNode)new JsonObject { ["prospectId"] = prospect, ["taskId"] = success ? "t-" + prospect : null, ["success"] = success });
            }

            return new ScriptedResponse(200, new JsonObject { ["message"] = "Task created successfully", ["payload"] = new JsonObject { ["results"] = results } }.ToJsonString());
        });
        var clock = new FakeClock();
        var progress = new RecordingProgress();
        var client = new SH.SaleshandyClient(clock.HttpClient(_server.BaseAddress), new SH.SaleshandyClientOptions
        {
            ApiKey = VendorOperation.SaleshandyApiKey,
            TimeProvider = clock.Time,
        });
        var request = new SH.CreateTaskRequest
        {
            ProspectIds = Enumerable.Range(0, 300).Select(i => $"p-{i:000}").ToList(),
            TaskType = SH.TaskType.CallFollowUp,
        };

        var result = await clock.RunAsync(() => client.CreateTaskInBatchesAsync(request, progress));

        var rejected = result.Rejected.Select(item => item.Item).ToList();
        Assert.Equal(Enumerable.Range(0, 300).Where(i => i % 25 == 7).Select(i => $"p-{i:000}"), rejected);
        Assert.All(result.Succeeded, item => Assert.Equal("t-" + item.Item, item.Id));
        Assert.Equal(288, result.Succeeded.Count);
        Assert.Equal(created.Count, created.Distinct().Count());
        Assert.Equal(4, result.Calls);
        progress.AssertMonotonicAndComplete(300, result.Calls);
    }

    [Fact]
    public async Task Cancelling_throws_with_the_result_and_leaves_the_calls_still_waiting_for_the_rate_limit_not_attempted()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"Status":"Success","Message":{"Id":"req"}}"""));
        var clock = new FakeClock();
        using var cancellation = new System.Threading.CancellationTokenSource();
        var client = LeadSquaredClient(clock, "account-cancelled", parallelCalls: 40);

        // The clock never moves: 25 calls go out, the other 15 wait for a permit until the run is cancelled.
        var progress = new RecordingProgress();
        var run = client.CreateTasksInBulkInBatchesAsync(Tasks(2000), progress, cancellation.Token);
        while (progress.ItemsDone < 25 * 50) await Task.Delay(10);
        cancellation.Cancel();
        var thrown = await Assert.ThrowsAsync<LS.LeadSquaredBatchCanceledException<LS.BulkTask>>(() => run);
        var result = thrown.Result;

        Assert.Equal(cancellation.Token, thrown.CancellationToken);
        Assert.Equal(Enumerable.Range(0, 2000), result.Items.Select(item => item.Index));
        Assert.Equal(25, _server.Requests.Count);
        Assert.Equal(25 * 50, result.Succeeded.Count);
        Assert.Equal(15 * 50, result.NotAttempted.Count);
        Assert.Empty(result.OutcomeUnknown);
    }

    [Fact]
    public async Task A_connection_that_never_opened_is_retried_and_a_call_that_never_connects_is_not_attempted()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"Status":"Success","Message":{"Id":"req"}}"""));
        var clock = new FakeClock();

        var recovered = await clock.RunAsync(() => LeadSquaredClient(clock, "account-refused", refuseFirst: 2).CreateTasksInBulkAsync(Tasks(3)));
        Assert.Equal("req", recovered.Message?.Id);
        Assert.Single(_server.Requests);

        _server.Reset(_ => new ScriptedResponse(200, """{"Status":"Success","Message":{"Id":"req"}}"""));
        var result = await clock.RunAsync(() => LeadSquaredClient(clock, "account-refused", refuseFirst: int.MaxValue).CreateTasksInBulkInBatchesAsync(Tasks(60)));
        Assert.All(result.Items, item => Assert.Equal(LS.LeadSquaredBatchItemStatus.NotAttempted, item.Status));
        Assert.All(result.Items, item => Assert.Contains("Connection refused", item.Reason));
        Assert.Equal(8, result.Calls);
        Assert.Empty(_server.Requests);
    }

    private LS.LeadSquaredClient LeadSquaredClient(FakeClock clock, string account, int parallelCalls = 4, int refuseFirst = 0) =>
        new(clock.HttpClient(_server.BaseAddress, refuseFirst), new LS.LeadSquaredClientOptions
        {
            AccessKey = account,
            SecretKey = VendorOperation.LeadSquaredSecretKey,
            TimeProvider = clock.Time,
            MaxParallelCalls = parallelCalls,
            Retry = new LS.LeadSquaredRetryPolicy
            {
                MaxAttempts = 4,
                BaseDelay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(4),
                AttemptTimeout = TimeSpan.FromSeconds(10),
            },
        });

    private static LS.CreateTasksInBulkRequest Tasks(int count) => new()
    {
        TaskList = Enumerable.Range(0, count).Select(i => new LS.BulkTask
        {
            Name = $"task-{i}",
            TaskType = new LS.TaskTypeReference { Name = "To-do" },
        }).ToList(),
    };

    private static List<string> TaskNames(string body) =>
        JsonNode.Parse(body)!["TaskList"]!.AsArray().Select(task => task!["Name"]!.GetValue<string>()).ToList();

    private static string LeadSquaredError(string message) =>
        new JsonObject { ["Status"] = "Error", ["ExceptionType"] = "MXException", ["ExceptionMessage"] = message }.ToJsonString();

    private sealed class RecordingProgress : IProgress<LS.LeadSquaredBatchProgress>, IProgress<SH.SaleshandyBatchProgress>
    {
        private readonly List<(int Done, int Total, int Calls, int Waits)> _reports = new();

        public int ItemsDone
        {
            get
            {
                lock (_reports) return _reports.Count == 0 ? 0 : _reports[^1].Done;
            }
        }

        public void Report(LS.LeadSquaredBatchProgress value) => Add((value.ItemsDone, value.ItemsTotal, value.CallsMade, value.Waits));

        public void Report(SH.SaleshandyBatchProgress value) => Add((value.ItemsDone, value.ItemsTotal, value.CallsMade, value.Waits));

        public void AssertMonotonicAndComplete(int total, int calls)
        {
            List<(int Done, int Total, int Calls, int Waits)> reports;
            lock (_reports) reports = _reports.ToList();
            Assert.NotEmpty(reports);
            for (var i = 1; i < reports.Count; i++)
            {
                Assert.True(reports[i].Done >= reports[i - 1].Done && reports[i].Calls >= reports[i - 1].Calls && reports[i].Waits >= reports[i - 1].Waits,
                    $"Progress went backwards at report {i}: {reports[i - 1]} then {reports[i]}");
            }

            Assert.All(reports, report => Assert.Equal(total, report.Total));
            Assert.Equal(total, reports[^1].Done);
            Assert.Equal(calls, reports.Max(report => report.Calls));
            Assert.True(reports[^1].Waits > 0);
        }

        private void Add((int, int, int, int) report)
        {
            lock (_reports) _reports.Add(report);
        }
    }
}
