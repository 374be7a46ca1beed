using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GeneratedSample.HighLevel;
using GeneratedSample.HighLevel.Serialization;
using GeneratedSample.LeadSquared;
using GeneratedSample.LeadSquared.Serialization;
using GeneratedSample.Saleshandy;
using GeneratedSample.Saleshandy.Serialization;

// Every type below was generated at compile time from ../specs/*.yaml (see obj/generated/ for the source).
// Serialisation goes through the generated resolvers, with reflection disabled for the whole app.

Section("HighLevel: create recurring task");
var recurring = new RecurringTaskCreateDTO
{
    Title = "Task Name",
    Description = "Task Description",
    ContactIds = ["sx6wyHhbFdRXh302Lunr"],
    Owners = ["sx6wyHhbFdRXh302Lunr"],
    IgnoreTaskCreation = true,
    RruleOptions = new CustomRRulesOptions
    {
        IntervalType = RecurrenceIntervalType.Hourly,
        Interval = 1,
        StartDate = new DateTimeOffset(2025, 7, 23, 10, 0, 0, TimeSpan.Zero),
        DueAfterSeconds = 600,
    },
};
Print(recurring, HighLevelJsonResolver.Options);
var created = Parse<RecurringTaskSingleResponseDTO>(SampleResponses.HighLevelRecurringTask, HighLevelJsonResolver.Options);
Console.WriteLine($"Response: recurring task {created.RecurringTask.Id} \"{created.RecurringTask.Title}\", " +
                  $"every {created.RecurringTask.RruleOptions.Interval} {created.RecurringTask.RruleOptions.IntervalType}, " +
                  $"{created.RecurringTask.TotalOccurrence} occurrences");

Section("LeadSquared: create tasks in bulk");
var bulk = new CreateTasksInBulkRequest
{
    TaskList =
    [
        new BulkTask
        {
            Name = "Meeting",
            Description = "Meeting with Adam",
            RelatedEntity = TaskRelatedEntity.Lead,
            RelatedEntityId = "7e5b7380-4295-4af2-9706-941ab71be772",
            // Any offset goes in; the wire gets UTC in LeadSquared's "yyyy-MM-dd HH:mm:ss".
            DueDate = new DateTimeOffset(2021, 11, 25, 18, 40, 0, TimeSpan.FromHours(5.5)),
            EndDate = new DateTimeOffset(2021, 11, 25, 13, 15, 0, TimeSpan.Zero),
            Reminder = 30,
            NotifyBy = TaskNotifyBy.Email,
            OwnerEmailAddress = "sri@example.com",
            Location = "Koramangala",
            TaskType = new TaskTypeReference { Name = "Meeting" },
            CustomFields = new() { ["mx_Custom_1"] = "Meeting in Koramangala" },
        },
    ],
    StatusWebhookURL = "https://webhook.site/5f51ba29-ca49-405d-ac10-587bbc7647d4",
};
Print(bulk, LeadSquaredJsonResolver.Options);
var accepted = Parse<CreateTasksInBulkResponse>("""{"Status":"Success","Message":{"Id":"1556275384"}}""", LeadSquaredJsonResolver.Options);
Console.WriteLine($"Response: {accepted.Status}, request id {accepted.Message?.Id}");

Section("Saleshandy: create task");
var task = new CreateTaskRequest
{
    ProspectIds = ["8PvBmrB7P7"],
    TaskType = TaskType.CallFollowUp,
    Priority = TaskPriority.Medium,
    DueDate = new DateOnly(2026, 4, 22),
    TaskNote = "Call to follow up on the proposal sent yesterday.",
};
Print(task, SaleshandyJsonResolver.Options);
var results = Parse<CreateTaskResponse>(SampleResponses.SaleshandyCreateTask, SaleshandyJsonResolver.Options);
foreach (var result in results.Payload?.Results ?? [])
{
    Console.WriteLine($"Response: prospect {result.ProspectId}: {(result.Success == true ? "created task " + result.TaskId : "failed")}");
}

static void Section(string title) => Console.WriteLine($"{Environment.NewLine}== {title}");

static void Print<T>(T value, JsonSerializerOptions options)
{
    var typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    Console.WriteLine($"Request ({typeof(T).Name}):");
    Console.WriteLine(JsonSerializer.Serialize(value, typeInfo));
}

static T Parse<T>(string json, JsonSerializerOptions options) =>
    JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))
    ?? throw new JsonException($"The response was null where a {typeof(T).Name} was expected.");

/// <summary>Responses as the vendors document them.</summary>
internal static class SampleResponses
{
    public const string HighLevelRecurringTask = """
        {"recurringTask":{"id":"sx6wyHhbFdRXh302Lunr","title":"Task Name","description":"Task Description",
         "locationId":"sx6wyHhbFdRXh302Lunr","updatedAt":"2021-04-15T10:00:00.000Z","createdAt":"2021-04-15T10:00:00.000Z",
         "rruleOptions":{"createTaskIfOverDue":false,"interval":1,"intervalType":"hourly","startDate":"2024-10-29T12:34:03.000Z",
         "dueAfterSeconds":600,"count":550},"totalOccurrence":10,"deleted":false,"assignedTo":"sx6wyHhbFdRXh302Lunr",
         "contactId":"v5cEPM428h8vShlRW1KT"}}
        """;

    public const string SaleshandyCreateTask = """
        {"message":"Task created successfully","payload":{"results":[
         {"prospectId":"Pr9xQ2Lm","taskId":"7PWYDWW7zo","success":true},
         {"prospectId":"Pr4Kb8Qw","taskId":"Mw5Mjoo1wb","success":true},
         {"prospectId":"INVALIDxx","taskId":null,"success":false}]}}
        """;
}
