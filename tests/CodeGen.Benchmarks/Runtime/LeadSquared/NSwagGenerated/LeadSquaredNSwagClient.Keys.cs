using System.Text;

namespace CodeGen.Benchmarks.Runtime.LeadSquared.NSwagGenerated;

/// <summary>NSwag leaves API keys in the query to the user: its documented hook is this partial method.</summary>
public partial class LeadSquaredNSwagClient
{
    public string AccessKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder) =>
        urlBuilder.Append("?accessKey=").Append(Uri.EscapeDataString(AccessKey))
            .Append("&secretKey=").Append(Uri.EscapeDataString(SecretKey));
}
