using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Tests.Infrastructure;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;

namespace CodeGen.Tests.Http;

/// <summary>The generated clients against a real HTTP server, checked against NSwag's independent reading of the specs.</summary>
public sealed class ClientWireTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public ClientWireTests(ServerFixture fixture) => _server = fixture.Server;

    public static TheoryData<string> Operations() => new(VendorOperation.All.Select(o => o.OperationId));

    /// <summary>Every documented non-2xx status of every operation.</summary>
    public static TheoryData<string, string> ErrorStatuses()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in VendorOperation.All)
        {
            foreach (var (status, _) in SpecContract.For(operation.Spec).Responses(operation.OperationId))
            {
                if (!status.StartsWith('2')) data.Add(operation.OperationId, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_sends_what_the_spec_describes_and_reads_the_documented_answer(string operationId)
    {
        var operation = VendorOperation.Get(operationId);
        var contract = SpecContract.For(operation.Spec);
        var (successStatus, successExample) = contract.Responses(operationId).First(r => r.Status.StartsWith('2'));
        _server.Reset(_ => new ScriptedResponse(int.Parse(successStatus), successExample));
        var requestExample = contract.RequestExample(operationId)!;

        var result = await operation.Call(Http(), requestExample, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(operation.Method, request.Method);
        Assert.Equal(operation.ExpectedPath, request.Path);
        operation.AssertCredentials(request);
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Empty(contract.RequestBodyErrors(operationId, request.Body));
        Assert.Empty(JsonEquivalence.Differences(requestExample, request.Body));

        var roundTripped = JsonSerializer.Serialize(result, result.GetType(), ResolverOptions(operation.Spec));
        Assert.Empty(JsonEquivalence.Differences(successExample!, roundTripped));
    }

    [Theory]
    [MemberData(nameof(ErrorStatuses))]
    public async Task Each_documented_error_status_throws_with_its_parsed_body_status_and_headers(string operationId, string status)
    {
        var operation = VendorOperation.Get(operationId);
        var contract = SpecContract.For(operation.Spec);
        var example = contract.ResponseExample(operationId, status);
        _server.Reset(_ => new ScriptedResponse(int.Parse(status), example, new Dictionary<string, string> { ["Retry-After"] = "7", ["X-Request-Id"] = "req-1" }));

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => operation.Call(Http(), contract.RequestExample(operationId)!, CancellationToken.None));

        Assert.True(exception.GetType().IsGenericType, $"{exception.GetType().Name}: {exception.Message}");
        Assert.Equal(contract.ErrorModelName(operationId, status), exception.GetType().GetGenericArguments()[0].Name);
        dynamic api = exception;
        Assert.Equal(int.Parse(status), (int)api.StatusCode);
        Assert.Equal(example, (string)api.ResponseBody);
        Assert.Equal(TimeSpan.FromSeconds(7), (TimeSpan?)api.RetryAfter.Delta);
        Assert.Equal("req-1", Assert.Single((IReadOnlyList<string>)api.Headers["x-request-id"]));
        var error = (object)api.Error;
        Assert.Empty(JsonEquivalence.Differences(example, JsonSerializer.Serialize(error, error.GetType(), ResolverOptions(operation.Spec))));
    }

    [Fact]
    public void The_independent_validator_rejects_bodies_that_break_the_spec()
    {
        Assert.NotEmpty(SpecContract.For("leadsquared.yaml").RequestBodyErrors("createTasksInBulk", """{"TaskList":[{"TaskType":{"Name":"Call"}}]}"""));
        Assert.NotEmpty(SpecContract.For("highlevel.yaml").RequestBodyErrors("createContactTask", """{"title":"x","completed":"yes","dueDate":"2020-10-25T11:00:00Z"}"""));
        Assert.NotEmpty(SpecContract.For("saleshandy.yaml").RequestBodyErrors("createTask", """{"prospectIds":["a"],"taskType":"99"}"""));
    }

    [Fact]
    public async Task HighLevel_400_and_422_bodies_differ_and_each_parses_as_its_own_model()
    {
        _server.Reset(_ => new ScriptedResponse(422, """{"statusCode":422,"message":["title must be a string","dueDate is required"],"error":"Unprocessable Entity"}"""));
        var unprocessable = await Assert.ThrowsAsync<HL.HighLevelApiException<HL.UnprocessableDTO>>(CreateContactTask);
        Assert.Equal(new[] { "title must be a string", "dueDate is required" }, unprocessable.Error.Message);

        _server.Reset(_ => new ScriptedResponse(400, """{"statusCode":400,"message":"Bad Request"}"""));
        var badRequest = await Assert.ThrowsAsync<HL.HighLevelApiException<HL.BadRequestDTO>>(CreateContactTask);
        Assert.Equal("Bad Request", badRequest.Error.Message);
    }

    [Theory]
    [InlineData("{not json", "")]
    [InlineData("", "")]
    [InlineData("null", "null")]
    [InlineData("""{"task": 5}""", "task")]
    public async Task A_malformed_success_body_throws_a_clear_api_exception_not_a_null_reference(string body, string mentioned)
    {
        _server.Reset(_ => new ScriptedResponse(201, body));

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(CreateContactTask);

        Assert.Equal(201, exception.StatusCode);
        Assert.Null(exception.ResponseBody); // parsed as it streamed, so not kept
        Assert.IsType<JsonException>(exception.InnerException);
        Assert.Contains("CreateContactTask: the HTTP 201 response could not be read as TaskByIsSuccessfulResponseDto", exception.Message);
        Assert.Contains(mentioned, exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_error_body_that_does_not_match_its_model_still_throws_with_the_raw_body()
    {
        _server.Reset(_ => new ScriptedResponse(422, "<html>gateway error</html>"));

        var exception = await Assert.ThrowsAsync<HL.HighLevelApiException>(CreateContactTask);

        Assert.Equal(422, exception.StatusCode);
        Assert.Equal("<html>gateway error</html>", exception.ResponseBody);
        Assert.Null(exception.Error);
        Assert.Contains("not the UnprocessableDTO the spec declares", exception.Message);
    }

    [Fact]
    public async Task An_undocumented_status_throws_the_base_exception()
    {
        _server.Reset(_ => new ScriptedResponse(503, "down for maintenance"));

        var exception = await Assert.ThrowsAsync<LS.LeadSquaredApiException>(() => VendorOperation.Get("createTasksInBulk").Call(Http(), LeadSquaredExample, CancellationToken.None));

        Assert.Equal(503, exception.StatusCode);
        Assert.Contains("CreateTasksInBulk failed with HTTP 503", exception.Message);
    }

    [Fact]
    public async Task A_cancelled_call_throws_operation_cancelled()
    {
        _server.Reset(_ => new ScriptedResponse(201, "{}", Delay: TimeSpan.FromSeconds(10)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            VendorOperation.Get("createContactTask").Call(Http(), HighLevelExample, cancellation.Token));

        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task A_call_past_the_timeout_throws_with_a_timeout_inside()
    {
        _server.Reset(_ => new ScriptedResponse(201, "{}", Delay: TimeSpan.FromSeconds(10)));
        using var http = Http();
        http.Timeout = TimeSpan.FromMilliseconds(300);

        var exception = await Assert.ThrowsAsync<TaskCanceledException>(() => VendorOperation.Get("createContactTask").Call(http, HighLevelExample, CancellationToken.None));

        Assert.IsType<TimeoutException>(exception.InnerException);
    }

    [Fact]
    public async Task Missing_credentials_fail_before_anything_is_sent()
    {
        _server.Reset(_ => new ScriptedResponse(200, "{}"));
        var client = new LS.LeadSquaredClient(Http(), new LS.LeadSquaredClientOptions { AccessKey = VendorOperation.LeadSquaredAccessKey });

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.CreateTasksInBulkAsync(CodeGen.Tests.Validation.VendorRequestValidationTests.LeadSquaredBulk()));

        Assert.Contains("LeadSquaredClientOptions.SecretKey", exception.Message);
        Assert.DoesNotContain(VendorOperation.LeadSquaredAccessKey, exception.Message);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Credentials_never_appear_in_an_exception_even_when_the_server_echoes_them(string operationId)
    {
        string? answered = null;
        _server.Reset(request => new ScriptedResponse(401, answered = new System.Text.Json.Nodes.JsonObject
        {
            ["statusCode"] = 401,
            ["message"] = $"bad credentials for {request.Path}{request.QueryString} {string.Join(" ", request.Headers.Values)}",
        }.ToJsonString()));
        var operation = VendorOperation.Get(operationId);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => operation.Call(Http(), SpecContract.For(operation.Spec).RequestExample(operationId)!, CancellationToken.None));

        var echoed = VendorOperation.Secrets.Where(secret => answered!.Contains(secret)).ToList();
        Assert.NotEmpty(echoed);
        foreach (var secret in echoed)
        {
            Assert.DoesNotContain(secret, exception.ToString());
            Assert.DoesNotContain(secret, (string)((dynamic)exception).ResponseBody);
        }
    }

    private HttpClient Http() => new() { BaseAddress = _server.BaseAddress };

    private Task CreateContactTask() => VendorOperation.Get("createContactTask").Call(Http(), HighLevelExample, CancellationToken.None);

    private static string HighLevelExample => SpecContract.For("highlevel.yaml").RequestExample("createContactTask")!;

    private static string LeadSquaredExample => SpecContract.For("leadsquared.yaml").RequestExample("createTasksInBulk")!;

    internal static JsonSerializerOptions ResolverOptions(string spec) => spec switch
    {
        "highlevel.yaml" => HL.Serialization.HighLevelJsonResolver.Options,
        "leadsquared.yaml" => LS.Serialization.LeadSquaredJsonResolver.Options,
        _ => CodeGen.Tests.Saleshandy.Serialization.SaleshandyJsonResolver.Options,
    };
}
