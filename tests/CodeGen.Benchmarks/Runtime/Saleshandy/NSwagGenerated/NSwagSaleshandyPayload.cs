namespace CodeGen.Benchmarks.Runtime.Saleshandy.NSwagGenerated;

internal static class NSwagSaleshandyPayload
{
    public static CreateTaskRequest Create() => new()
    {
        ProspectIds = SaleshandySample.ProspectIds(),
        TaskType = TaskType._13,
        Priority = TaskPriority._3,
        DueDate = new DateTimeOffset(SaleshandySample.DueDate, TimeOnly.MinValue, TimeSpan.Zero),
        TaskNote = SaleshandySample.TaskNote,
    };
}
