using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>
/// The names of the types generated beside one spec's models for its batched operations. Each starts with the spec's
/// API name (<c>LeadSquaredBatchResult</c>), so two specs imported into one file never make a name ambiguous; a schema
/// with one of these names is renamed, so the names stay fixed for code that uses them.
/// </summary>
internal sealed record BatchTypeNames(string ApiName)
{
    public string ItemStatus => ApiName + "BatchItemStatus";

    public string ItemResult => ApiName + "BatchItemResult";

    public string Result => ApiName + "BatchResult";

    public string Progress => ApiName + "BatchProgress";

    public string RunException => ApiName + "BatchRunException";

    public string CanceledException => ApiName + "BatchCanceledException";

    public string Call => ApiName + "BatchCall";

    public string Tracker => ApiName + "BatchTracker";

    public string[] All => new[] { ItemStatus, ItemResult, Result, Progress, RunException, CanceledException, Call, Tracker };

    /// <summary>Puts the names into a template that spells them <c>{BatchResult}</c>, <c>{BatchProgress}</c>, ….</summary>
    public string Fill(string template) => TemplateText.Fill(template,
        ("{BatchItemStatus}", ItemStatus),
        ("{BatchItemResult}", ItemResult),
        ("{BatchResult}", Result),
        ("{BatchProgress}", Progress),
        ("{BatchRunException}", RunException),
        ("{BatchCanceledException}", CanceledException),
        ("{BatchCall}", Call),
        ("{BatchTracker}", Tracker));
}
