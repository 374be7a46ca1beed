using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the typed HTTP client of a spec: its constructor, its hooks, the helpers every operation shares, and its
/// methods (see <see cref="ClientMethods"/>). The client depends on <c>HttpClient</c> and System.Text.Json only.
/// </summary>
internal static class ClientEmitter
{
    private const string Http = "global::System.Net.Http.";
    private const string Json = "global::System.Text.Json.";

    /// <summary>
    /// The spelling of types in the client's files and its interface's, which live in the spec's namespace: a model by
    /// its short name, unless a type nested in the client or its interface takes that name.
    /// </summary>
    public static TypeSyntax Types(ApiModel api) =>
        new(api, GeneratedNames.ClientMembers
            .Concat(api.ClientGroups.SelectMany(group => new[] { group.TypeName, group.InterfaceName }))
            .Concat(new[] { api.ClientName, api.ClientInterfaceName }));

    public static string Emit(ApiModel api, HostingSupport hosting)
    {
        var types = Types(api);
        var contracts = new BodyContracts(api);
        var methods = new ClientMethods(api, types, contracts);
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        Text.WriteDocComment(writer, $"Calls {api.Title}{(api.Version is null ? "" : " " + api.Version)}: one method per operation of the spec.",
            (api.Description is null ? "" : api.Description.Trim() + "\n\n") +
            $"Safe to share between threads. Settings come from {api.OptionsName}; a non-success response throws {api.ExceptionName}.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Block($"public sealed partial class {api.ClientName} : {api.ClientInterfaceName}"))
        {
            WriteConstructor(writer, api, hosting.HasLogging);
            writer.Line();
            foreach (var group in api.ClientGroups)
            {
                SubClientEmitter.WriteProperty(writer, api, group);
                writer.Line();
            }

            ClientHooksEmitter.Write(writer);
            foreach (var method in methods.All())
            {
                writer.Line();
                method.WriteImplementation(writer);
            }

            methods.WritePrivateMembers(writer);

            writer.Line();
            ClientTransportEmitter.Write(writer, api, hosting.HasRateLimiting, new OperationEmitter(api, types, contracts).SendsBareRequests());
            writer.Line();
            WriteHelpers(writer, api);
            writer.Line();
            AttemptCredentialsEmitter.Write(writer, api);
            WriteContracts(writer, api, types, contracts);
        }

        return writer.ToString();
    }

    private static void WriteConstructor(CodeWriter writer, ApiModel api, bool hasLogging)
    {
        writer.Line($"private readonly {Http}HttpClient _httpClient;");
        writer.Line($"private readonly {api.OptionsName} _options;");
        writer.Line("private readonly string _baseUrl;");
        writer.Line($"private readonly {api.TelemetryName}.Recorder _telemetry;");
        writer.Line();
        writer.Line($"/// <summary>Creates a client that sends its requests through <paramref name=\"httpClient\"/>.</summary>");
        writer.Line("/// <param name=\"httpClient\">The client to send with; its <c>BaseAddress</c> is used when the options set none.</param>");
        writer.Line("/// <param name=\"options\">Credentials and server settings; the defaults when null.</param>");
        if (hasLogging) writer.Line("/// <param name=\"logger\">Logs each call's end, retries and rate-limit waits; none when null.</param>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\">No server address is known.</exception>");
        var logger = hasLogging ? ", global::Microsoft.Extensions.Logging.ILogger? logger = null" : "";
        using (writer.Block($"public {api.ClientName}({Http}HttpClient httpClient, {api.OptionsName}? options = null{logger})"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
            writer.Line("_httpClient = httpClient;");
            writer.Line($"_options = options ?? new {api.OptionsName}();");
            writer.Line("var address = _options.BaseAddress ?? httpClient.BaseAddress ?? _options.ResolveServerAddress()");
            writer.Indent().Line($"?? throw new global::System.InvalidOperationException(\"{api.ClientName} needs a server address: set {api.OptionsName}.BaseAddress or HttpClient.BaseAddress.\");").Outdent();
            writer.Line("_baseUrl = address.AbsoluteUri.TrimEnd('/');");
            writer.Line($"_telemetry = new {api.TelemetryName}.Recorder(address{(hasLogging ? ", logger" : "")});");
            foreach (var group in api.ClientGroups) writer.Line(SubClientEmitter.Creation(group));
        }
    }

    private static void WriteHelpers(CodeWriter writer, ApiModel api)
    {
        if (api.Operations.Any(operation => OperationResult.Of(operation).Kind != ResultKind.None))
        {
            writer.Line("/// <summary>The body of a call's response, for the methods that return the body alone.</summary>");
            writer.Line($"private static async global::System.Threading.Tasks.Task<T> {GeneratedNames.ValueOf}<T>(global::System.Threading.Tasks.Task<{api.ResponseName}<T>> call) =>");
            writer.Indent().Line("(await call.ConfigureAwait(false)).Value;").Outdent();
            writer.Line();
        }

        // The names go into the templates placed in the helpers too.
        var names = new[]
        {
            ("{Client}", api.ClientName),
            ("{Exception}", api.ExceptionName),
            ("{Options}", api.OptionsName),
            ("{Redactions}", Redactions(api)),
        };
        var readerTransfers = ("{ReaderTransfers}", TemplateText.Fill(ResponseTransferTemplate.ReaderMembers(api), names));
        var parts = new[]
        {
            ("{Responses}", TemplateText.Fill(ResponseReadingTemplate.Text + ResponseTransferTemplate.For(api).TrimEnd('\n'), names.Prepend(readerTransfers).ToArray())),
            ("{QueryItems}", JoinsQueryItems(api) ? TemplateText.Fill(QueryItems, names) : ""),
            ("{PathSegment}", HasPathParameters(api) ? TemplateText.Fill(PathSegment, names) : ""),
            ("{HeaderValue}", SendsHeaderParameters(api) ? TemplateText.Fill(HeaderValue, names) : ""),
            ("{BasicToken}", HasBasic(api) ? TemplateText.Fill(BasicToken, names) : ""),
            readerTransfers,
        };
        var body = TemplateText.Fill(Helpers, parts.Concat(names).ToArray());
        writer.Lines(body);
    }

    private static bool JoinsQueryItems(ApiModel api) =>
        api.Operations.SelectMany(operation => operation.Parameters).Any(parameter => StyledParameters.QuerySeparator(parameter) is not null);

    private static bool HasPathParameters(ApiModel api) =>
        api.Operations.SelectMany(operation => operation.Parameters).Any(parameter => parameter.Location == ParameterLocation.Path && !StyledParameters.UsesFormEncoding(parameter));

    /// <summary>Some operation sends a header or cookie parameter the caller gives.</summary>
    private static bool SendsHeaderParameters(ApiModel api) =>
        api.Operations.SelectMany(operation => operation.Parameters)
            .Any(parameter => parameter.ConstantValue is null && parameter.Location is ParameterLocation.Header or ParameterLocation.Cookie);

    private static bool HasBasic(ApiModel api) => api.SecuritySchemes.Any(scheme => scheme.Kind == SecuritySchemeKind.Basic);

    /// <summary>The statements that blank out every credential in a text, in the forms the client sends it.</summary>
    private static string Redactions(ApiModel api)
    {
        var statements = new System.Text.StringBuilder();
        foreach (var scheme in api.SecuritySchemes)
        {
            statements.Append($"    text = RedactSecret(text, _options.{scheme.SecretSetting});\n");
            if (scheme.Kind == SecuritySchemeKind.Basic)
            {
                statements.Append($"    text = RedactSecret(text, string.IsNullOrEmpty(_options.{scheme.SecretSetting}) ? null : BasicToken(_options.{scheme.IdentitySetting}, _options.{scheme.SecretSetting}));\n");
            }
        }

        statements.Append(AttemptCredentialsEmitter.RedactProvided(api));
        return statements.ToString().TrimEnd('\n');
    }

    private static void WriteContracts(CodeWriter writer, ApiModel api, TypeSyntax types, BodyContracts contracts)
    {
        const string contract = Json + "Serialization.Metadata.JsonTypeInfo";
        writer.Line("/// <summary>The JSON contracts of the bodies, resolved once.</summary>");
        using (writer.Block($"private static class {GeneratedNames.ContractsClass}"))
        {
            foreach (var (field, type) in contracts.All)
            {
                var typeName = types.TypeName(type);
                writer.Line($"public static readonly {contract}<{typeName}> {field} = {GeneratedNames.ContractOf}<{typeName}>();");
            }

            writer.Line();
            writer.Line($"private static {contract}<T> {GeneratedNames.ContractOf}<T>() =>");
            writer.Indent().Line($"({contract}<T>)global::{api.SerializationNamespace}.{api.ApiName}JsonResolver.Options.GetTypeInfo(typeof(T));").Outdent();
        }
    }

    private const string Helpers = """
/// <summary>Appends a query parameter, or nothing when its value is null (an optional one not given).</summary>
private static void AppendQuery(global::System.Text.StringBuilder url, ref bool hasQuery, string name, string? value)
{
    if (value is null) return;
    url.Append(hasQuery ? '&' : '?').Append(global::System.Uri.EscapeDataString(name)).Append('=').Append(global::System.Uri.EscapeDataString(value));
    hasQuery = true;
}

/// <summary>A value's text as it goes on the wire: the invariant culture's, in <paramref name="format"/> when given; null for null.</summary>
[return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
private static string? Invariant(global::System.IFormattable? value, string? format = null) =>
    value?.ToString(format, global::System.Globalization.CultureInfo.InvariantCulture);

/// <summary>A boolean as it goes on the wire, <c>true</c> or <c>false</c>; null for null.</summary>
[return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
private static string? Invariant(bool? value) => value switch { true => "true", false => "false", null => null };
{QueryItems}{PathSegment}{HeaderValue}
/// <summary>A credential as it is sent, refused when it holds CR, LF or NUL (a line break read with it from a file, or an attempt to add headers).</summary>
private static string Credential(string? value, string setting) =>
    BreaksHeader(value)
        ? throw new global::System.InvalidOperationException($"{setting} contains a CR, LF or NUL character, which cannot be sent; nothing was sent.")
        : value!;

/// <summary>CR and LF end a header line and NUL ends it early: a value holding one could add headers of its own.</summary>
private static bool BreaksHeader(string? value) => global::System.MemoryExtensions.IndexOfAny(global::System.MemoryExtensions.AsSpan(value), '\r', '\n', '\0') >= 0;
{BasicToken}
private static global::System.InvalidOperationException MissingCredentials(string operation, string settings) =>
    new global::System.InvalidOperationException($"{operation} needs credentials: set {settings} on the client options.");

{Responses}
""";

    private const string QueryItems = """

/// <summary>
/// A query array as one name=value pair, each item escaped and joined by the separator (a style that does not
/// explode); an empty array sends nothing, as when each item is its own pair.
/// </summary>
private static void AppendQueryItems(global::System.Text.StringBuilder url, ref bool hasQuery, string name, global::System.Collections.Generic.IEnumerable<string> items, string separator)
{
    var first = true;
    foreach (var item in items)
    {
        if (first) url.Append(hasQuery ? '&' : '?').Append(global::System.Uri.EscapeDataString(name)).Append('=');
        else url.Append(separator);
        url.Append(global::System.Uri.EscapeDataString(item));
        first = false;
    }

    if (!first) hasQuery = true;
}
""";

    private const string PathSegment = """

/// <summary>
/// A path parameter's value as one escaped segment. Null is refused as any missing argument is; empty, "." and ".."
/// are refused too: escaped or not, a server reads them as no segment, this one or the parent one (RFC 3986, 6.2.2.2
/// and 5.2.4), so the call would go to another path.
/// </summary>
private static string PathSegment(string? value, string parameter) => value switch
{
    null => throw new global::System.ArgumentNullException(parameter),
    "" or "." or ".." => throw new global::System.ArgumentException($"The path parameter {parameter} may not be empty, \".\" or \"..\": the call would go to another path.", parameter),
    _ => global::System.Uri.EscapeDataString(value),
};

""";

    private const string HeaderValue = """

/// <summary>A header or cookie parameter's value, refused when it holds CR, LF or NUL: it could add headers of its own.</summary>
private static string HeaderValue(string value, string parameter) =>
    BreaksHeader(value)
        ? throw new global::System.ArgumentException($"The value of {parameter} contains a CR, LF or NUL character, which cannot be sent in a header; nothing was sent.", parameter)
        : value;

""";

    private const string BasicToken = """

/// <summary>The token of HTTP Basic: the user name and password, joined by a colon, in UTF-8 and base64.</summary>
private static string BasicToken(string? userName, string? password) =>
    global::System.Convert.ToBase64String(global::System.Text.Encoding.UTF8.GetBytes(userName + ":" + password));

""";
}
