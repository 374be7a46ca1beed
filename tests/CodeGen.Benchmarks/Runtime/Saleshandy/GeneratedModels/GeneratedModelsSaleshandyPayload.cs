using CodeGen.Benchmarks.Generated.Saleshandy;

namespace CodeGen.Benchmarks.Runtime.Saleshandy.GeneratedModels;

internal static class GeneratedModelsSaleshandyPayload
{
    public static CreateTaskRequest Create() => new()
    {
        ProspectIds = SaleshandySample.ProspectIds(),
        TaskType = TaskType.CallFollowUp,
        Priority = TaskPriority.Medium,
        DueDate = SaleshandySample.DueDate,
        TaskNote = SaleshandySample.TaskNote,
    };
}
