using System.Globalization;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.NSwagGenerated;

internal static class NSwagLeadSquaredPayload
{
    /// <summary>NSwag types LeadSquared's custom-format dates as strings, so they are formatted here, outside the measurement.</summary>
    public static CreateTasksInBulkRequest Create() => new()
    {
        TaskList = LeadSquaredSample.Tasks().Select(task => new BulkTask
        {
            Name = task.Name,
            Description = task.Description,
            RelatedEntity = task.IsForLead ? TaskRelatedEntity._1 : TaskRelatedEntity._0,
            RelatedEntityId = task.RelatedEntityId,
            DueDate = task.DueDate.UtcDateTime.ToString(LeadSquaredSample.SampleTask.DateFormat, CultureInfo.InvariantCulture),
            EndDate = task.EndDate.UtcDateTime.ToString(LeadSquaredSample.SampleTask.DateFormat, CultureInfo.InvariantCulture),
            Reminder = task.Reminder,
            NotifyBy = task.NotifyByEmail ? TaskNotifyBy._1100 : TaskNotifyBy._1000,
            OwnerEmailAddress = task.OwnerEmailAddress,
            Location = task.Location,
            TaskType = new TaskTypeReference { Name = task.TaskType },
            CustomFields = new TaskCustomFields { [LeadSquaredSample.SampleTask.CustomFieldName] = task.CustomField },
        }).ToList(),
        StatusWebhookURL = new Uri(LeadSquaredSample.StatusWebhookUrl),
    };
}
