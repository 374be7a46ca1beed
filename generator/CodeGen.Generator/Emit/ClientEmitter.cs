using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the typed HTTP client of a spec: its constructor, the helpers every operation shares, and one method per
/// operation (see <see cref="OperationEmitter"/>). The client depends on <c>HttpClient</c> and System.Text.Json only.
/// </summary>
internal static class ClientEmitter
{
    private const string Http = "global::System.Net.Http.";
    private const string Json = "global::System.Text.Json.";

    public static string Emit(ApiModel api, HostingSupport hosting)
    {
        var types = new TypeSyntax(api);
        var contracts = new BodyContracts(api, types);
        var operations = new OperationEmitter(api, types, contracts);
        var batches = new BatchOperationEmitter(api, types);
        var writer = FileHeader.Start(api.SpecFileName);
        using (writer.Block("namespace " + api.Namespace))
        {
            Text.WriteDocComment(writer, $"Calls {api.Title}{(api.Version is null ? "" : " " + api.Version)}: one method per operation of the spec.",
                (api.Description is null ? "" : api.Description.Trim() + "\n\n") +
                $"Safe to share between threads. Settings come from {api.OptionsName}; a non-success response throws {api.ExceptionName}.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed partial class {api.ClientName}"))
            {
                WriteConstructor(writer, api);
                foreach (var operation in api.Operations)
                {
                    writer.Line();
                    operations.Write(writer, operation);
                    if (operation.Batch is { } batch && operation.RequestBody is { Kind: TypeKind.Object })
                    {
                        writer.Line();
                        batches.Write(writer, operation, batch);
                    }
                }

                writer.Line();
                ClientTransportEmitter.Write(writer, api, hosting.HasRateLimiting);
                writer.Line();
                WriteHelpers(writer, api);
                writer.Line();
                WriteContracts(writer, api, types, contracts);
            }
        }

