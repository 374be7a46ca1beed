using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Tests.Serialization;
using Xunit;
using HighLevel = CodeGen.Tests.HighLevel;
using LeadSquared = CodeGen.Tests.LeadSquared;
using Saleshandy = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Validation;

/// <summary>
/// For each of the five vendor operations: its documented example request is valid, and a table of invalid requests
/// (every constraint the spec states broken once, then several at once) reports exactly the paths and rules broken.
/// </summary>
public sealed class VendorRequestValidationTests
{
    [Theory]
    [InlineData("createContactTask")]
    [InlineData("createRecurringTask")]
    [InlineData("updateRecurringTask")]
    [InlineData("createTasksInBulk")]
    [InlineData("createTask")]
    public void The_vendor_doc_example_request_is_valid(string operation)
    {
        var problems = operation switch
        {
            "createContactTask" => Problems(HighLevelCreateTask().Validate()),
            "createRecurringTask" => Problems(HighLevelCreateRecurringTask().Validate()),
            "updateRecurringTask" => Problems(HighLevelUpdateRecurringTask().Validate()),
            "createTasksInBulk" => Problems(LeadSquaredBulk().Validate()),
            "createTask" => Problems(SaleshandyCreateTask().Validate()),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.Empty(problems);
    }

    // HighLevel createContactTask: title is the one constraint a value can break (dueDate and completed are value
    // types that always hold a valid value; body and assignedTo are free text), so there is no several-at-once row.
    [Fact]
    public void HighLevel_createContactTask_reports_a_missing_title()
    {
        var request = HighLevelCreateTask();
        request.Title = null!;

        Assert.Equal(["title|required"], Problems(request.Validate()));
    }

    public static TheoryData<string, Action<HighLevel.RecurringTaskCreateDTO>, string[]> BrokenRecurringTaskCreations => new()
    {
        { "title missing", r => r.Title = null!, ["title|required"] },
        { "rruleOptions missing", r => r.RruleOptions = null!, ["rruleOptions|required"] },
        { "contact id null", r => r.ContactIds = ["a", null!], ["contactIds[1]|nullable"] },
        { "owner null", r => r.Owners = [null!], ["owners[0]|nullable"] },
        { "intervalType not one of the spec's", r => r.RruleOptions.IntervalType = default, ["rruleOptions.intervalType|enum"] },
        { "dayOfMonth below 1", r => r.RruleOptions.DayOfMonth = 0, ["rruleOptions.dayOfMonth|minimum"] },
        { "dayOfMonth above 31", r => r.RruleOptions.DayOfMonth = 32, ["rruleOptions.dayOfMonth|maximum"] },
        { "dayOfWeek not one of the spec's", r => r.RruleOptions.DayOfWeek = (HighLevel.RecurrenceDayOfWeek)42, ["rruleOptions.dayOfWeek|enum"] },
        { "monthOfYear below 1", r => r.RruleOptions.MonthOfYear = 0, ["rruleOptions.monthOfYear|minimum"] },
        { "monthOfYear above 12", r => r.RruleOptions.MonthOfYear = 13, ["rruleOptions.monthOfYear|maximum"] },
        {
            "several at once",
            r =>
            {
                r.Title = null!;
                r.Owners = [null!, "b", null!];
                r.RruleOptions.DayOfMonth = 0;
                r.RruleOptions.MonthOfYear = 13;
            },
            ["title|required", "owners[0]|nullable", "owners[2]|nullable", "rruleOptions.dayOfMonth|minimum", "rruleOptions.monthOfYear|maximum"]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenRecurringTaskCreations))]
    public void HighLevel_createRecurringTask_reports_each_broken_constraint(string row, Action<HighLevel.RecurringTaskCreateDTO> breakIt, string[] expected)
    {
        var request = HighLevelCreateRecurringTask();
        breakIt(request);

        Assert.True(expected.SequenceEqual(Problems(request.Validate())), $"{row}: {request.Validate()}");
    }

