using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>One HTTP operation of the spec.</summary>
/// <param name="Security">
/// The alternatives of the operation's security requirement, in the spec's order; any one of them authorises the call.
/// Empty when the operation needs no credentials.
/// </param>
/// <param name="RequestContent">A request body sent as text, bytes or multipart parts; <see cref="RequestBody"/> is then null.</param>
/// <param name="Group">The <see cref="ClientGroupModel.PropertyName"/> of the sub-client that has the operation; null on the root client.</param>
/// <param name="ShortName">
/// The operation's name in its sub-client without the group's prefix (<c>issues/create</c> is <c>Create</c> in
/// <c>Issues</c>), when every name in the sub-client stays distinct; null keeps <paramref name="Name"/>.
/// </param>
internal sealed record OperationModel(
    string Name,
    string Method,
    string Path,
    Documentation Documentation,
    EquatableArray<ParameterModel> Parameters,
    TypeModel? RequestBody,
    bool RequestBodyRequired,
    EquatableArray<ResponseModel> Responses,
    EquatableArray<SecurityRequirementModel> Security,
    RateLimitModel? RateLimit = null,
    BatchModel? Batch = null,
    PagingModel? Paging = null,
    RequestContentModel? RequestContent = null,
    FormBodyModel? FormBody = null,
    string? Group = null,
    string? ShortName = null)
{
    /// <summary>What the operation's methods are named from; <see cref="Name"/> still names the operation in telemetry and messages.</summary>
    public string MethodName => ShortName ?? Name;
}

/// <summary>
/// A request body sent as <c>application/x-www-form-urlencoded</c>: the body model is written as JSON by its
/// converter and flattened into name/value pairs.
/// </summary>
/// <param name="Encodings">The properties the spec's <c>encoding</c> object describes; the others are flattened with brackets.</param>
internal sealed record FormBodyModel(EquatableArray<FormPropertyEncoding> Encodings);

/// <summary>How one property of a form body is sent, from the media type's <c>encoding</c> object.</summary>
/// <param name="AsJson">The property's <c>contentType</c> is JSON: its value is sent as JSON text.</param>
internal sealed record FormPropertyEncoding(string Property, ParameterStyle Style, bool Explode, bool AllowReserved, bool AsJson);

/// <summary>A documented response of an operation.</summary>
/// <param name="Body">The type of a JSON body.</param>
/// <param name="RawBody">A body read as text or bytes instead (<see cref="MediaKind.Text"/> or <see cref="MediaKind.Binary"/>).</param>
internal sealed record ResponseModel(string StatusCode, string? Description, TypeModel? Body, MediaKind? RawBody = null)
{
    /// <summary>A 2xx status (or the <c>2XX</c> range).</summary>
    public bool IsSuccess => StatusCode.Length == 3 && StatusCode[0] == '2';
}

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>A path, query, header or cookie parameter of an operation.</summary>
/// <param name="Name">The C# argument name.</param>
/// <param name="WireName">The name in the URL or the header.</param>
/// <param name="ConstantValue">
/// The only value the spec allows for a required parameter (a one-value enum, such as an API version header): the
/// client sends it itself instead of asking the caller.
/// </param>
/// <param name="Style">How the value is written (OpenAPI 3, Style Values); always one the location allows.</param>
/// <param name="Explode">Whether an array's items or an object's properties are sent as separate values.</param>
/// <param name="AllowReserved">A query value's reserved characters are sent as they are, not percent-encoded.</param>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeModel Type,
    bool IsRequired,
    string? ConstantValue,
    Documentation Documentation,
    ParameterStyle Style,
    bool Explode,
    bool AllowReserved = false)
{
    /// <summary>The value is an object, a map or any JSON, which the client writes as JSON and flattens.</summary>
    public bool IsJsonValued => !Type.IsTextual;
}

/// <summary>The <c>style</c> values of OpenAPI 3 parameters and form properties.</summary>
internal enum ParameterStyle
{
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

/// <summary>Which styles each location allows, and their defaults (OpenAPI 3, Style Values).</summary>
internal static class ParameterStyles
{
    public static ParameterStyle DefaultFor(ParameterLocation location) =>
        location is ParameterLocation.Query or ParameterLocation.Cookie ? ParameterStyle.Form : ParameterStyle.Simple;

    public static bool ExplodesByDefault(ParameterStyle style) => style == ParameterStyle.Form;

    public static bool Allows(ParameterLocation location, ParameterStyle style) => location switch
    {
        ParameterLocation.Path => style is ParameterStyle.Simple or ParameterStyle.Label or ParameterStyle.Matrix,
        ParameterLocation.Query => style is ParameterStyle.Form or ParameterStyle.SpaceDelimited or ParameterStyle.PipeDelimited or ParameterStyle.DeepObject,
        ParameterLocation.Header => style == ParameterStyle.Simple,
        _ => style == ParameterStyle.Form,
    };

    /// <summary>The style of a spec's <c>style</c> value, or null for a value OpenAPI 3 does not define.</summary>
    public static ParameterStyle? Parse(string value) => value switch
    {
        "form" => ParameterStyle.Form,
        "spaceDelimited" => ParameterStyle.SpaceDelimited,
        "pipeDelimited" => ParameterStyle.PipeDelimited,
        "deepObject" => ParameterStyle.DeepObject,
        "simple" => ParameterStyle.Simple,
        "label" => ParameterStyle.Label,
        "matrix" => ParameterStyle.Matrix,
        _ => null,
    };
}

/// <summary>One alternative of a security requirement: every scheme listed must be applied.</summary>
internal sealed record SecurityRequirementModel(EquatableArray<string> SchemeKeys);
