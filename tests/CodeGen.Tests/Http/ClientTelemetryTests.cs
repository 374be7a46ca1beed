using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using Xunit.Abstractions;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;

namespace CodeGen.Tests.Http;

/// <summary>
/// The clients' traces, metrics and logs, as OpenTelemetry would receive them: one activity and one duration per call
/// with the documented tags, retries and rate-limit waits counted (on the fake clock), and no credential anywhere.
/// </summary>
public sealed class ClientTelemetryTests : IClassFixture<ServerFixture>
{
    private const string BulkTemplate = "/v2/Task.svc/Bulk/Create";
    private readonly RecordingServer _server;
    private readonly ITestOutputHelper _output;

    public ClientTelemetryTests(ServerFixture fixture, ITestOutputHelper output)
    {
        _server = fixture.Server;
        _output = output;
    }

    [Fact]
    public async Task A_successful_call_is_one_activity_and_one_duration_tagged_with_the_path_template()
    {
        _server.Reset(_ => new ScriptedResponse(201, "{}"));
        using var capture = new TelemetryCapture(HL.HighLevelTelemetry.Name, Port);
        var client = new HL.HighLevelClient(Http(), new HL.HighLevelClientOptions { BearerToken = VendorOperation.HighLevelToken }, capture.Logger);

        await client.CreateContactTaskAsync("contact-42", VendorRequestValidationTests.HighLevelCreateTask());

        var activity = Assert.Single(capture.Activities);
        Print(capture);
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal("POST /contacts/{contactId}/tasks", activity.DisplayName);
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
        Assert.Equal(new Dictionary<string, object?>
        {
            ["http.request.method"] = "POST",
            ["url.template"] = "/contacts/{contactId}/tasks",
            ["server.address"] = "127.0.0.1",
            ["server.port"] = Port,
            ["codegen.operation"] = "CreateContactTask",
            ["http.response.status_code"] = 201,
            ["codegen.attempts"] = 1,
            ["codegen.retry.delay_duration"] = 0.0,
        }, Tags(activity));
        Assert.Empty(activity.Events);

        var duration = Assert.Single(capture.Measurements);
        Assert.Equal((HL.HighLevelTelemetry.OperationDuration, "s"), (duration.Instrument, duration.Unit));
        Assert.True(duration.Value > 0);
        Assert.Equal(new Dictionary<string, object?>
        {
            ["http.request.method"] = "POST",
            ["url.template"] = "/contacts/{contactId}/tasks",
            ["server.address"] = "127.0.0.1",
            ["server.port"] = Port,
            ["codegen.operation"] = "CreateContactTask",
            ["http.response.status_code"] = 201,
        }, duration.Tags);

        var log = Assert.Single(capture.Logs);
        Assert.Equal((LogLevel.Debug, 1, "OperationCompleted"), (log.Level, log.EventId.Id, log.EventId.Name));
        Assert.StartsWith("CreateContactTask (POST /contacts/{contactId}/tasks) returned 201 after 1 attempt(s) in ", log.Message);
        Assert.Contains(new KeyValuePair<string, object?>("UrlTemplate", "/contacts/{contactId}/tasks"), log.State);

        // The path value is the caller's data: only the template is recorded.
        capture.AssertNoSecret(VendorOperation.Secrets.Append("contact-42"));
    }

    [Fact]
    public async Task A_4xx_is_an_error_with_its_status_code_as_the_error_type_and_no_credential_from_the_query()
    {
        _server.Reset(_ => new ScriptedResponse(400, """{"Status":"Error","ExceptionType":"MXInvalidInputException","ExceptionMessage":"bad"}"""));
        using var capture = new TelemetryCapture(LS.LeadSquaredTelemetry.Name, Port);
        var client = LeadSquared(Http(), LS.LeadSquaredRetryPolicy.None, capture.Logger);

        await Assert.ThrowsAnyAsync<LS.LeadSquaredApiException>(() => client.CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk()));