    public static TheoryData<string, Action<HighLevel.RecurringTaskUpdateDTO>, string[]> BrokenRecurringTaskUpdates => new()
    {
        { "contact id null", r => r.ContactIds = [null!], ["contactIds[0]|nullable"] },
        { "owner null", r => r.Owners = ["a", "b", null!], ["owners[2]|nullable"] },
        { "intervalType not one of the spec's", r => r.RruleOptions!.IntervalType = (HighLevel.RecurrenceIntervalType)9, ["rruleOptions.intervalType|enum"] },
        { "dayOfMonth below 1", r => r.RruleOptions!.DayOfMonth = -1, ["rruleOptions.dayOfMonth|minimum"] },
        { "dayOfMonth above 31", r => r.RruleOptions!.DayOfMonth = 40, ["rruleOptions.dayOfMonth|maximum"] },
        { "dayOfWeek not one of the spec's", r => r.RruleOptions!.DayOfWeek = default(HighLevel.RecurrenceDayOfWeek), ["rruleOptions.dayOfWeek|enum"] },
        { "monthOfYear below 1", r => r.RruleOptions!.MonthOfYear = 0, ["rruleOptions.monthOfYear|minimum"] },
        { "monthOfYear above 12", r => r.RruleOptions!.MonthOfYear = 99, ["rruleOptions.monthOfYear|maximum"] },
        {
            "several at once",
            r =>
            {
                r.ContactIds = [null!];
                r.RruleOptions!.IntervalType = default;
                r.RruleOptions.DayOfWeek = (HighLevel.RecurrenceDayOfWeek)8;
                r.RruleOptions.DayOfMonth = 32;
            },
            ["contactIds[0]|nullable", "rruleOptions.intervalType|enum", "rruleOptions.dayOfMonth|maximum", "rruleOptions.dayOfWeek|enum"]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenRecurringTaskUpdates))]
    public void HighLevel_updateRecurringTask_reports_each_broken_constraint(string row, Action<HighLevel.RecurringTaskUpdateDTO> breakIt, string[] expected)
    {
        var request = HighLevelUpdateRecurringTask();
        breakIt(request);

        Assert.True(expected.SequenceEqual(Problems(request.Validate())), $"{row}: {request.Validate()}");
    }

    [Fact]
    public void HighLevel_updateRecurringTask_with_no_fields_is_valid_because_every_field_is_optional()
    {
        Assert.True(new HighLevel.RecurringTaskUpdateDTO().Validate().IsValid);
    }

    public static TheoryData<string, Action<LeadSquared.CreateTasksInBulkRequest>, string[]> BrokenBulkRequests => new()
    {
        { "TaskList missing", r => r.TaskList = null!, ["TaskList|required"] },
        { "TaskList empty", r => r.TaskList.Clear(), ["TaskList|minItems"] },
        { "51 tasks, one over LeadSquared's 50 per call", r => r.TaskList = Tasks(51), ["TaskList|maxItems"] },
        { "a task is null", r => r.TaskList[3] = null!, ["TaskList[3]|nullable"] },
        { "task name missing", r => r.TaskList[3].Name = null!, ["TaskList[3].Name|required"] },
        { "task type missing", r => r.TaskList[3].TaskType = null!, ["TaskList[3].TaskType|required"] },
        { "task type name missing", r => r.TaskList[3].TaskType.Name = null!, ["TaskList[3].TaskType.Name|required"] },
        { "RelatedEntity not 0, 1 or 5", r => r.TaskList[3].RelatedEntity = (LeadSquared.TaskRelatedEntity)3, ["TaskList[3].RelatedEntity|enum"] },
        { "NotifyBy not 1100 or 1000", r => r.TaskList[3].NotifyBy = (LeadSquared.TaskNotifyBy)1234, ["TaskList[3].NotifyBy|enum"] },
        { "owner email is not an email address", r => r.TaskList[3].OwnerEmailAddress = "sri.example.com", ["TaskList[3].OwnerEmailAddress|format"] },
        { "custom field value null", r => r.TaskList[3].CustomFields!["mx_Custom_1"] = null!, ["TaskList[3].CustomFields.mx_Custom_1|nullable"] },
        { "webhook URL is not absolute", r => r.StatusWebhookURL = "webhook.site/5f51ba29", ["StatusWebhookURL|format"] },
        {
            "several at once, across tasks",
            r =>
            {
                r.TaskList = Tasks(52);
                r.TaskList[0].Name = null!;
                r.TaskList[3].OwnerEmailAddress = "not an email";
                r.TaskList[3].NotifyBy = (LeadSquared.TaskNotifyBy)1;
                r.TaskList[49].TaskType.Name = null!;
                r.StatusWebhookURL = "ftp//missing-colon";
            },
            [
                "TaskList|maxItems", "TaskList[0].Name|required", "TaskList[3].NotifyBy|enum",
                "TaskList[3].OwnerEmailAddress|format", "TaskList[49].TaskType.Name|required", "StatusWebhookURL|format",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenBulkRequests))]
    public void LeadSquared_createTasksInBulk_reports_each_broken_constraint(string row, Action<LeadSquared.CreateTasksInBulkRequest> breakIt, string[] expected)
    {
        var request = LeadSquaredBulk();
        request.TaskList = Tasks(5);
        breakIt(request);

        Assert.True(expected.SequenceEqual(Problems(request.Validate())), $"{row}: {request.Validate()}");
    }

    [Fact]
    public void LeadSquared_message_names_the_task_and_field_in_wire_names()
    {
        var request = LeadSquaredBulk();
        request.TaskList = Tasks(5);
        request.TaskList[3].OwnerEmailAddress = "sri.example.com";

        var exception = Assert.Throws<LeadSquared.LeadSquaredValidationException>(() => request.Validate().ThrowIfInvalid());

        Assert.Equal(
            "The request breaks 1 constraint of the API:\n- TaskList[3].OwnerEmailAddress: must be an email address such as name@example.com.",
            exception.Message);
        Assert.Equal("TaskList[3].OwnerEmailAddress", Assert.Single(exception.Result.Errors).Path);
    }

    [Fact]
    public void LeadSquared_accepts_exactly_50_tasks()
    {
        var request = LeadSquaredBulk();
        request.TaskList = Tasks(50);

        Assert.True(request.Validate().IsValid);
    }

    public static TheoryData<string, Action<Saleshandy.CreateTaskRequest>, string[]> BrokenTaskCreations => new()
    {
        { "prospectIds missing", r => r.ProspectIds = null!, ["prospectIds|required"] },
        { "prospectIds empty", r => r.ProspectIds = [], ["prospectIds|minItems"] },
        { "a prospect id repeated", r => r.ProspectIds = ["8PvBmrB7P7", "Pr4Kb8Qw", "8PvBmrB7P7"], ["prospectIds|uniqueItems"] },
        { "a prospect id null", r => r.ProspectIds = ["8PvBmrB7P7", null!], ["prospectIds[1]|nullable"] },
        { "taskType 1, which the field list does not accept", r => r.TaskType = (Saleshandy.TaskType)1, ["taskType|enum"] },
        { "priority not 1 to 4", r => r.Priority = (Saleshandy.TaskPriority)9, ["priority|enum"] },
        {
            "several at once",
            r =>
            {
                r.ProspectIds = [];
                r.TaskType = (Saleshandy.TaskType)7;
                r.Priority = default(Saleshandy.TaskPriority);
            },
            ["prospectIds|minItems", "taskType|enum", "priority|enum"]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenTaskCreations))]
    public void Saleshandy_createTask_reports_each_broken_constraint(string row, Action<Saleshandy.CreateTaskRequest> breakIt, string[] expected)
    {
        var request = SaleshandyCreateTask();
        breakIt(request);

        Assert.True(expected.SequenceEqual(Problems(request.Validate())), $"{row}: {request.Validate()}");
    }

    [Fact]
    public void Saleshandy_enum_message_gives_the_number_that_would_be_sent()
    {
        var request = SaleshandyCreateTask();
        request.TaskType = (Saleshandy.TaskType)1;

        var error = Assert.Single(request.Validate().Errors);

        Assert.Equal("must be one of \"2\", \"3\", \"4\", \"5\", \"6\", \"9\", \"11\", \"12\", \"13\", \"14\", \"15\", \"16\", \"17\", \"18\"; it is 1.", error.Message);
    }

    internal static HighLevel.CreateTaskParams HighLevelCreateTask() =>
        Read<HighLevel.CreateTaskParams>(VendorExamples.HighLevelCreateContactTaskRequest, HighLevel.Serialization.HighLevelJsonResolver.Options);

    internal static HighLevel.RecurringTaskCreateDTO HighLevelCreateRecurringTask() =>
        Read<HighLevel.RecurringTaskCreateDTO>(VendorExamples.HighLevelRecurringTaskRequest, HighLevel.Serialization.HighLevelJsonResolver.Options);

    internal static HighLevel.RecurringTaskUpdateDTO HighLevelUpdateRecurringTask() =>
        Read<HighLevel.RecurringTaskUpdateDTO>(VendorExamples.HighLevelRecurringTaskRequest, HighLevel.Serialization.HighLevelJsonResolver.Options);

    internal static LeadSquared.CreateTasksInBulkRequest LeadSquaredBulk() =>
        Read<LeadSquared.CreateTasksInBulkRequest>(VendorExamples.LeadSquaredBulkRequest, LeadSquared.Serialization.LeadSquaredJsonResolver.Options);

    internal static Saleshandy.CreateTaskRequest SaleshandyCreateTask() =>
        Read<Saleshandy.CreateTaskRequest>(VendorExamples.SaleshandyCreateTaskRequest, Saleshandy.Serialization.SaleshandyJsonResolver.Options);

    /// <summary><paramref name="count"/> fresh tasks, alternating the two tasks of the vendor's example.</summary>
    internal static System.Collections.Generic.List<LeadSquared.BulkTask> Tasks(int count) =>
        Enumerable.Range(0, count).Select(i => LeadSquaredBulk().TaskList[i % 2]).ToList();

    private static string[] Problems(HighLevel.HighLevelValidationResult result) => result.Errors.Select(e => e.Path + "|" + e.Rule).ToArray();

    private static string[] Problems(LeadSquared.LeadSquaredValidationResult result) => result.Errors.Select(e => e.Path + "|" + e.Rule).ToArray();

    private static string[] Problems(Saleshandy.SaleshandyValidationResult result) => result.Errors.Select(e => e.Path + "|" + e.Rule).ToArray();

    private static T Read<T>(string json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!;
}
