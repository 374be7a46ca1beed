using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Model;

/// <summary>
/// The one vocabulary of the names the emitters declare beside the spec's own types and members. Parsing reserves
/// every name here before it names anything from the spec, and the emitters take their names from here, so a schema,
/// property, parameter or setting from a spec can never take a name the generated code needs: it is renamed and
/// reported (CGEN008) instead of breaking the build. The fixed names of the batch and validation types are in
/// <see cref="BatchTypeNames"/> and <see cref="ValidationTypeNames"/>.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The namespace beside the models that holds the converters and the resolver.</summary>
    public const string SerializationNamespace = "Serialization";

    /// <summary>The helper class the converters of a spec share, in the serialization namespace.</summary>
    public static string JsonWire(string apiName) => apiName + "JsonWire";

    /// <summary>
    /// The base of the spec's object converters, in the serialization namespace: it writes the braces and adds the
    /// property's path to an error. Never a converter's name, which ends in <c>JsonConverter</c>.
    /// </summary>
    public static string ObjectConverterBase(string apiName) => apiName + "ObjectConverter";

    /// <summary>The base of the spec's enum converters, over an enum's wire values, in the serialization namespace.</summary>
    public static string EnumConverterBase(string apiName) => apiName + "EnumConverter";

    /// <summary>
    /// The internal helper class, beside the client, that writes parameters in their OpenAPI styles and bodies as
    /// <c>application/x-www-form-urlencoded</c>.
    /// </summary>
    public static string FormEncoding(string apiName) => apiName + "FormEncoding";

    public static string Client(string apiName) => apiName + "Client";

    /// <summary>The interface the client implements, declaring every operation method, so callers can substitute a fake.</summary>
    public static string ClientInterface(string clientName) => "I" + clientName;

    /// <summary>The class of a sub-client, nested in the root client: <c>Issues</c> → <c>IssuesClient</c>.</summary>
    public static string SubClient(string propertyName) => propertyName + "Client";

    /// <summary>The interface of a sub-client, nested in the root client's interface.</summary>
    public static string SubClientInterface(string propertyName) => "I" + SubClient(propertyName);

    /// <summary>The sub-client's field that holds its root client, whose transport it sends through.</summary>
    public const string SubClientRoot = "_client";

    /// <summary>
    /// The members of the root client besides its operation methods: a sub-client's property and nested types take
    /// other names, and a sub-client's operations reach the shared ones through <see cref="SubClientRoot"/>.
    /// </summary>
    public static readonly string[] ClientMembers =
    {
        "_httpClient", "_options", "_baseUrl", "_telemetry", "_sentWith", RequestHook, ResponseHook, AttemptCredentials, ContractsClass,
        "RateLimits", "RateLimit", "LimitedStream", "CurrentBatch", "SendAsync", "SendAttemptsAsync", "SendOnceAsync", "SendWithinAsync",
        "WaitAsync", "RetryDelay", "Backoff", "AppendQuery", "AppendQueryItems", "Invariant", "PathSegment", "HeaderValue", "Credential",
        "BreaksHeader", "BasicToken", "MissingCredentials", "ReadAsync", "ErrorAsync", "Failure", "ErrorBodyLimit",
        "ReadErrorBodyAsync", "EncodingOf", "Message", "Redact", "RedactSecret", "HeadersOf", "AcquireAsync", "Limiters", "Permit",
        "SemaphoreRelease", "_limiterKey", "LimiterKey", "LimiterKeyCache", ResponseReader, ValueOf,
    };

    /// <summary>The client's nested type that reads one call's response for its operation: the success body, or the exception for another status.</summary>
    public const string ResponseReader = "ResponseReader";

    /// <summary>The client's helper that gives the body of a response's task, for the methods that return the body alone.</summary>
    public const string ValueOf = "ValueOf";

    /// <summary>The client's nested class that holds the JSON contracts of the bodies; no contract field takes its name (a member may not be named as its class).</summary>
    public const string ContractsClass = "Contracts";

    /// <summary>The method of the client's <c>Contracts</c> class that resolves a contract; no contract field takes its name.</summary>
    public const string ContractOf = "Of";

    /// <summary>The local of an operation's method that holds its <see cref="ResponseReader"/>.</summary>
    public const string ResponseReaderLocal = "read";

    public static string ClientOptions(string clientName) => clientName + "Options";

    public static string ApiException(string apiName) => apiName + "ApiException";

    public static string RetryPolicy(string apiName) => apiName + "RetryPolicy";

    /// <summary>What an operation's <see cref="WithResponseMethod"/> returns: the status code and headers, and the body.</summary>
    public static string ApiResponse(string apiName) => apiName + "ApiResponse";

    /// <summary>The method of an operation that returns its body together with the response's status code and headers.</summary>
    public static string WithResponseMethod(string operationName) => operationName + WithResponseSuffix + "Async";

    /// <summary>What an operation's name takes in <see cref="WithResponseMethod"/>; operation names are claimed with it.</summary>
    public const string WithResponseSuffix = "WithResponse";

    /// <summary>What an operation's name takes in its batched method, <c>…InBatchesAsync</c>.</summary>
    public const string InBatchesSuffix = "InBatches";

    /// <summary>The async local functions of the operation methods, without <c>Async</c>: a method of a client with one of these names would be hidden by them.</summary>
    public static readonly string[] OperationLocalFunctions = { "CreateRequest", "SendBatch" };

    public static string JsonResolver(string apiName) => apiName + "JsonResolver";

    public static string ServiceCollectionExtensions(string apiName) => apiName + "ServiceCollectionExtensions";

    /// <summary>The client's private type holding the credentials of one attempt, as sent.</summary>
    public const string AttemptCredentials = "AttemptCredentials";

    /// <summary>What a credential setting's provider is called: <c>BearerToken</c> → <c>BearerTokenProvider</c>.</summary>
    public const string ProviderSuffix = "Provider";

    /// <summary>The option that gives <paramref name="setting"/> from an async provider, asked before each attempt.</summary>
    public static string CredentialProvider(string setting) => setting + ProviderSuffix;

    /// <summary>The class holding the client's activity source, meter and log events.</summary>
    public static string Telemetry(string apiName) => apiName + "Telemetry";

    /// <summary>The static class of an enum's wire-value mapping, beside the enum.</summary>
    public static string EnumExtensions(string enumName) => enumName + "Extensions";

    /// <summary>The generic class in the spec's JSON helpers that maps one enum to and from its wire values.</summary>
    public const string EnumWireValues = "EnumWireValues";

    /// <summary>The field of an enum's extensions class holding its <see cref="EnumWireValues"/>.</summary>
    public const string EnumWireValuesField = "WireValues";

    /// <summary>The converter of a model or enum, in the serialization namespace.</summary>
    public static string JsonConverter(string typeName) => typeName + "JsonConverter";

    /// <summary>The method that walks a paged operation's responses, one per page.</summary>
    public static string PagesMethod(string operationName) => operationName + "PagesAsync";

    /// <summary>The method that walks a paged operation's items across its pages.</summary>
    public static string AllItemsMethod(string operationName) => operationName + "AllAsync";

    /// <summary>The private form of an operation paged by next links that requests a link instead of the path.</summary>
    public static string NextPageMethod(string operationName) => operationName + "PageAsync";

    /// <summary>The argument of <see cref="NextPageMethod"/> holding the link.</summary>
    public const string NextLinkArgument = "nextLink";

    /// <summary>A file sent in a multipart request: a stream with a file name and a media type.</summary>
    public static string FileUpload(string apiName) => apiName + "FileUpload";

    /// <summary>A binary response: the body as a stream read from the network, with its media type and length.</summary>
    public static string Download(string apiName) => apiName + "Download";

    /// <summary>Every type name the emitters may declare in a spec's namespace, besides the spec's own types.</summary>
    public static IEnumerable<string> NamespaceTypes(string apiName) =>
        new[]
        {
            SerializationNamespace, Client(apiName), ClientInterface(Client(apiName)), ClientOptions(Client(apiName)), ApiException(apiName), ApiResponse(apiName), RetryPolicy(apiName),
            JsonResolver(apiName), ServiceCollectionExtensions(apiName), Telemetry(apiName), JsonWire(apiName), FileUpload(apiName), Download(apiName), FormEncoding(apiName),
        }.Concat(new BatchTypeNames(apiName).All).Concat(new ValidationTypeNames(apiName).All);

    /// <summary>
    /// The type names the emitters declare in a spec's serialization namespace besides the converters, whose names
    /// come from <see cref="JsonConverter"/>.
    /// </summary>
    public static IEnumerable<string> SerializationTypes(string apiName) =>
        new[] { JsonWire(apiName), JsonResolver(apiName), ObjectConverterBase(apiName), EnumConverterBase(apiName) };

    /// <summary>The property of every model that keeps the JSON properties its schema does not declare.</summary>
    public const string AdditionalProperties = "AdditionalProperties";

    /// <summary>
    /// The partial methods of the client that a partial class of the caller's may implement: one sees each request
    /// before it is sent, the other each response as it arrives. Calls to an unimplemented one are compiled away.
    /// </summary>
    public const string RequestHook = "OnRequest";

    /// <inheritdoc cref="RequestHook"/>
    public const string ResponseHook = "OnResponse";

    /// <summary>The settings every client options class has; a spec's credentials and server variables get other names.</summary>
    public static readonly string[] OptionsMembers =
    {
        "BaseAddress", "ValidateRequests", "Retry", "TimeProvider", "MaxParallelCalls", "MaxResponseBodyBytes", "ResolveServerAddress",
    };

    /// <summary>The member of a discriminated union that holds a value whose discriminator it does not know.</summary>
    public const string UnknownAlternative = "Unknown";

    /// <summary>What a union calls its alternatives' accessors: <c>IsCat</c>, <c>AsCat</c>.</summary>
    public static string UnionIs(string alternative) => "Is" + alternative;

    /// <inheritdoc cref="UnionIs"/>
    public static string UnionAs(string alternative) => "As" + alternative;

    /// <summary>The union method that calls the function for the alternative it holds.</summary>
    public const string UnionMatch = "Match";

    /// <summary>Alternative names a union's own members take.</summary>
    public static readonly string[] UnionMembers = { UnknownAlternative };

    /// <summary>
    /// Members every generated model has, from <see cref="object"/> or its validator; a property with one of these
    /// names gets a <c>Value</c> suffix.
    /// </summary>
    public static readonly string[] ObjectMembers =
    {
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
        ValidationTypeNames.ValidateMethod, AdditionalProperties,
    };

    /// <summary>
    /// The parameters and locals of the generated operation methods (and their batched forms). A spec parameter gets
    /// another name, so none can shadow or collide with them.
    /// </summary>
    public static readonly string[] OperationLocals =
    {
        "body", "cancellationToken", "progress", "url", "hasQuery", "request", "requestUri", "response", "status", "cookies",
        "context", "valid", "exception", "items", "calls", "call", "outcomes", "tracker", "gate", "result", "start", "failure",
        "entered", "part", "index", "indexes", "problems", "reported", "item", "credentials", "urlWithKeys", "hasQueryWithKeys",
        NextLinkArgument, "position", "pageRequest", "received", "visited", "nextPosition", "link", "content", "upload",
        SubClientRoot, ResponseReaderLocal,
    };

    /// <summary><see cref="OperationLocals"/>, for the argument names of each operation.</summary>
    public static readonly ReservedNames OperationLocalNames = new(OperationLocals);
}
