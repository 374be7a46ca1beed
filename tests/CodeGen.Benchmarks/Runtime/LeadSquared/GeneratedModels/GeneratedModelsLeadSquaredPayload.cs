using CodeGen.Benchmarks.Generated.LeadSquared;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.GeneratedModels;

internal static class GeneratedModelsLeadSquaredPayload
{
    public static CreateTasksInBulkRequest Create() => new()
    {
        TaskList = LeadSquaredSample.Tasks().Select(task => new BulkTask
        {
            Name = task.Name,
            Description = task.Description,
            RelatedEntity = task.IsForLead ? TaskRelatedEntity.Lead : TaskRelatedEntity.None,
            RelatedEntityId = task.RelatedEntityId,
            DueDate = task.DueDate,
            EndDate = task.EndDate,
            Reminder = task.Reminder,
            NotifyBy = task.NotifyByEmail ? TaskNotifyBy.Email : TaskNotifyBy.None,
            OwnerEmailAddress = task.OwnerEmailAddress,
            Location = task.Location,
            TaskType = new TaskTypeReference { Name = task.TaskType },
            CustomFields = new Dictionary<string, string> { [LeadSquaredSample.SampleTask.CustomFieldName] = task.CustomField },
        }).ToList(),
        StatusWebhookURL = LeadSquaredSample.StatusWebhookUrl,
    };
}
