using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>One HTTP operation of the spec.</summary>
/// <param name="Security">
/// The alternatives of the operation's security requirement, in the spec's order; any one of them authorises the call.
/// Empty when the operation needs no credentials.
/// </param>
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
    string? Group = null,
    string? ShortName = null)
{
    /// <summary>What the operation's methods are named from; <see cref="Name"/> still names the operation in telemetry and messages.</summary>
    public string MethodName => ShortName ?? Name;
}

/// <summary>A documented response of an operation.</summary>
internal sealed record ResponseModel(string StatusCode, string? Description, TypeModel? Body)
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
/// <param name="QuerySeparator">
/// For a query array sent as one value (a <c>style</c> that does not explode), what joins its items: <c>,</c>, a space
/// or <c>|</c>. Null sends one name=value pair per item, OpenAPI 3's default.
/// </param>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    ParameterLocation Location,
    TypeModel Type,
    bool IsRequired,
    string? ConstantValue,
    Documentation Documentation,
    string? QuerySeparator = null);

/// <summary>One alternative of a security requirement: every scheme listed must be applied.</summary>
internal sealed record SecurityRequirementModel(EquatableArray<string> SchemeKeys);
