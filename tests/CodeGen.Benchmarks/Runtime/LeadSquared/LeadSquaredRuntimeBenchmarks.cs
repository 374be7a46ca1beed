using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Generated.LeadSquared;
using CodeGen.Benchmarks.Runtime.LeadSquared.GeneratedModels;
using CodeGen.Benchmarks.Runtime.LeadSquared.HandWritten;
using CodeGen.Benchmarks.Runtime.LeadSquared.NSwagGenerated;

namespace CodeGen.Benchmarks.Runtime.LeadSquared;

/// <summary>
/// Serialising and sending a full 50-task Create Tasks in Bulk request and parsing its response, through each client
/// family over the same in-memory handler.
/// </summary>
[MemoryDiagnoser]
public class LeadSquaredRuntimeBenchmarks
{
    private readonly CannedResponseHandler _handler = new(LeadSquaredSample.ResponseBody());
    private HttpClient _http = null!;

    private HandWrittenLeadSquaredClient _handWritten = null!;
    private BulkCreateRequest _handWrittenRequest = null!;
    private GeneratedModelsLeadSquaredClient _generatedModels = null!;
    private Generated.LeadSquared.CreateTasksInBulkRequest _generatedModelsRequest = null!;
    private LeadSquaredClient _generatedClient = null!;
    private LeadSquaredClient _generatedClientUnvalidated = null!;
    private LeadSquaredNSwagClient _nswag = null!;
    private NSwagGenerated.CreateTasksInBulkRequest _nswagRequest = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _http = new HttpClient(_handler, disposeHandler: false) { BaseAddress = new Uri(LeadSquaredSample.BaseAddress) };
        _handWritten = new HandWrittenLeadSquaredClient(_http, LeadSquaredSample.AccessKey, LeadSquaredSample.SecretKey);
        _handWrittenRequest = HandWrittenLeadSquaredPayload.Create();
        _generatedModels = new GeneratedModelsLeadSquaredClient(_http, LeadSquaredSample.AccessKey, LeadSquaredSample.SecretKey);
        _generatedModelsRequest = GeneratedModelsLeadSquaredPayload.Create();
        _generatedClient = new LeadSquaredClient(_http, GeneratedClientOptions(validateRequests: true));
        _generatedClientUnvalidated = new LeadSquaredClient(_http, GeneratedClientOptions(validateRequests: false));
        _nswag = new LeadSquaredNSwagClient(_http)
        {
            BaseUrl = LeadSquaredSample.BaseAddress,
            AccessKey = LeadSquaredSample.AccessKey,
            SecretKey = LeadSquaredSample.SecretKey,
        };
        _nswagRequest = NSwagLeadSquaredPayload.Create();

        var floor = await RequestCheck.CaptureAsync(_handler, async () =>
            RequestCheck.Expect((await HandWritten()).Message?.Id == LeadSquaredSample.RequestId, "hand-written: response not parsed"));
        var floorUri = _handler.LastRequestUri;
        var generated = await RequestCheck.CaptureAsync(_handler, async () =>
            RequestCheck.Expect((await GeneratedModels()).Message?.Id == LeadSquaredSample.RequestId, "generated models: response not parsed"));
        RequestCheck.SameJson("generated models", floor, generated);
        foreach (var (name, send) in new (string, Func<Task<Generated.LeadSquared.CreateTasksInBulkResponse>>)[] { ("generated client", GeneratedClient), ("generated client, unvalidated", GeneratedClientUnvalidated) })
        {
            var body = await RequestCheck.CaptureAsync(_handler, async () =>
                RequestCheck.Expect((await send()).Message?.Id == LeadSquaredSample.RequestId, $"{name}: response not parsed"));
            RequestCheck.SameJson(name, floor, body);
            RequestCheck.Expect(_handler.LastRequestUri == floorUri, $"{name} calls {_handler.LastRequestUri}, not {floorUri}");
        }

        // NSwag's System.Text.Json output writes NotifyBy by member name ("_1100"), not by wire value ("1100"): its
        // body is checked for size only.
        var nswag = await RequestCheck.CaptureAsync(_handler, async () =>
            RequestCheck.Expect((await NSwag()).Message?.Id == LeadSquaredSample.RequestId, "NSwag: response not parsed"));
        RequestCheck.Expect(_handler.LastRequestUri == floorUri, $"NSwag calls {_handler.LastRequestUri}, not {floorUri}");
        Console.WriteLine($"// request body bytes: hand-written {floor.Length}, generated models {generated.Length}, NSwag {nswag.Length}");
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written HttpClient + JsonSerializerContext")]
    public Task<BulkCreateResponse> HandWritten() => _handWritten.CreateTasksInBulkAsync(_handWrittenRequest, CancellationToken.None);

    [Benchmark(Description = "generated models, hand-wired HttpClient")]
    public Task<Generated.LeadSquared.CreateTasksInBulkResponse> GeneratedModels() =>
        _generatedModels.CreateTasksInBulkAsync(_generatedModelsRequest, CancellationToken.None);

    [Benchmark(Description = "generated client")]
    public Task<Generated.LeadSquared.CreateTasksInBulkResponse> GeneratedClient() =>
        _generatedClient.CreateTasksInBulkAsync(_generatedModelsRequest, CancellationToken.None);

    [Benchmark(Description = "generated client, ValidateRequests off")]
    public Task<Generated.LeadSquared.CreateTasksInBulkResponse> GeneratedClientUnvalidated() =>
        _generatedClientUnvalidated.CreateTasksInBulkAsync(_generatedModelsRequest, CancellationToken.None);

    [Benchmark(Description = "NSwag-generated client")]
    public Task<NSwagGenerated.CreateTasksInBulkResponse> NSwag() => _nswag.CreateTasksInBulkAsync(_nswagRequest, CancellationToken.None);

    private static LeadSquaredClientOptions GeneratedClientOptions(bool validateRequests) => new()
    {
        AccessKey = LeadSquaredSample.AccessKey,
        SecretKey = LeadSquaredSample.SecretKey,
        ValidateRequests = validateRequests,
        TimeProvider = ImmediateTimeProvider.Instance,
    };
}
