namespace CodeGen.Benchmarks.Runtime.Saleshandy.NSwagGenerated;

/// <summary>NSwag leaves the API key header to the user: its documented hook is this partial method.</summary>
public partial class SaleshandyNSwagClient
{
    public string ApiKey { get; set; } = "";

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url) =>
        request.Headers.Add(SaleshandySample.ApiKeyHeader, ApiKey);
}
