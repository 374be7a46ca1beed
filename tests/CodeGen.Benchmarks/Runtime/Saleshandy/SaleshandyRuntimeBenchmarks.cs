using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Generated.Saleshandy;
using CodeGen.Benchmarks.Runtime.Saleshandy.GeneratedModels;
using CodeGen.Benchmarks.Runtime.Saleshandy.HandWritten;
using CodeGen.Benchmarks.Runtime.Saleshandy.NSwagGenerated;

namespace CodeGen.Benchmarks.Runtime.Saleshandy;

/// <summary>
/// Serialising and sending a Create Task request for 300 prospects and parsing its 300 results, through each client
/// family over the same in-memory handler.
/// </summary>
[MemoryDiagnoser]
public class SaleshandyRuntimeBenchmarks
{
    private readonly CannedResponseHandler _handler = new(SaleshandySample.ResponseBody());
    private HttpClient _http = null!;

    private HandWrittenSaleshandyClient _handWritten = null!;
    private CreateTaskBody _handWrittenRequest = null!;
    private GeneratedModelsSaleshandyClient _generatedModels = null!;
    private Generated.Saleshandy.CreateTaskRequest _generatedModelsRequest = null!;
    private SaleshandyClient _generatedClient = null!;
    private SaleshandyClient _generatedClientUnvalidated = null!;
    private SaleshandyNSwagClient _nswag = null!;
    private NSwagGenerated.CreateTaskRequest _nswagRequest = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _http = new HttpClient(_handler, disposeHandler: false) { BaseAddress = new Uri(SaleshandySample.BaseAddress) };
        _handWritten = new HandWrittenSaleshandyClient(_http, SaleshandySample.ApiKey);
        _handWrittenRequest = HandWrittenSaleshandyPayload.Create();
        _generatedModels = new GeneratedModelsSaleshandyClient(_http, SaleshandySample.ApiKey);
        _generatedModelsRequest = GeneratedModelsSaleshandyPayload.Create();
        _generatedClient = new SaleshandyClient(_http, GeneratedClientOptions(validateRequests: true));
        _generatedClientUnvalidated = new SaleshandyClient(_http, GeneratedClientOptions(validateRequests: false));
        _nswag = new SaleshandyNSwagClient(_http) { BaseUrl = SaleshandySample.BaseAddress, ApiKey = SaleshandySample.ApiKey };
        _nswagRequest = NSwagSaleshandyPayload.Create();

        var floor = await RequestCheck.CaptureAsync(_handler, async () =>
            RequestCheck.Expect((await HandWritten()).Payload?.Results?.Count(r => r.Success == true) == SaleshandySample.SuccessCount, "hand-written: response not parsed"));
        var generated = await RequestCheck.CaptureAsync(_handler, async () =>
            RequestCheck.Expect((await GeneratedModels()).Payload?.Results?.Count(r => r.Success == true) == SaleshandySample.SuccessCount, "generated models: response not parsed"));
        RequestCheck.SameJson("generated models", floor, generated);
        foreach (var (name, send) in new (string, Func<Task<Generated.Saleshandy.CreateTaskResponse>>)[] { ("generated client", GeneratedClient), ("generated client, unvalidated", GeneratedClientUnvalidated) })
        {
            var body = await RequestCheck.CaptureAsync(_handler, async () =>
                RequestCheck.Expect((await send()).Payload?.Results?.Count(r => r.Success == true) == SaleshandySample.SuccessCount, $"{name}: response not parsed"));
            RequestCheck.SameJson(name, floor, body);
        }

        // NSwag's System.Text.Json output writes taskType and priority by member name ("_13"), not by wire value
        // ("13"): its body is checked for size only.
        var nswag = await RequestCheck.CaptureAsync(_handler, async () =>
            RequestCheck.Expect((await NSwag()).Payload?.Results?.Count(r => r.Success == true) == SaleshandySample.SuccessCount, "NSwag: response not parsed"));
        Console.WriteLine($"// request body bytes: hand-written {floor.Length}, generated models {generated.Length}, NSwag {nswag.Length}");
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written HttpClient + JsonSerializerContext")]
    public Task<CreateTaskResult> HandWritten() => _handWritten.CreateTaskAsync(_handWrittenRequest, CancellationToken.None);

    [Benchmark(Description = "generated models, hand-wired HttpClient")]
    public Task<Generated.Saleshandy.CreateTaskResponse> GeneratedModels() =>
        _generatedModels.CreateTaskAsync(_generatedModelsRequest, CancellationToken.None);

    [Benchmark(Description = "generated client")]
    public Task<Generated.Saleshandy.CreateTaskResponse> GeneratedClient() => _generatedClient.CreateTaskAsync(_generatedModelsRequest, CancellationToken.None);

    [Benchmark(Description = "generated client, ValidateRequests off")]
    public Task<Generated.Saleshandy.CreateTaskResponse> GeneratedClientUnvalidated() =>
        _generatedClientUnvalidated.CreateTaskAsync(_generatedModelsRequest, CancellationToken.None);

    [Benchmark(Description = "NSwag-generated client")]
    public Task<NSwagGenerated.CreateTaskResponse> NSwag() => _nswag.CreateTaskAsync(_nswagRequest, CancellationToken.None);

    private static SaleshandyClientOptions GeneratedClientOptions(bool validateRequests) => new()
    {
        ApiKey = SaleshandySample.ApiKey,
        ValidateRequests = validateRequests,
        TimeProvider = ImmediateTimeProvider.Instance,
    };
}