        return writer.ToString();
    }

    private static void WriteConstructor(CodeWriter writer, ApiModel api)
    {
        writer.Line($"private readonly {Http}HttpClient _httpClient;");
        writer.Line($"private readonly {api.OptionsName} _options;");
        writer.Line("private readonly string _baseUrl;");
        writer.Line();
        writer.Line($"/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        writer.Line("/// <param name=\"httpClient\">The client to send with; its <c>BaseAddress</c> is used when the options set none.</param>");
        writer.Line("/// <param name=\"options\">Credentials and server settings; the defaults when null.</param>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">No server address is known.</exception>");
        using (writer.Block($"public {api.ClientName}({Http}HttpClient httpClient, {api.OptionsName}? options = null)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
            writer.Line("_httpClient = httpClient;");
            writer.Line($"_options = options ?? new {api.OptionsName}();");
            writer.Line("var address = _options.BaseAddress ?? httpClient.BaseAddress ?? _options.ResolveServerAddress()");
            writer.Indent().Line($"?? throw new global::System.InvalidOperationException(\"{api.ClientName} needs a server address: set {api.OptionsName}.BaseAddress or HttpClient.BaseAddress.\");").Outdent();
            writer.Line("_baseUrl = address.AbsoluteUri.TrimEnd('/');");
        }
    }

    private static void WriteHelpers(CodeWriter writer, ApiModel api)
    {
        var body = Helpers
            .Replace("{Exception}", api.ExceptionName)
            .Replace("{Redactions}", Redactions(api));
        writer.Lines(body);
    }

    /// <summary>The statements that blank out every credential in a text.</summary>
    private static string Redactions(ApiModel api)
    {
        var statements = new System.Text.StringBuilder();
        foreach (var scheme in api.SecuritySchemes) statements.Append($"        text = Redact(text, _options.{scheme.SecretSetting});\n");

        return statements.ToString().TrimEnd('\n');
    }

    private static void WriteContracts(CodeWriter writer, ApiModel api, TypeSyntax types, BodyContracts contracts)
    {
        writer.Line("/// <summary>The JSON contracts of the bodies, resolved once.</summary>");
        using (writer.Block("private static class Contracts"))
        {
            foreach (var (field, type) in contracts.All)
            {
                var typeName = types.TypeName(type);
                writer.Line($"public static readonly {Json}Serialization.Metadata.JsonTypeInfo<{typeName}> {field} =");
                writer.Indent().Line($"({Json}Serialization.Metadata.JsonTypeInfo<{typeName}>)global::{api.SerializationNamespace}.{api.ApiName}JsonResolver.Options.GetTypeInfo(typeof({typeName}));").Outdent();
            }
        }
    }

    private const string Helpers = """
private static void AppendQuery(global::System.Text.StringBuilder url, ref bool hasQuery, string name, string value)
{
    url.Append(hasQuery ? '&' : '?').Append(global::System.Uri.EscapeDataString(name)).Append('=').Append(global::System.Uri.EscapeDataString(value));
    hasQuery = true;
}

private static global::System.InvalidOperationException MissingCredentials(string operation, string settings) =>
    new global::System.InvalidOperationException($"{operation} needs credentials: set {settings} on the client options.");

private static async global::System.Threading.Tasks.Task<T> ReadAsync<T>(
    global::System.Net.Http.HttpResponseMessage response,
    global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> contract,
    string operation,
    global::System.Threading.CancellationToken cancellationToken)
{
    global::System.Text.Json.JsonException? failure;
    try
    {
        // Parsed as it streams, without a copy of the body; so a body that fails to parse is not kept.
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var value = await global::System.Text.Json.JsonSerializer.DeserializeAsync(stream, contract, cancellationToken).ConfigureAwait(false);
        if (value is not null) return value;
        failure = new global::System.Text.Json.JsonException("The body is null.");
    }
    catch (global::System.Text.Json.JsonException exception)
    {
        failure = exception;
    }

    var status = (int)response.StatusCode;
    throw new {Exception}(
        $"{operation}: the HTTP {status} response could not be read as {typeof(T).Name}: {failure.Message}",
        operation, status, null, HeadersOf(response), response.Headers.RetryAfter, failure);
}

private async global::System.Threading.Tasks.Task<{Exception}> ErrorAsync<TError>(
    global::System.Net.Http.HttpResponseMessage response,
    global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<TError> contract,
    string operation,
    string? description,
    global::System.Threading.CancellationToken cancellationToken)
    where TError : class
{
    var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    var status = (int)response.StatusCode;
    try
    {
        if (global::System.Text.Json.JsonSerializer.Deserialize(body, contract) is { } error)
        {
            return new {Exception}<TError>(Message(operation, status, description, body), operation, status, body, HeadersOf(response), response.Headers.RetryAfter, error);
        }
    }
    catch (global::System.Text.Json.JsonException exception)
    {
        return new {Exception}(
            Message(operation, status, description, body) + $" The body is not the {typeof(TError).Name} the spec declares: {exception.Message}",
            operation, status, body, HeadersOf(response), response.Headers.RetryAfter, exception);
    }

    return new {Exception}(Message(operation, status, description, body), operation, status, body, HeadersOf(response), response.Headers.RetryAfter);
}

private async global::System.Threading.Tasks.Task<{Exception}> ErrorAsync(
    global::System.Net.Http.HttpResponseMessage response,
    string operation,
    string? description,
    global::System.Threading.CancellationToken cancellationToken)
{
    var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    var status = (int)response.StatusCode;
    return new {Exception}(Message(operation, status, description, body), operation, status, body, HeadersOf(response), response.Headers.RetryAfter);
}

private string Message(string operation, int status, string? description, string body)
{
    const int MaxBodyInMessage = 500;
    var text = $"{operation} failed with HTTP {status}{(description is null ? "" : " (" + description + ")")}.";
    if (body.Length > 0) text += " Response: " + (body.Length > MaxBodyInMessage ? body.Substring(0, MaxBodyInMessage) + "…" : body);
    // A server may echo what it was sent; the message must never carry a credential.
{Redactions}
    return text;
}

private static string Redact(string text, string? secret) =>
    string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", global::System.StringComparison.Ordinal);

private static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> HeadersOf(global::System.Net.Http.HttpResponseMessage response)
{
    var headers = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
    foreach (var header in response.Headers) headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value);
    foreach (var header in response.Content.Headers) headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value);
    return headers;
}
""";
}
