using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Consumer.LeadSquared;
using Consumer.LeadSquared.Serialization;
using Net8Consumer.Saleshandy;
using Net8Consumer.Saleshandy.Serialization;

// Types generated from specs/leadsquared.yaml (named by the item's metadata) and specs/saleshandy.yaml (default names).
var bulk = new CreateTasksInBulkRequest
{
    TaskList =
    [
        new BulkTask
        {
            Name = "Meeting",
            RelatedEntity = TaskRelatedEntity.Lead,
            RelatedEntityId = "7e5b7380-4295-4af2-9706-941ab71be772",
            DueDate = new DateTimeOffset(2021, 11, 25, 18, 40, 0, TimeSpan.FromHours(5.5)),
            NotifyBy = TaskNotifyBy.Email,
            TaskType = new TaskTypeReference { Name = "Meeting" },
        },
    ],
};
Console.WriteLine(JsonSerializer.Serialize(bulk, TypeInfo<CreateTasksInBulkRequest>(LeadSquaredJsonResolver.Options)));

var task = new CreateTaskRequest
{
    ProspectIds = ["8PvBmrB7P7"],
    TaskType = TaskType.CallFollowUp,
    Priority = TaskPriority.Medium,
    DueDate = new DateOnly(2026, 4, 22),
};
Console.WriteLine(JsonSerializer.Serialize(task, TypeInfo<CreateTaskRequest>(SaleshandyJsonResolver.Options)));

static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
