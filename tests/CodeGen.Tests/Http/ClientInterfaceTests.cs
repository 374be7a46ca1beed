using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>
/// Each client implements an interface declaring all its methods, so code that calls an API can be tested with a
/// hand-written fake and no mocking library.
/// </summary>
public sealed class ClientInterfaceTests
{
    [Fact]
    public async Task Code_that_depends_on_the_interface_runs_against_a_hand_written_fake()
    {
        var fake = new FakeHighLevelClient();
        var followUps = new FollowUps(fake);
        var due = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

        var taskId = await followUps.ScheduleCallBackAsync("contact-7", due);

        Assert.Equal("task-1", taskId);
        var (contactId, body) = Assert.Single(fake.CreatedTasks);
        Assert.Equal("contact-7", contactId);
        Assert.Equal("Call back", body.Title);
        Assert.Equal(due, body.DueDate);
        Assert.False(body.Completed);
    }

    [Theory]
    [InlineData(typeof(HL.HighLevelClient), typeof(HL.IHighLevelClient))]
    [InlineData(typeof(LS.LeadSquaredClient), typeof(LS.ILeadSquaredClient))]
    [InlineData(typeof(SH.SaleshandyClient), typeof(SH.ISaleshandyClient))]
    public void The_interface_declares_every_public_method_of_the_client(Type client, Type clientInterface)
    {
        var publicMethods = client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).ToList();
        var map = client.GetInterfaceMap(clientInterface);

        Assert.NotEmpty(publicMethods);
        Assert.Equal(publicMethods.Select(m => m.Name).OrderBy(n => n), map.TargetMethods.Select(m => m.Name).OrderBy(n => n));
        if (client == typeof(LS.LeadSquaredClient))
        {
            Assert.Contains(map.InterfaceMethods, m => m.Name == nameof(LS.ILeadSquaredClient.CreateTasksInBulkInBatchesAsync));
        }
    }

    /// <summary>Application code that knows only the interface.</summary>
    private sealed class FollowUps(HL.IHighLevelClient highLevel)
    {
        public async Task<string?> ScheduleCallBackAsync(string contactId, DateTimeOffset due, CancellationToken cancellationToken = default)
        {
            var response = await highLevel.CreateContactTaskAsync(contactId, new HL.CreateTaskParams { Title = "Call back", DueDate = due, Completed = false }, cancellationToken);
            return response.Task?.Id;
        }
    }

    /// <summary>A fake written by hand: it records the tasks asked for and answers as the API would.</summary>
    private sealed class FakeHighLevelClient : HL.IHighLevelClient
    {
        public List<(string ContactId, HL.CreateTaskParams Body)> CreatedTasks { get; } = new();

        public Task<HL.TaskByIsSuccessfulResponseDto> CreateContactTaskAsync(string contactId, HL.CreateTaskParams body, CancellationToken cancellationToken = default)
        {
            CreatedTasks.Add((contactId, body));
            return Task.FromResult(new HL.TaskByIsSuccessfulResponseDto
            {
                Task = new HL.TaskSchema { Id = "task-" + CreatedTasks.Count, Title = body.Title, ContactId = contactId, DueDate = body.DueDate, Completed = body.Completed },
            });
        }

        public Task<HL.HighLevelApiResponse<HL.TaskByIsSuccessfulResponseDto>> CreateContactTaskWithResponseAsync(string contactId, HL.CreateTaskParams body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");

        public Task<HL.RecurringTaskSingleResponseDTO> CreateRecurringTaskAsync(string locationId, HL.RecurringTaskCreateDTO body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");

        public Task<HL.HighLevelApiResponse<HL.RecurringTaskSingleResponseDTO>> CreateRecurringTaskWithResponseAsync(string locationId, HL.RecurringTaskCreateDTO body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");

        public Task<HL.RecurringTaskSingleResponseDTO> UpdateRecurringTaskAsync(string locationId, string id, HL.RecurringTaskUpdateDTO body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");

        public Task<HL.HighLevelApiResponse<HL.RecurringTaskSingleResponseDTO>> UpdateRecurringTaskWithResponseAsync(string locationId, string id, HL.RecurringTaskUpdateDTO body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");

        public Task<HL.LocationTaskListSuccessfulResponseDto> SearchTasksAsync(string locationId, HL.TaskSearchParamsDto body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");

        public Task<HL.HighLevelApiResponse<HL.LocationTaskListSuccessfulResponseDto>> SearchTasksWithResponseAsync(string locationId, HL.TaskSearchParamsDto body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");

        public IAsyncEnumerable<HL.LocationTaskListSuccessfulResponseDto> SearchTasksPagesAsync(string locationId, HL.TaskSearchParamsDto body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");

        public IAsyncEnumerable<List<System.Text.Json.JsonElement>> SearchTasksAllAsync(string locationId, HL.TaskSearchParamsDto body, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Not used by FollowUps.");
    }
}
