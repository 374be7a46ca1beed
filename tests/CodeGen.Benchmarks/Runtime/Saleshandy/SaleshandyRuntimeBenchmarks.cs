using BenchmarkDotNet.Attributes;
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
        _nswag = new SaleshandyNSwagClient(_http) { BaseUrl = SaleshandySample.BaseAddress, ApiKey = SaleshandySample.ApiKey };
        _nswagRequest = NSwagSaleshandyPayload.Create();

        var floor = await RequestCheck.CaptureAsync(_handler, async () =>
            RequestCheck.Expect((await HandWritten()).Payload?.Results?.Count(r => r.Success == true) == SaleshandySample.SuccessCount, "hand-written: response not parsed"));
        var generated = await RequestCheck.CaptureAsync(_handler, async () =>
            RequestCheck.Expect((await GeneratedModels()).Payload?.Results?.Count(r => r.Success == true) == SaleshandySample.SuccessCount, "generated models: response not parsed"));
        RequestCheck.SameJson("generated models", floor, generated);
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

    // The generated client's row goes here: construct it in Setup from _http (and its options), check its body with
    // RequestCheck.SameJson against the floor, and add
    // [Benchmark(Description = "generated client")] calling CreateTaskAsync(_generatedModelsRequest, CancellationToken.None).

    [Benchmark(Description = "NSwag-generated client")]
    public Task<NSwagGenerated.CreateTaskResponse> NSwag() => _nswag.CreateTaskAsync(_nswagRequest, CancellationToken.None);
}
