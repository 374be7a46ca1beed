namespace CodeGen.Model;

/// <summary>
/// The names of the types generated beside a spec's models for its batched operations. A schema with one of these
/// names is renamed, so the names stay fixed for code that uses them.
/// </summary>
internal static class BatchTypeNames
{
    public const string ItemStatus = "BatchItemStatus";
    public const string ItemResult = "BatchItemResult";
    public const string Result = "BatchResult";
    public const string Progress = "BatchProgress";
    public const string RunException = "BatchRunException";
    public const string CanceledException = "BatchCanceledException";
    public const string Call = "BatchCall";
    public const string Tracker = "BatchTracker";

    public static readonly string[] All = { ItemStatus, ItemResult, Result, Progress, RunException, CanceledException, Call, Tracker };
}
