using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Xunit;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// <c>Retry-After</c> is a wait the server asks for; one that asks for none (zero, or a date already past) is no hint,
/// and the retries keep to the backoff instead of hammering the server. On a fake clock, so nothing sleeps.
/// </summary>
public sealed class RetryAfterTests : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    private readonly RecordingServer _server;

    public RetryAfterTests(ServerFixture fixture) => _server = fixture.Server;

    [Theory]
    [InlineData("0")]
    [InlineData("Mon, 05 Jan 2026 08:00:00 GMT")] // an hour before the fake clock's start
    [InlineData("Thu, 01 Jan 1970 00:00:00 GMT")]
    public async Task A_Retry_After_that_asks_for_no_wait_gives_the_backoff(string retryAfter)
    {
        _server.Reset(_ => new ScriptedResponse(503, "busy", new Dictionary<string, string> { ["Retry-After"] = retryAfter }));
        var clock = new FakeClock();

        var exception = await Assert.ThrowsAsync<SH.SaleshandyApiException>(() => clock.RunAsync(() => Client(clock).CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask())));

        Assert.Equal(503, exception.StatusCode);
        var sent = clock.Sent;
        Assert.Equal(4, sent.Count);
        for (var retry = 0; retry < 3; retry++)
        {
            // The backoff takes a point in the upper half of BaseDelay doubled per retry.
            var least = BaseDelay * Math.Pow(2, retry) / 2;
            Assert.True(sent[retry + 1] - sent[retry] >= least, $"retry {retry + 1} came {(sent[retry + 1] - sent[retry]).TotalMilliseconds} ms after the attempt before it");
        }
    }

    [Fact]
    public async Task A_Retry_After_date_still_ahead_is_waited_for()
    {
        var clock = new FakeClock();
        var asked = clock.Time.GetUtcNow().AddSeconds(30);
        _server.Reset(_ => _server.Requests.Count == 1
            ? new ScriptedResponse(503, "busy", new Dictionary<string, string> { ["Retry-After"] = asked.ToString("R") })
            : new ScriptedResponse(200, """{"message":"ok"}"""));

        await clock.RunAsync(() => Client(clock).CreateTaskAsync(VendorRequestValidationTests.SaleshandyCreateTask()));

        Assert.Equal(2, clock.Sent.Count);
        Assert.True(clock.Sent[1] >= asked, $"the retry left at {clock.Sent[1]:O}, before {asked:O}");
    }

    private SH.SaleshandyClient Client(FakeClock clock) => new(clock.HttpClient(_server.BaseAddress), new SH.SaleshandyClientOptions
    {
        ApiKey = VendorOperation.SaleshandyApiKey,
        TimeProvider = clock.Time,
        Retry = new SH.SaleshandyRetryPolicy { MaxAttempts = 4, BaseDelay = BaseDelay, MaxDelay = TimeSpan.FromSeconds(30) },
    });
}
