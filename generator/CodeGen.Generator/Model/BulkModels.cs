using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>
/// A declared rate limit (<c>x-codegen-rate-limit</c>): at most <see cref="Requests"/> calls in any window of
/// <see cref="WindowSeconds"/>, for one operation or for every operation of the server.
/// </summary>
internal sealed record RateLimitModel(int Requests, double WindowSeconds, string Scope)
{
    /// <summary>The field of the client's <c>RateLimits</c> class that holds this limit.</summary>
    public string FieldName => Scope == "server" ? "Server" : CodeGen.Helpers.Identifiers.ToPascalCase(Scope);
}

/// <summary>
/// The batching of an operation's array body (<c>x-codegen-batch</c>): the client splits any number of items into
/// calls of at most <see cref="MaxItems"/>.
/// </summary>
/// <param name="ItemsProperty">The array property of the request body that is split.</param>
/// <param name="CallIdPath">C# property names from the response to a value identifying the call, such as a request id.</param>
internal sealed record BatchModel(
    PropertyModel ItemsProperty,
    int MaxItems,
    EquatableArray<string> CallIdPath,
    ItemResultsModel? ItemResults);

/// <summary>Per-item outcomes in a batch call's response, matched to the items sent by key or by position.</summary>
/// <param name="ListPath">C# property names from the response to the list of outcomes.</param>
/// <param name="KeyProperty">The outcome's property equal to the item it reports on; null to match by position.</param>
/// <param name="SuccessProperty">A boolean property, true when the item succeeded.</param>
/// <param name="IdProperty">The id the vendor gave the created item.</param>
/// <param name="ReasonProperty">A text that explains a failure.</param>
internal sealed record ItemResultsModel(
    EquatableArray<string> ListPath,
    string ResultType,
    string? KeyProperty,
    string? SuccessProperty,
    string? IdProperty,
    string? ReasonProperty);