        var activity = Assert.Single(capture.Activities);
        Print(capture);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("POST " + BulkTemplate, activity.DisplayName);
        Assert.Equal(400, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("400", activity.GetTagItem("error.type"));
        Assert.Equal(1, activity.GetTagItem("codegen.attempts"));
        Assert.Equal(0.0, activity.GetTagItem("codegen.rate_limit.wait_duration"));

        var duration = Assert.Single(capture.MeasurementsOf(LS.LeadSquaredTelemetry.OperationDuration));
        Assert.Equal("400", duration.Tags["error.type"]);
        Assert.Equal(400, duration.Tags["http.response.status_code"]);
        Assert.Equal(BulkTemplate, duration.Tags["url.template"]);
        Assert.Empty(capture.MeasurementsOf(LS.LeadSquaredTelemetry.Retries));

        var log = Assert.Single(capture.Logs);
        Assert.Equal((LogLevel.Warning, 2, "OperationFailed"), (log.Level, log.EventId.Id, log.EventId.Name));
        Assert.StartsWith("CreateTasksInBulk (POST /v2/Task.svc/Bulk/Create) failed with 400 after 1 attempt(s) in ", log.Message);

        // The request did carry them, in its query string.
        Assert.Equal(VendorOperation.LeadSquaredSecretKey, Assert.Single(_server.Requests).Query["secretKey"]);
        capture.AssertNoSecret(VendorOperation.Secrets);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_retried_answer_then_success_is_one_call_with_its_attempts_retry_and_delay_on_the_fake_clock(int status)
    {
        _server.Reset(_ => _server.Requests.Count == 1
            ? new ScriptedResponse(status, "busy", new Dictionary<string, string> { ["Retry-After"] = "7" })
            : new ScriptedResponse(200, """{"RequestId":"r-1","Message":{"RequestId":"r-1"}}"""));
        using var capture = new TelemetryCapture(LS.LeadSquaredTelemetry.Name, Port);
        var clock = new FakeClock();
        var client = LeadSquared(clock.HttpClient(_server.BaseAddress), new LS.LeadSquaredRetryPolicy { MaxAttempts = 3 }, capture.Logger, clock);

        await clock.RunAsync(() => client.CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk()));

        var activity = Assert.Single(capture.Activities);
        Print(capture);
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
        Assert.Null(activity.GetTagItem("error.type"));
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal(2, activity.GetTagItem("codegen.attempts"));
        Assert.Equal(7.0, activity.GetTagItem("codegen.retry.delay_duration"));
        var retry = Assert.Single(activity.Events);
        Assert.Equal("codegen.retry", retry.Name);
        Assert.Equal(new Dictionary<string, object?> { ["codegen.attempt"] = 1, ["error.type"] = status.ToString(), ["codegen.retry.delay"] = 7.0 },
            retry.Tags.ToDictionary(tag => tag.Key, tag => tag.Value));

        // Each attempt is HttpClient's own activity, a child of the call's: nothing is counted twice.
        Assert.Equal(2, capture.Attempts.Count);
        Assert.All(capture.Attempts, attempt => Assert.Equal(activity.SpanId, attempt.ParentSpanId));

        var retries = Assert.Single(capture.MeasurementsOf(LS.LeadSquaredTelemetry.Retries));
        Assert.Equal(1, retries.Value);
        Assert.Equal(status.ToString(), retries.Tags["error.type"]);
        var duration = Assert.Single(capture.MeasurementsOf(LS.LeadSquaredTelemetry.OperationDuration));
        // On the options' clock, so the retry delay is in it; the fake clock moves on while the retry is sent.
        Assert.InRange(duration.Value, 7.0, 30.0);
        Assert.Equal(200, duration.Tags["http.response.status_code"]);
        Assert.False(duration.Tags.ContainsKey("error.type"));

        Assert.Equal([3, 1], capture.Logs.Select(log => log.EventId.Id));
        Assert.Equal($"CreateTasksInBulk attempt 1 failed with {status}; retrying in 7000 ms", capture.Logs[0].Message);
        Assert.Equal(LogLevel.Information, capture.Logs[0].Level);
        capture.AssertNoSecret(VendorOperation.Secrets);
    }

    [Fact]
    public async Task A_connection_that_never_opens_is_retried_then_fails_with_the_exception_type()
    {
        using var capture = new TelemetryCapture(LS.LeadSquaredTelemetry.Name, Port);
        var clock = new FakeClock();
        var http = clock.HttpClient(_server.BaseAddress, refuseFirst: 10);
        var client = LeadSquared(http, new LS.LeadSquaredRetryPolicy { MaxAttempts = 3 }, capture.Logger, clock);
        _server.Reset(_ => new ScriptedResponse(200, "{}"));

        await Assert.ThrowsAsync<HttpRequestException>(() => clock.RunAsync(() => client.CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk())));

        Assert.Empty(_server.Requests);
        var activity = Assert.Single(capture.Activities);
        Print(capture);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("System.Net.Http.HttpRequestException", activity.GetTagItem("error.type"));
        Assert.Null(activity.GetTagItem("http.response.status_code"));
        Assert.Equal(3, activity.GetTagItem("codegen.attempts"));
        Assert.Equal(2, activity.Events.Count());

        var retries = capture.MeasurementsOf(LS.LeadSquaredTelemetry.Retries);
        Assert.Equal(2, retries.Count);
        Assert.All(retries, retry => Assert.Equal("System.Net.Http.HttpRequestException", retry.Tags["error.type"]));
        var duration = Assert.Single(capture.MeasurementsOf(LS.LeadSquaredTelemetry.OperationDuration));
        Assert.Equal("System.Net.Http.HttpRequestException", duration.Tags["error.type"]);
        Assert.False(duration.Tags.ContainsKey("http.response.status_code"));

