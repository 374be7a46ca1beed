namespace CodeGen.Benchmarks.Runtime.Saleshandy.HandWritten;

internal static class HandWrittenSaleshandyPayload
{
    public static CreateTaskBody Create() => new()
    {
        ProspectIds = SaleshandySample.ProspectIds(),
        TaskType = TaskKind.CallFollowUp,
        Priority = Priority.Medium,
        DueDate = SaleshandySample.DueDate,
        TaskNote = SaleshandySample.TaskNote,
    };
}
