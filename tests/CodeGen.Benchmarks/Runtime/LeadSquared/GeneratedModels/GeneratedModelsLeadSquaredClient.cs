using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Benchmarks.Generated.LeadSquared;
using CodeGen.Benchmarks.Generated.LeadSquared.Serialization;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.GeneratedModels;

/// <summary>
/// Our generated models and resolver, wired to HttpClient by hand exactly as the hand-written floor is: the
/// difference between the two is the generated serialisation alone.
/// </summary>
public sealed class GeneratedModelsLeadSquaredClient(HttpClient http, string accessKey, string secretKey)
{
    private static readonly JsonTypeInfo<CreateTasksInBulkRequest> RequestInfo =
        (JsonTypeInfo<CreateTasksInBulkRequest>)LeadSquaredJsonResolver.Options.GetTypeInfo(typeof(CreateTasksInBulkRequest));

    private static readonly JsonTypeInfo<CreateTasksInBulkResponse> ResponseInfo =
        (JsonTypeInfo<CreateTasksInBulkResponse>)LeadSquaredJsonResolver.Options.GetTypeInfo(typeof(CreateTasksInBulkResponse));

    private readonly Uri _createUri = new(
        $"v2/Task.svc/Bulk/Create?accessKey={Uri.EscapeDataString(accessKey)}&secretKey={Uri.EscapeDataString(secretKey)}", UriKind.Relative);

    public async Task<CreateTasksInBulkResponse> CreateTasksInBulkAsync(CreateTasksInBulkRequest body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _createUri) { Content = JsonContent.Create(body, RequestInfo) };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(ResponseInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("LeadSquared answered 200 with an empty body.");
    }
}
