using System.Net.Http.Json;

namespace CodeGen.Benchmarks.Runtime.Saleshandy.HandWritten;

/// <summary>The floor: Create Task over HttpClient with a source-generated JSON context, written by hand.</summary>
public sealed class HandWrittenSaleshandyClient(HttpClient http, string apiKey)
{
    private static readonly Uri CreateUri = new("v1/tasks/create", UriKind.Relative);

    public async Task<CreateTaskResult> CreateTaskAsync(CreateTaskBody body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CreateUri)
        {
            Content = JsonContent.Create(body, HandWrittenSaleshandyJsonContext.Default.CreateTaskBody),
        };
        request.Headers.Add(SaleshandySample.ApiKeyHeader, apiKey);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(HandWrittenSaleshandyJsonContext.Default.CreateTaskResult, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Saleshandy answered 200 with an empty body.");
    }
}
