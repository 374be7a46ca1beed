namespace CodeGen.Benchmarks.Runtime;

/// <summary>
/// A clock whose timers fire at once. The generated clients hold each rate-limit permit for the vendor's window
/// (LeadSquared: 25 calls in 5 seconds) on their <c>TimeProvider</c>; with this clock the permit comes straight back,
/// so a benchmark loop measures the client's work per call, permit included, and never its waiting.
/// </summary>
internal sealed class ImmediateTimeProvider : TimeProvider
{
    public static ImmediateTimeProvider Instance { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan) ThreadPool.UnsafeQueueUserWorkItem(callback.Invoke, state, preferLocal: false);
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
