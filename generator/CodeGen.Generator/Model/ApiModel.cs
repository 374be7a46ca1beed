using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>
/// Everything the emitters need to know about one spec, already shaped for C#.
/// </summary>
/// <remarks>
/// This and every model it holds are compared by value in the incremental pipeline, so an unchanged spec produces
/// an equal model and its output is cached. Hold only strings, numbers, enums, other such records and
/// <see cref="EquatableArray{T}"/>: never a YAML node, a Roslyn symbol, a <c>Location</c> or an <c>ImmutableArray</c>.
/// </remarks>
internal sealed record ApiModel(
    string SpecFileName,
    string Namespace,
    string ApiName,
    string ClientName,
    string Title,
    string? Version,
    string? Description,
    EquatableArray<ObjectModel> Objects,
    EquatableArray<EnumModel> Enums,
    EquatableArray<UnionModel> Unions,
    EquatableArray<OperationModel> Operations,
    EquatableArray<ServerModel> Servers,
    EquatableArray<SecuritySchemeModel> SecuritySchemes,
    EquatableArray<string> RequestModels)
{
    /// <summary>The sub-clients, in the order their first operation appears; empty when the root client has every operation.</summary>
    public EquatableArray<ClientGroupModel> ClientGroups { get; init; } = EquatableArray<ClientGroupModel>.Empty;

    /// <summary>The operations of the root client itself (<paramref name="group"/> null) or of one sub-client.</summary>
    public System.Collections.Generic.IEnumerable<OperationModel> OperationsOf(string? group) =>
        System.Linq.Enumerable.Where(Operations, operation => operation.Group == group);

    /// <summary>The object model is, or is reachable from, a request body: it gets a validator.</summary>
    public bool IsRequestModel(string name) => ApiIndex.Of(this).IsRequestModel(name);

    /// <summary>Values of this type have a generated <c>Validate()</c>.</summary>
    public bool HasValidator(TypeModel? type) => type is { Kind: TypeKind.Object or TypeKind.Union, Name: { } name } && IsRequestModel(name);

    public string OptionsName => GeneratedNames.ClientOptions(ClientName);

    public string ClientInterfaceName => GeneratedNames.ClientInterface(ClientName);

    public string ExceptionName => GeneratedNames.ApiException(ApiName);

    public string ResponseName => GeneratedNames.ApiResponse(ApiName);

    public string RetryPolicyName => GeneratedNames.RetryPolicy(ApiName);

    public string JsonResolverName => GeneratedNames.JsonResolver(ApiName);

    public string ServiceCollectionExtensionsName => GeneratedNames.ServiceCollectionExtensions(ApiName);

    public string TelemetryName => GeneratedNames.Telemetry(ApiName);

    /// <summary>The helper class of this spec's converters, in <see cref="SerializationNamespace"/>.</summary>
    public string JsonWireName => GeneratedNames.JsonWire(ApiName);

    /// <inheritdoc cref="GeneratedNames.FileUpload"/>
    public string FileUploadName => GeneratedNames.FileUpload(ApiName);

    /// <inheritdoc cref="GeneratedNames.Download"/>
    public string DownloadName => GeneratedNames.Download(ApiName);

    /// <summary>Some operation sends a stream: a binary body, or a file in a multipart body.</summary>
    public bool SendsStreams => System.Linq.Enumerable.Any(Operations, operation => operation.RequestContent is { Kind: MediaKind.Binary } ||
        (operation.RequestContent is { } content && System.Linq.Enumerable.Any(content.Parts, part => part.Kind is PartKind.File or PartKind.Files)));

    /// <summary>Some operation returns a binary response as a download.</summary>
    public bool HasDownloads => System.Linq.Enumerable.Any(Operations, operation => System.Linq.Enumerable.Any(operation.Responses, response => response.IsSuccess && response.RawBody == MediaKind.Binary));

    /// <summary>The helper class that writes styled parameters and form bodies, beside the client.</summary>
    public string FormEncodingName => GeneratedNames.FormEncoding(ApiName);

    public ValidationTypeNames Validation => new(ApiName);

    public BatchTypeNames Batch => new(ApiName);

    /// <summary>Some operation declares <c>x-codegen-batch</c>.</summary>
    public bool HasBatches => System.Linq.Enumerable.Any(Operations, operation => operation.Batch is not null);

    /// <summary>Some operation declares <c>x-codegen-rate-limit</c>.</summary>
    public bool HasRateLimits => System.Linq.Enumerable.Any(Operations, operation => operation.RateLimit is not null);

    /// <summary>The namespace that holds the JSON converters and the resolver.</summary>
    public string SerializationNamespace => Namespace + "." + GeneratedNames.SerializationNamespace;
}
