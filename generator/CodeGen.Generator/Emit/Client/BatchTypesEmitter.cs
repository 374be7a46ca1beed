using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits the result and progress types of batched operations, for specs that declare <c>x-codegen-batch</c>.</summary>
internal static class BatchTypesEmitter
{
    public static string Emit(ApiModel api)
    {
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        writer.Lines(api.Batch.Fill(Template).Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute));

        return writer.ToString();
    }

    private const string Template = """
/// <summary>What became of one item of a batched call.</summary>
public enum {BatchItemStatus}
{
    /// <summary>The vendor accepted the item.</summary>
    Succeeded,

    /// <summary>The item was refused: by the validator before sending, or by the vendor. Resending it unchanged fails again.</summary>
    Rejected,

    /// <summary>The item was never sent, or the vendor answered without acting on it (429, 503): it is safe to send again.</summary>
    NotAttempted,

    /// <summary>The item was sent but no answer says what happened (a 5xx, a timeout, a dropped connection): check before resending.</summary>
    OutcomeUnknown,
}

/// <summary>The outcome of one input item, by its index in the input.</summary>
/// <param name="Index">The item's position in the input.</param>
/// <param name="Item">The item.</param>
/// <param name="Status">What became of it.</param>
/// <param name="Id">The id the vendor returned for it, or for the call that carried it.</param>
/// <param name="Reason">Why it did not succeed.</param>
/// <param name="Error">The exception behind <paramref name="Reason"/>, if any.</param>
{GeneratedCode}
public sealed record {BatchItemResult}<TItem>(int Index, TItem Item, {BatchItemStatus} Status, string? Id = null, string? Reason = null, global::System.Exception? Error = null);

/// <summary>The outcome of every input item of a batched operation; none is left out.</summary>
{GeneratedCode}
public sealed class {BatchResult}<TItem>
{
    /// <summary>Creates the result from one outcome per input item.</summary>
    public {BatchResult}(global::System.Collections.Generic.IReadOnlyList<{BatchItemResult}<TItem>> items, int calls)
    {
        Items = items;
        Calls = calls;
    }

    /// <summary>One outcome per input item, in input order.</summary>
    public global::System.Collections.Generic.IReadOnlyList<{BatchItemResult}<TItem>> Items { get; }

    /// <summary>The HTTP calls made, retries included.</summary>
    public int Calls { get; }

    /// <summary>True when every item succeeded.</summary>
    public bool AllSucceeded => global::System.Linq.Enumerable.All(Items, item => item.Status == {BatchItemStatus}.Succeeded);

    /// <summary>The items with the given status.</summary>
    public global::System.Collections.Generic.IReadOnlyList<{BatchItemResult}<TItem>> With({BatchItemStatus} status) =>
        global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Where(Items, item => item.Status == status));

    /// <summary>The items the vendor accepted.</summary>
    public global::System.Collections.Generic.IReadOnlyList<{BatchItemResult}<TItem>> Succeeded => With({BatchItemStatus}.Succeeded);

    /// <summary>The items that were refused.</summary>
    public global::System.Collections.Generic.IReadOnlyList<{BatchItemResult}<TItem>> Rejected => With({BatchItemStatus}.Rejected);

    /// <summary>The items that can be sent again safely.</summary>
    public global::System.Collections.Generic.IReadOnlyList<{BatchItemResult}<TItem>> NotAttempted => With({BatchItemStatus}.NotAttempted);

    /// <summary>The items whose fate is unknown.</summary>
    public global::System.Collections.Generic.IReadOnlyList<{BatchItemResult}<TItem>> OutcomeUnknown => With({BatchItemStatus}.OutcomeUnknown);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Items.Count} items in {Calls} calls: {Succeeded.Count} succeeded, {Rejected.Count} rejected, {NotAttempted.Count} not attempted, {OutcomeUnknown.Count} outcome unknown";
}

/// <summary>
/// A batched operation ended early because the progress callback threw: the calls under way were settled and no
/// further call was started. <see cref="Result"/> holds every item's outcome, the ones not sent as not attempted.
/// </summary>
/// <typeparam name="TItem">The type of the batched items.</typeparam>
{GeneratedCode}
public sealed class {BatchRunException}<TItem> : global::System.Exception
{
    /// <summary>Creates the exception from the result so far and what stopped the run.</summary>
    public {BatchRunException}({BatchResult}<TItem> result, global::System.Exception innerException)
        : base($"The batched run stopped because the progress callback threw: {innerException.Message} ({result})", innerException)
    {
        Result = result;
    }

    /// <summary>The outcome of every input item when the run stopped.</summary>
    public {BatchResult}<TItem> Result { get; }
}

/// <summary>
/// A batched operation was cancelled by the caller's token: the calls under way were settled and no further call was
/// started. <see cref="Result"/> holds every item's outcome, the ones not sent as not attempted.
/// </summary>
/// <typeparam name="TItem">The type of the batched items.</typeparam>
{GeneratedCode}
public sealed class {BatchCanceledException}<TItem> : global::System.OperationCanceledException
{
    /// <summary>Creates the exception from the result so far and the token that cancelled the run.</summary>
    public {BatchCanceledException}({BatchResult}<TItem> result, global::System.Exception? innerException, global::System.Threading.CancellationToken cancellationToken)
        : base($"The batched run was cancelled: {result}", innerException, cancellationToken)
    {
        Result = result;
    }

    /// <summary>The outcome of every input item when the run stopped.</summary>
    public {BatchResult}<TItem> Result { get; }
}

/// <summary>How far a batched operation has got.</summary>
/// <param name="ItemsDone">Items whose outcome is known (successful or not).</param>
/// <param name="ItemsTotal">All input items.</param>
/// <param name="CallsMade">HTTP calls made so far, retries included.</param>
/// <param name="Waits">Times a call waited, for the rate limit or before a retry.</param>
{GeneratedCode}
public readonly record struct {BatchProgress}(int ItemsDone, int ItemsTotal, int CallsMade, int Waits);

/// <summary>One call of a batched operation: whether any attempt of it has left the client.</summary>
{GeneratedCode}
internal sealed class {BatchCall}
{
    private readonly {BatchTracker} _tracker;

    public {BatchCall}({BatchTracker} tracker) => _tracker = tracker;

    /// <summary>An attempt was handed to the HttpClient: from here the vendor may act on it.</summary>
    public bool Sent { get; private set; }

    public void Sending()
    {
        Sent = true;
        _tracker.CallMade();
    }

    public void Waited() => _tracker.Waited();
}

/// <summary>
/// Counts a batched operation's progress and reports it in order. The progress callback is the caller's code: if it
/// throws, reporting stops and so does the starting of calls, and the run ends with that exception once the calls
/// under way are settled; it never becomes an item's outcome.
/// </summary>
{GeneratedCode}
internal sealed class {BatchTracker} : global::System.IDisposable
{
    private readonly object _gate = new();
    private readonly global::System.IProgress<{BatchProgress}>? _progress;
    private readonly global::System.Threading.CancellationTokenSource _stopping;
    private readonly int _total;
    private int _done;
    private int _calls;
    private int _waits;
    private global::System.Exception? _progressFailure;

    public {BatchTracker}(int total, global::System.IProgress<{BatchProgress}>? progress, global::System.Threading.CancellationToken cancellationToken)
    {
        _total = total;
        _progress = progress;
        _stopping = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Cancelled once no further call may start: the caller cancelled, or the progress callback threw.</summary>
    public global::System.Threading.CancellationToken Stopping => _stopping.Token;

    /// <summary>What the progress callback threw, if it did.</summary>
    public global::System.Exception? ProgressFailure
    {
        get
        {
            lock (_gate) return _progressFailure;
        }
    }

    public int Calls
    {
        get
        {
            lock (_gate) return _calls;
        }
    }

    public void CallMade() => Update(ref _calls, 1);

    public void Waited() => Update(ref _waits, 1);

    public void ItemsDone(int count) => Update(ref _done, count);

    public void Dispose() => _stopping.Dispose();

    private void Update(ref int counter, int by)
    {
        var failed = false;
        // Reported under the lock, so reports reach the caller in order and never go backwards.
        lock (_gate)
        {
            counter += by;
            if (_progress is null || _progressFailure is not null) return;
            try
            {
                _progress.Report(new {BatchProgress}(_done, _total, _calls, _waits));
            }
            catch (global::System.Exception exception)
            {
                _progressFailure = exception;
                failed = true;
            }
        }

        // Outside the lock: cancelling runs the continuations of calls waiting to start.
        if (failed) _stopping.Cancel();
    }
}
""";
}
