using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace CodeGen.Tests.Http;

/// <summary>
/// A fake clock for the clients' rate limits, retry delays and attempt timeouts, moved forward while a bulk run is
/// under way, and a record of when (on that clock) each call left the client.
/// </summary>
internal sealed class FakeClock
{
    /// <summary>How far the clock moves at a time.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentQueue<DateTimeOffset> _sent = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public IReadOnlyList<DateTimeOffset> Sent => _sent.OrderBy(t => t).ToList();

    /// <summary>An HttpClient to <paramref name="baseAddress"/> that notes the fake time each request is sent.</summary>
    public HttpClient HttpClient(Uri baseAddress) => HttpClient(baseAddress, refuseFirst: 0);

    /// <summary>As above, but the first <paramref name="refuseFirst"/> sends fail as if the connection could not be opened.</summary>
    public HttpClient HttpClient(Uri baseAddress, int refuseFirst) =>
        new(new SendTimes(this) { InnerHandler = new RefusingHandler(refuseFirst) { InnerHandler = new SocketsHttpHandler() } }) { BaseAddress = baseAddress };

    /// <summary>Runs <paramref name="work"/>, moving the clock a step at a time whenever the work has had a moment to react.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var task = Task.Run(work);
        while (!task.IsCompleted)
        {
            // Real time for in-flight calls to settle, so the fake clock rarely moves between a permit and its send.
            await Task.WhenAny(task, Task.Delay(15));
            if (!task.IsCompleted) Time.Advance(Step);
        }

        return await task;
    }

    /// <summary>
    /// The most calls sent within any window of <paramref name="window"/> less two clock steps. The client starts a
    /// permit's window just before the send is noted here; a thread descheduled in between (the machine is shared)
    /// can see the clock move a step, so windows are compared at the clock's resolution.
    /// </summary>
    public int MostCallsWithin(TimeSpan window)
    {
        var times = Sent;
        window -= 2 * Step;
        var most = 0;
        for (int first = 0, last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= window) first++;
            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    private sealed class RefusingHandler(int refusals) : DelegatingHandler
    {
        private int _refusalsLeft = refusals;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Interlocked.Decrement(ref _refusalsLeft) >= 0
                ? Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1)"))
                : base.SendAsync(request, cancellationToken);
    }

    private sealed class SendTimes(FakeClock clock) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            clock._sent.Enqueue(clock.Time.GetUtcNow());
            return base.SendAsync(request, cancellationToken);
        }
    }
}
