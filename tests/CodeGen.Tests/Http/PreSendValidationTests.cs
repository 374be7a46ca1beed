using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// The clients validate before sending: every row of the invalid-request tables throws with exactly the problems the
/// validator reports, and the server receives nothing. With validation switched off, the request goes out.
/// </summary>
public sealed class PreSendValidationTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public PreSendValidationTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task An_invalid_contact_task_is_not_sent()
    {
        var request = VendorRequestValidationTests.HighLevelCreateTask();
        request.Title = null!;

        await AssertNotSentAsync<HL.HighLevelValidationException>(() => VendorOperation.HighLevel(Http()).CreateContactTaskAsync("c-1", request), ["title|required"]);
    }

    [Theory]
    [MemberData(nameof(VendorRequestValidationTests.BrokenRecurringTaskCreations), MemberType = typeof(VendorRequestValidationTests))]
    public async Task An_invalid_recurring_task_creation_is_not_sent(string row, Action<HL.RecurringTaskCreateDTO> breakIt, string[] expected)
    {
        var request = VendorRequestValidationTests.HighLevelCreateRecurringTask();
        breakIt(request);

        await AssertNotSentAsync<HL.HighLevelValidationException>(() => VendorOperation.HighLevel(Http()).CreateRecurringTaskAsync("loc-1", request), expected, row);
    }

    [Theory]
    [MemberData(nameof(VendorRequestValidationTests.BrokenRecurringTaskUpdates), MemberType = typeof(VendorRequestValidationTests))]
    public async Task An_invalid_recurring_task_update_is_not_sent(string row, Action<HL.RecurringTaskUpdateDTO> breakIt, string[] expected)
    {
        var request = VendorRequestValidationTests.HighLevelUpdateRecurringTask();
        breakIt(request);

        await AssertNotSentAsync<HL.HighLevelValidationException>(() => VendorOperation.HighLevel(Http()).UpdateRecurringTaskAsync("loc-1", "rt-1", request), expected, row);
    }

    [Theory]
    [MemberData(nameof(VendorRequestValidationTests.BrokenBulkRequests), MemberType = typeof(VendorRequestValidationTests))]
    public async Task An_invalid_bulk_request_is_not_sent(string row, Action<LS.CreateTasksInBulkRequest> breakIt, string[] expected)
    {
        var request = VendorRequestValidationTests.LeadSquaredBulk();
        request.TaskList = VendorRequestValidationTests.Tasks(5);
        breakIt(request);

        await AssertNotSentAsync<LS.LeadSquaredValidationException>(() => VendorOperation.LeadSquared(Http()).CreateTasksInBulkAsync(request), expected, row);
    }

    [Theory]
    [MemberData(nameof(VendorRequestValidationTests.BrokenTaskCreations), MemberType = typeof(VendorRequestValidationTests))]
    public async Task An_invalid_saleshandy_task_is_not_sent(string row, Action<SH.CreateTaskRequest> breakIt, string[] expected)
    {
        var request = VendorRequestValidationTests.SaleshandyCreateTask();
        breakIt(request);

        await AssertNotSentAsync<SH.SaleshandyValidationException>(() => VendorOperation.Saleshandy(Http()).CreateTaskAsync(request), expected, row);
    }

    [Fact]
    public async Task With_validation_off_the_server_decides()
    {
        _server.Reset(_ => new ScriptedResponse(400, """{"Status":"Error","ExceptionType":"MXInvalidInputException","ExceptionMessage":"Name is mandatory"}"""));
        var request = VendorRequestValidationTests.LeadSquaredBulk();
        request.TaskList[0].Name = null!;
        var client = new LS.LeadSquaredClient(Http(), new LS.LeadSquaredClientOptions
        {
            AccessKey = VendorOperation.LeadSquaredAccessKey,
            SecretKey = VendorOperation.LeadSquaredSecretKey,
            ValidateRequests = false,
        });

        var exception = await Assert.ThrowsAsync<LS.LeadSquaredApiException<LS.LeadSquaredError>>(() => client.CreateTasksInBulkAsync(request));

        Assert.Equal("Name is mandatory", exception.Error.ExceptionMessage);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_batched_run_rejects_invalid_items_by_index_and_sends_the_rest()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"Status":"Success","Message":{"Id":"req-1"}}"""));
        var request = new LS.CreateTasksInBulkRequest
        {
            TaskList = Enumerable.Range(0, 60).Select(i => new LS.BulkTask
            {
                Name = i is 7 or 55 ? null! : $"task-{i}",
                TaskType = new LS.TaskTypeReference { Name = "To-do" },
            }).ToList(),
        };

        var result = await VendorOperation.LeadSquared(Http()).CreateTasksInBulkInBatchesAsync(request);

        Assert.Equal(new[] { 7, 55 }, result.Rejected.Select(item => item.Index));
        Assert.All(result.Rejected, item => Assert.Contains($"TaskList[{item.Index}].Name", item.Reason));
        Assert.Equal(58, result.Succeeded.Count);
        Assert.Equal(58, _server.Requests.Sum(r => System.Text.Json.Nodes.JsonNode.Parse(r.Body)!["TaskList"]!.AsArray().Count));
    }

    private async Task AssertNotSentAsync<TException>(Func<Task> call, string[] expected, string row = "")
        where TException : Exception
    {
        _server.Reset(_ => new ScriptedResponse(200, "{}"));

        var exception = await Assert.ThrowsAsync<TException>(call);

        dynamic result = ((dynamic)exception).Result;
        var problems = ((System.Collections.IEnumerable)result.Errors).Cast<dynamic>().Select(e => (string)e.Path + "|" + (string)e.Rule).ToArray();
        Assert.True(expected.SequenceEqual(problems), $"{row}: {string.Join(", ", problems)}");
        Assert.Empty(_server.Requests);
    }

    private HttpClient Http() => new() { BaseAddress = _server.BaseAddress };
}
