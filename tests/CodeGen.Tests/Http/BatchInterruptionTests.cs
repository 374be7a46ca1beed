using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using LS = CodeGen.Tests.LeadSquared;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// Batched runs upset by the caller's own code or data (a progress callback or an HTTP handler that throws, a null
/// item or list): the run still accounts for every item, and what the server created is exactly what the result calls
/// succeeded.
/// </summary>
public sealed class BatchInterruptionTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;
    private readonly ConcurrentBag<string> _created = new();

    public BatchInterruptionTests(ServerFixture fixture)
    {
        _server = fixture.Server;
        _server.Reset(request =>
        {
            foreach (var name in JsonNode.Parse(request.Body)!["TaskList"]!.AsArray().Select(task => task!["Name"]!.GetValue<string>())) _created.Add(name);
            return new ScriptedResponse(200, """{"Status":"Success","Message":{"Id":"req"}}""");
        });
    }

    [Fact]
    public async Task A_progress_callback_that_throws_stops_new_calls_and_its_exception_carries_every_items_outcome()
    {
        var clock = new FakeClock();
        var progress = new ThrowingProgress(report => report.ItemsDone >= 250, new InvalidOperationException("The progress display was closed."));
        var client = LeadSquaredClient(clock, "account-progress-throws", validate: true);

        var thrown = await Assert.ThrowsAsync<LS.LeadSquaredBatchRunException<LS.BulkTask>>(
            () => clock.RunAsync(() => client.CreateTasksInBulkInBatchesAsync(Tasks(300), progress)));

        Assert.Same(progress.Exception, thrown.InnerException);
        AssertResultMatchesServer(thrown.Result, 300);
        Assert.Equal(250, _created.Count);
        Assert.Equal(50, thrown.Result.NotAttempted.Count);
    }

    [Fact]
    public async Task A_progress_callback_that_throws_OperationCanceledException_marks_nothing_unknown_that_the_server_never_received()
    {
        var clock = new FakeClock();
        // Thrown from the report that the third call is leaving, before it reaches the wire.
        var progress = new ThrowingProgress(report => report.CallsMade == 3, new OperationCanceledException("The caller's screen went away."));
        var client = LeadSquaredClient(clock, "account-progress-cancels", validate: true);

        var thrown = await Assert.ThrowsAsync<LS.LeadSquaredBatchRunException<LS.BulkTask>>(
            () => clock.RunAsync(() => client.CreateTasksInBulkInBatchesAsync(Tasks(300), progress)));

        Assert.Same(progress.Exception, thrown.InnerException);
        AssertResultMatchesServer(thrown.Result, 300);
        Assert.Empty(thrown.Result.OutcomeUnknown);
        Assert.Equal(150, _created.Count);
    }

    [Fact]
    public async Task A_null_item_is_rejected_by_its_index_without_validation_and_the_others_are_created()
    {
        var clock = new FakeClock();
        var request = Tasks(200);
        request.TaskList[160] = null!;
        var client = LeadSquaredClient(clock, "account-null-item", validate: false);

        var result = await clock.RunAsync(() => client.CreateTasksInBulkInBatchesAsync(request));

        AssertResultMatchesServer(result, 200);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(160, rejected.Index);
        Assert.Equal("TaskList[160] is null.", rejected.Reason);
        Assert.Equal(199, _created.Count);
    }

    [Fact]
    public async Task A_handler_of_the_callers_HttpClient_that_throws_settles_its_own_call_and_the_run_goes_on()
    {
        var clock = new FakeClock();
        var http = new HttpClient(new ThrowingOnSecondCall { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = _server.BaseAddress };
        var client = new LS.LeadSquaredClient(http, new LS.LeadSquaredClientOptions
        {
            AccessKey = "account-handler-throws",
            SecretKey = VendorOperation.LeadSquaredSecretKey,
            TimeProvider = clock.Time,
            MaxParallelCalls = 1,
        });

        var result = await clock.RunAsync(() => client.CreateTasksInBulkInBatchesAsync(Tasks(150)));

        AssertResultMatchesServer(result, 150);
        Assert.Equal(Enumerable.Range(50, 50), result.OutcomeUnknown.Select(item => item.Index));
        Assert.All(result.OutcomeUnknown, item => Assert.IsType<InvalidOperationException>(item.Error));
        Assert.Equal(100, _created.Count);
    }

    [Fact]
    public async Task A_null_list_throws_ArgumentNullException_naming_it_before_anything_is_sent()
    {
        var clock = new FakeClock();
        var leadSquared = LeadSquaredClient(clock, "account-null-list", validate: false);
        var saleshandy = new SH.SaleshandyClient(clock.HttpClient(_server.BaseAddress), new SH.SaleshandyClientOptions
        {
            ApiKey = VendorOperation.SaleshandyApiKey,
            TimeProvider = clock.Time,
            ValidateRequests = false,
        });

        var tasks = await Assert.ThrowsAsync<ArgumentNullException>(
            () => leadSquared.CreateTasksInBulkInBatchesAsync(new LS.CreateTasksInBulkRequest { TaskList = null! }));
        var prospects = await Assert.ThrowsAsync<ArgumentNullException>(
            () => saleshandy.CreateTaskInBatchesAsync(new SH.CreateTaskRequest { ProspectIds = null!, TaskType = SH.TaskType.CallFollowUp }));

        Assert.Equal("request.TaskList", tasks.ParamName);
        Assert.Equal("request.ProspectIds", prospects.ParamName);
        Assert.Empty(_server.Requests);
    }

    /// <summary>Every input index has an outcome, in order, and the items called succeeded are exactly those the server created.</summary>
    private void AssertResultMatchesServer(LS.LeadSquaredBatchResult<LS.BulkTask> result, int total)
    {
        Assert.Equal(Enumerable.Range(0, total), result.Items.Select(item => item.Index));
        Assert.Equal(_created.Order(), result.Succeeded.Select(item => item.Item.Name).Order());
        Assert.Equal(_created.Count, _created.Distinct().Count());
        Assert.All(result.Items.Where(item => item.Status != LS.LeadSquaredBatchItemStatus.Succeeded), item => Assert.False(string.IsNullOrEmpty(item.Reason)));
    }

    /// <summary>One call at a time, so how far the run got when it stopped is exact.</summary>
    private LS.LeadSquaredClient LeadSquaredClient(FakeClock clock, string account, bool validate) =>
        new(clock.HttpClient(_server.BaseAddress), new LS.LeadSquaredClientOptions
        {
            AccessKey = account,
            SecretKey = VendorOperation.LeadSquaredSecretKey,
            TimeProvider = clock.Time,
            MaxParallelCalls = 1,
            ValidateRequests = validate,
        });

    private static LS.CreateTasksInBulkRequest Tasks(int count) => new()
    {
        TaskList = Enumerable.Range(0, count).Select(i => new LS.BulkTask
        {
            Name = $"task-{i}",
            TaskType = new LS.TaskTypeReference { Name = "To-do" },
        }).ToList(),
    };

    /// <summary>A handler in the caller's HttpClient that fails the second call in a way the client does not expect.</summary>
    private sealed class ThrowingOnSecondCall : DelegatingHandler
    {
        private int _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 2
                ? throw new InvalidOperationException("The handler's configuration is broken.")
                : base.SendAsync(request, cancellationToken);
    }

    /// <summary>A progress callback, written as callers write them, that throws once its condition holds.</summary>
    private sealed class ThrowingProgress(Func<LS.LeadSquaredBatchProgress, bool> when, Exception exception) : IProgress<LS.LeadSquaredBatchProgress>
    {
        public Exception Exception { get; } = exception;

        public void Report(LS.LeadSquaredBatchProgress value)
        {
            if (when(value)) throw Exception;
        }
    }
}
