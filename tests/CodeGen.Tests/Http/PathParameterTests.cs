using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Tests.Validation;
using Xunit;

namespace CodeGen.Tests.Http;

/// <summary>
/// A path argument never changes which path is called: every path parameter of every vendor operation, given values
/// that mean something in a URL, arrives as one escaped segment, and the values no escaping can keep in their segment
/// are refused before anything is sent.
/// </summary>
public sealed class PathParameterTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public PathParameterTests(ServerFixture fixture) => _server = fixture.Server;

    /// <summary>The vendor operations with path parameters, by the spec's path template, and how to call each with given values.</summary>
    private static readonly IReadOnlyList<PathOperation> PathOperations = new PathOperation[]
    {
        new("highlevel.yaml", "createContactTask", "/contacts/{contactId}/tasks",
            (http, values, ct) => VendorOperation.HighLevel(http).CreateContactTaskAsync(values[0], VendorRequestValidationTests.HighLevelCreateTask(), ct)),
        new("highlevel.yaml", "createRecurringTask", "/locations/{locationId}/recurring-tasks",
            (http, values, ct) => VendorOperation.HighLevel(http).CreateRecurringTaskAsync(values[0], VendorRequestValidationTests.HighLevelCreateRecurringTask(), ct)),
        new("highlevel.yaml", "updateRecurringTask", "/locations/{locationId}/recurring-tasks/{id}",
            (http, values, ct) => VendorOperation.HighLevel(http).UpdateRecurringTaskAsync(values[0], values[1], VendorRequestValidationTests.HighLevelUpdateRecurringTask(), ct)),
        new("highlevel.yaml", "searchTasks", "/locations/{locationId}/tasks/search",
            (http, values, ct) => VendorOperation.HighLevel(http).SearchTasksAsync(values[0], new HighLevel.TaskSearchParamsDto { Limit = 10 }, ct)),
    };

    /// <summary>Values with a meaning in a URL, and the segment each must arrive as.</summary>
    private static readonly (string Value, string Segment)[] Sent =
    {
        ("/", "%2F"),
        ("?", "%3F"),
        ("#", "%23"),
        ("%", "%25"),
        (" ", "%20"),
        ("a b", "a%20b"),
        ("ü", "%C3%BC"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("../tasks", "..%2Ftasks"),
        ("a/../../b", "a%2F..%2F..%2Fb"),
        ("%2E%2E", "%252E%252E"),
        ("...", "..."),
        (".x", ".x"),
    };

    /// <summary>A segment no escaping keeps: servers read <c>%2E%2E</c> as <c>..</c> (RFC 3986, 6.2.2.2), and an empty one merges with its neighbours.</summary>
    private static readonly string[] Refused = { "..", ".", "" };

    public static TheoryData<string, string, string, string> SentValues()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var operation in PathOperations)
        {
            foreach (var parameter in operation.Parameters)
            {
                foreach (var (value, segment) in Sent) data.Add(operation.OperationId, parameter, value, segment);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> RefusedValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var operation in PathOperations)
        {
            foreach (var parameter in operation.Parameters)
            {
                foreach (var value in Refused) data.Add(operation.OperationId, parameter, value);
            }
        }

        return data;
    }

    [Fact]
    public void Every_path_parameter_of_every_vendor_operation_is_covered()
    {
        var declared = VendorOperation.All.Select(o => o.Spec).Distinct()
            .SelectMany(spec => SpecContract.For(spec).OperationIds.Select(id => (spec, id, SpecContract.For(spec).Operation(id))))
            .Where(o => o.Item3.Operation.ActualParameters.Any(p => p.Kind == NSwag.OpenApiParameterKind.Path))
            .Select(o => (o.spec, o.id, o.Item3.Path))
            .OrderBy(o => o.id)
            .ToList();

        Assert.Equal(declared, PathOperations.Select(o => (o.Spec, o.OperationId, o.Template)).OrderBy(o => o.OperationId).ToList());
    }

    [Theory]
    [MemberData(nameof(SentValues))]
    public async Task A_path_value_arrives_as_one_escaped_segment_of_the_intended_path(string operationId, string parameter, string value, string segment)
    {
        var operation = PathOperations.Single(o => o.OperationId == operationId);
        _server.Reset(_ => new ScriptedResponse(operationId == "updateRecurringTask" ? 200 : 201, SuccessExample(operationId)));

        await operation.Call(Http(), operation.Parameters.Select(p => p == parameter ? value : "p-1").ToArray(), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(operation.Path(parameter, segment), request.Path);
        // Kestrel routes by the unescaped path with dot segments removed: the request still reaches the intended resource.
        var routed = request.RoutedPath.Split('/');
        var template = operation.Template.Split('/');
        Assert.Equal(template.Length, routed.Length);
        Assert.All(template.Zip(routed), pair => Assert.True(pair.First.StartsWith('{') || pair.First == pair.Second, $"{request.RoutedPath} is not {operation.Template}"));
    }

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public async Task A_path_value_that_would_leave_its_segment_is_refused_before_anything_is_sent(string operationId, string parameter, string value)
    {
        var operation = PathOperations.Single(o => o.OperationId == operationId);
        _server.Reset(_ => new ScriptedResponse(201, SuccessExample(operationId)));

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => operation.Call(Http(), operation.Parameters.Select(p => p == parameter ? value : "p-1").ToArray(), CancellationToken.None));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains($"The path parameter {parameter} may not be empty", exception.Message);
        Assert.Empty(_server.Requests);
    }

    public static TheoryData<string, string> PathParameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in PathOperations)
        {
            foreach (var parameter in operation.Parameters) data.Add(operation.OperationId, parameter);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PathParameters))]
    public async Task A_null_path_value_is_refused_naming_it_before_anything_is_sent(string operationId, string parameter)
    {
        var operation = PathOperations.Single(o => o.OperationId == operationId);
        _server.Reset(_ => new ScriptedResponse(201, SuccessExample(operationId)));

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => operation.Call(Http(), operation.Parameters.Select(p => p == parameter ? null! : "p-1").ToArray(), CancellationToken.None));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Empty(_server.Requests);
    }

    private HttpClient Http() => new() { BaseAddress = _server.BaseAddress };

    private static string SuccessExample(string operationId) =>
        SpecContract.For("highlevel.yaml").Responses(operationId).First(r => r.Status.StartsWith('2')).Example!;

    private sealed record PathOperation(string Spec, string OperationId, string Template, Func<HttpClient, string[], CancellationToken, Task> Call)
    {
        /// <summary>The path parameters in URL order: the order the generated methods take them in.</summary>
        public IReadOnlyList<string> Parameters => Template.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')).ToList();

        /// <summary>The raw path with <paramref name="segment"/> for <paramref name="parameter"/> and <c>p-1</c> for the others.</summary>
        public string Path(string parameter, string segment) =>
            string.Join("/", Template.Split('/').Select(s => s == "{" + parameter + "}" ? segment : s.StartsWith('{') ? "p-1" : s));
    }
}
