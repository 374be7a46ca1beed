using System;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Xunit;
using LS = CodeGen.Tests.LeadSquared;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// The built-in retry beside Microsoft.Extensions.Http.Resilience's standard handler (Polly) on the same registered
/// client, against a server that fails a fixed number of times. The handler's retries run inside each of the
/// client's attempts, so with both on their attempts multiply; with the built-in retry off only the handler retries.
/// </summary>
public sealed class ResilienceHandlerTests : IClassFixture<ServerFixture>
{
    /// <summary>What the standard handler does when left at its defaults: one call and this many retries.</summary>
    private static readonly int HandlerAttempts = new HttpStandardResilienceOptions().Retry.MaxRetryAttempts + 1;

    private readonly RecordingServer _server;

    public ResilienceHandlerTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task With_the_built_in_retry_off_each_failure_is_retried_once_by_the_handler()
    {
        FailFirst(2);
        await using var provider = Provider(builtInRetry: false);

        await provider.GetRequiredService<SH.ISaleshandyClient>().CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask());

        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task With_the_built_in_retry_off_a_call_makes_the_handlers_attempts_only()
    {
        // One failure more than the handler retries: the client would have called again.
        FailFirst(HandlerAttempts);
        await using var provider = Provider(builtInRetry: false);

        var exception = await Assert.ThrowsAsync<SH.SaleshandyApiException>(() =>
            provider.GetRequiredService<SH.ISaleshandyClient>().CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()));

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal(4, HandlerAttempts);
        Assert.Equal(HandlerAttempts, _server.Requests.Count);
    }

    [Fact]
    public async Task With_both_on_the_attempts_multiply()
    {
        FailFirst(int.MaxValue);
        await using var provider = Provider(builtInRetry: true);

        var exception = await Assert.ThrowsAsync<SH.SaleshandyApiException>(() =>
            provider.GetRequiredService<SH.ISaleshandyClient>().CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()));

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal(new SH.SaleshandyRetryPolicy().MaxAttempts * HandlerAttempts, _server.Requests.Count);
    }

    [Fact]
    public async Task With_both_on_the_client_calls_again_once_the_handler_gives_up()
    {
        FailFirst(HandlerAttempts);
        await using var provider = Provider(builtInRetry: true);

        await provider.GetRequiredService<SH.ISaleshandyClient>().CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask());

        Assert.Equal(HandlerAttempts + 1, _server.Requests.Count);
    }

    [Fact]
    public async Task With_both_on_failures_the_handler_absorbs_never_reach_the_built_in_retry()
    {
        FailFirst(HandlerAttempts - 1);
        await using var provider = Provider(builtInRetry: true);

        await provider.GetRequiredService<SH.ISaleshandyClient>().CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask());

        Assert.Equal(HandlerAttempts, _server.Requests.Count);
    }

    [Fact]
    public async Task The_handler_retries_a_POSTs_500_which_the_built_in_retry_never_repeats_unless_told_not_to()
    {
        _server.Reset(_ => new ScriptedResponse(500, "oops"));
        await using (var provider = Provider(builtInRetry: false))
        {
            await Assert.ThrowsAsync<SH.SaleshandyApiException>(() =>
                provider.GetRequiredService<SH.ISaleshandyClient>().CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()));
        }

        Assert.Equal(HandlerAttempts, _server.Requests.Count);

        _server.Reset(_ => new ScriptedResponse(500, "oops"));
        await using (var provider = Provider(builtInRetry: false, handler => handler.Retry.DisableForUnsafeHttpMethods()))
        {
            await Assert.ThrowsAsync<SH.SaleshandyApiException>(() =>
                provider.GetRequiredService<SH.ISaleshandyClient>().CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()));
        }

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_handlers_retries_are_not_counted_in_the_specs_rate_limit()
    {
        // LeadSquared allows 25 calls in 5 seconds. The client's clock never moves, so no permit comes back: each of
        // 20 calls takes one, and every request beyond 20 is a retry made by the handler, below the limiter. (Fewer
        // than the 100 failures that would open the standard circuit breaker.)
        _server.Reset(_ => new ScriptedResponse(429, "slow down"));
        var services = new ServiceCollection();
        services.AddLeadSquaredClient(options =>
            {
                options.BaseAddress = _server.BaseAddress;
                options.AccessKey = VendorOperation.LeadSquaredAccessKey;
                options.SecretKey = VendorOperation.LeadSquaredSecretKey;
                options.TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
                options.Retry = LS.LeadSquaredRetryPolicy.None;
            })
            .AddStandardResilienceHandler(handler => handler.Retry.Delay = TimeSpan.FromMilliseconds(1));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<LS.ILeadSquaredClient>();

        var calls = Enumerable.Range(0, 20).Select(_ => Assert.ThrowsAsync<LS.LeadSquaredApiException>(() =>
            client.CreateTasksInBulkAsync(new LS.CreateTasksInBulkRequest { TaskList = [new LS.BulkTask { Name = "Call", TaskType = new LS.TaskTypeReference { Name = "Call" } }] })));
        await Task.WhenAll(calls);

        Assert.Equal(20 * HandlerAttempts, _server.Requests.Count);
        Assert.True(_server.Requests.Count > 25, "the handler's retries stayed within the rate limit");
    }

    /// <summary>Answers 503 to the first <paramref name="failures"/> requests, then 200.</summary>
    private void FailFirst(int failures) =>
        _server.Reset(_ => _server.Requests.Count <= failures ? new ScriptedResponse(503, "busy") : new ScriptedResponse(200, """{"message":"ok"}"""));

    private ServiceProvider Provider(bool builtInRetry, Action<HttpStandardResilienceOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSaleshandyClient(options =>
            {
                options.BaseAddress = _server.BaseAddress;
                options.ApiKey = VendorOperation.SaleshandyApiKey;
                options.Retry = builtInRetry ? new SH.SaleshandyRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(1) } : SH.SaleshandyRetryPolicy.None;
            })
            .AddStandardResilienceHandler(handler =>
            {
                // The standard attempts and what they handle; only the delays are shortened, so the test does not wait.
                handler.Retry.Delay = TimeSpan.FromMilliseconds(1);
                configure?.Invoke(handler);
            });
        return services.BuildServiceProvider();
    }
}
