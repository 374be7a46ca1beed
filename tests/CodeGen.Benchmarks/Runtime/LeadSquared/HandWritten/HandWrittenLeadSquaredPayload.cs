namespace CodeGen.Benchmarks.Runtime.LeadSquared.HandWritten;

internal static class HandWrittenLeadSquaredPayload
{
    public static BulkCreateRequest Create() => new()
    {
        TaskList = LeadSquaredSample.Tasks().Select(task => new BulkTask
        {
            Name = task.Name,
            Description = task.Description,
            RelatedEntity = task.IsForLead ? RelatedEntity.Lead : RelatedEntity.None,
            RelatedEntityId = task.RelatedEntityId,
            DueDate = task.DueDate,
            EndDate = task.EndDate,
            Reminder = task.Reminder,
            NotifyBy = task.NotifyByEmail ? NotifyBy.Email : NotifyBy.None,
            OwnerEmailAddress = task.OwnerEmailAddress,
            Location = task.Location,
            TaskType = new TaskTypeName { Name = task.TaskType },
            CustomFields = new Dictionary<string, string> { [LeadSquaredSample.SampleTask.CustomFieldName] = task.CustomField },
        }).ToList(),
        StatusWebhookUrl = LeadSquaredSample.StatusWebhookUrl,
    };
}