        Assert.Equal([3, 3, 2], capture.Logs.Select(log => log.EventId.Id));
        Assert.StartsWith("CreateTasksInBulk (POST /v2/Task.svc/Bulk/Create) failed with System.Net.Http.HttpRequestException after 3 attempt(s) in ", capture.Logs[2].Message);
        capture.AssertNoSecret(VendorOperation.Secrets);
    }

    [Fact]
    public async Task A_wait_for_the_rate_limit_is_measured_on_the_fake_clock_and_totalled_on_its_call()
    {
        // LeadSquared allows 25 calls in 5 seconds: the 26th waits until the first permit comes back.
        _server.Reset(_ => new ScriptedResponse(200, """{"RequestId":"r-1","Message":{"RequestId":"r-1"}}"""));
        using var capture = new TelemetryCapture(LS.LeadSquaredTelemetry.Name, Port);
        var clock = new FakeClock();
        var client = LeadSquared(clock.HttpClient(_server.BaseAddress), LS.LeadSquaredRetryPolicy.None, capture.Logger, clock);

        await clock.RunAsync(() => Task.WhenAll(Enumerable.Range(0, 26).Select(_ => client.CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk()))));

        Assert.Equal(26, capture.Activities.Count);
        Assert.Equal(26, capture.MeasurementsOf(LS.LeadSquaredTelemetry.OperationDuration).Count);
        var wait = Assert.Single(capture.MeasurementsOf(LS.LeadSquaredTelemetry.RateLimitWait));
        Assert.Equal("s", wait.Unit);
        // About one window: the first permit comes back 5 s (on the fake clock) after the first call left.
        Assert.InRange(wait.Value, FakeClock.Step.TotalSeconds, 5.0 + 4 * FakeClock.Step.TotalSeconds);
        Assert.Equal(BulkTemplate, wait.Tags["url.template"]);
        Assert.Equal("CreateTasksInBulk", wait.Tags["codegen.operation"]);

        var waited = Assert.Single(capture.Activities, activity => (double)activity.GetTagItem("codegen.rate_limit.wait_duration")! > 0);
        Assert.Equal(wait.Value, (double)waited.GetTagItem("codegen.rate_limit.wait_duration")!);
        _output.WriteLine(Describe(waited));

        var log = Assert.Single(capture.Logs, log => log.EventId.Id == 4);
        Assert.Equal((LogLevel.Debug, "RateLimitWaited"), (log.Level, log.EventId.Name));
        _output.WriteLine($"log {log.Level} {log.EventId.Id} {log.EventId.Name}: {log.Message}");
        capture.AssertNoSecret(VendorOperation.Secrets);
    }

    [Fact]
    public async Task The_registered_client_logs_through_the_containers_logger_under_its_telemetry_name()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"RequestId":"r-1","Message":{"RequestId":"r-1"}}"""));
        using var capture = new TelemetryCapture(LS.LeadSquaredTelemetry.Name, Port);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(capture.LoggerProvider).SetMinimumLevel(LogLevel.Trace));
        services.AddLeadSquaredClient(options =>
        {
            options.BaseAddress = _server.BaseAddress;
            options.AccessKey = VendorOperation.LeadSquaredAccessKey;
            options.SecretKey = VendorOperation.LeadSquaredSecretKey;
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<LS.LeadSquaredClient>().CreateTasksInBulkAsync(VendorRequestValidationTests.LeadSquaredBulk());

        var log = Assert.Single(capture.Logs, log => log.Category == LS.LeadSquaredTelemetry.Name);
        Assert.Equal(1, log.EventId.Id);
        Assert.Equal(LS.LeadSquaredTelemetry.Name, typeof(LS.LeadSquaredClient).FullName);
        capture.AssertNoSecret(VendorOperation.Secrets);
    }

    private int Port => _server.BaseAddress.Port;

    private HttpClient Http() => new() { BaseAddress = _server.BaseAddress };

    private static LS.LeadSquaredClient LeadSquared(HttpClient http, LS.LeadSquaredRetryPolicy retry, ILogger logger, FakeClock? clock = null) =>
        new(http, new LS.LeadSquaredClientOptions
        {
            AccessKey = VendorOperation.LeadSquaredAccessKey,
            SecretKey = VendorOperation.LeadSquaredSecretKey,
            Retry = retry,
            TimeProvider = clock?.Time ?? TimeProvider.System,
        }, logger);

    private static Dictionary<string, object?> Tags(Activity activity) => activity.TagObjects.ToDictionary(tag => tag.Key, tag => tag.Value);

    /// <summary>Writes what the listeners recorded to the test output, as the README shows it.</summary>
    private void Print(TelemetryCapture capture)
    {
        foreach (var activity in capture.Activities) _output.WriteLine(Describe(activity));
        foreach (var m in capture.Measurements)
        {
            _output.WriteLine($"metric {m.Instrument} = {m.Value:0.######} {m.Unit} {{{string.Join(", ", m.Tags.Select(tag => $"{tag.Key}={tag.Value}"))}}}");
        }

        foreach (var log in capture.Logs) _output.WriteLine($"log {log.Level} {log.EventId.Id} {log.EventId.Name}: {log.Message}");
    }

    private static string Describe(Activity activity) =>
        $"activity '{activity.DisplayName}' kind={activity.Kind} status={activity.Status}\n" +
        string.Concat(activity.TagObjects.Select(tag => $"  {tag.Key} = {tag.Value}\n")) +
        string.Concat(activity.Events.Select(e => $"  event {e.Name} {{{string.Join(", ", e.Tags.Select(tag => $"{tag.Key}={tag.Value}"))}}}\n"));
}
