using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Benchmarks.Generated.Saleshandy;
using CodeGen.Benchmarks.Generated.Saleshandy.Serialization;

namespace CodeGen.Benchmarks.Runtime.Saleshandy.GeneratedModels;

/// <summary>
/// Our generated models and resolver, wired to HttpClient by hand exactly as the hand-written floor is: the
/// difference between the two is the generated serialisation alone.
/// </summary>
public sealed class GeneratedModelsSaleshandyClient(HttpClient http, string apiKey)
{
    private static readonly Uri CreateUri = new("v1/tasks/create", UriKind.Relative);

    private static readonly JsonTypeInfo<CreateTaskRequest> RequestInfo =
        (JsonTypeInfo<CreateTaskRequest>)SaleshandyJsonResolver.Options.GetTypeInfo(typeof(CreateTaskRequest));

    private static readonly JsonTypeInfo<CreateTaskResponse> ResponseInfo =
        (JsonTypeInfo<CreateTaskResponse>)SaleshandyJsonResolver.Options.GetTypeInfo(typeof(CreateTaskResponse));

    public async Task<CreateTaskResponse> CreateTaskAsync(CreateTaskRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CreateUri) { Content = JsonContent.Create(body, RequestInfo) };
        request.Headers.Add(SaleshandySample.ApiKeyHeader, apiKey);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(ResponseInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Saleshandy answered 200 with an empty body.");
    }
}
