using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

internal enum ResultKind
{
    /// <summary>No success response has a body: the method returns <c>Task</c> and drains whatever body comes.</summary>
    None,
    /// <summary>The JSON body, parsed within the size limit.</summary>
    Json,
    /// <summary>A <c>text/*</c> body as a string, read within the size limit.</summary>
    Text,
    /// <summary>A binary body as a download the caller reads and disposes.</summary>
    Download,
}

/// <summary>
/// What an operation's method returns, decided in one place from its success responses: the first that has a body
/// sets the kind; another success status documented without one (say 204 beside 200) makes the result optional.
/// </summary>
internal sealed record OperationResult(ResultKind Kind, TypeModel? Body, bool IsOptional)
{
    public static OperationResult Of(OperationModel operation)
    {
        var first = operation.Responses.FirstOrDefault(r => r.IsSuccess && HasBody(r));
        if (first is null) return new OperationResult(ResultKind.None, null, false);
        var optional = operation.Responses.Any(r => r.IsSuccess && !HasBody(r));
        var kind = first.Body is not null ? ResultKind.Json : first.RawBody == MediaKind.Text ? ResultKind.Text : ResultKind.Download;
        return new OperationResult(kind, first.Body, optional);
    }

    public static bool HasBody(ResponseModel response) => response.Body is not null || response.RawBody is not null;

    /// <summary>The C# type of the result, or null for none.</summary>
    public string? ValueType(ApiModel api, TypeSyntax types)
    {
        var type = Kind switch
        {
            ResultKind.Json => types.TypeName(Body!),
            ResultKind.Text => "string",
            ResultKind.Download => types.ModelType(api.DownloadName),
            _ => null,
        };
        return type is null ? null : type + (IsOptional ? "?" : "");
    }

    /// <summary>The method's return type: <c>Task</c> or <c>Task&lt;T&gt;</c>.</summary>
    public string TaskType(ApiModel api, TypeSyntax types) =>
        ValueType(api, types) is { } value ? $"global::System.Threading.Tasks.Task<{value}>" : "global::System.Threading.Tasks.Task";

    /// <summary>
    /// The statements that end the reading of a success response with a body (<paramref name="hasBody"/>) or without:
    /// <c>return</c> of the result read as its kind, or a bare <c>return</c> when there is none.
    /// </summary>
    /// <param name="reader">The operation's <c>ResponseReader</c> local.</param>
    public IReadOnlyList<string> Statements(bool hasBody, BodyContracts contracts, string reader)
    {
        if (!hasBody && Kind == ResultKind.Download) return new[] { "response.Dispose();", "return null;" };
        if (!hasBody && Kind != ResultKind.None) return new[] { "return default;" };
        return Kind switch
        {
            ResultKind.Json => new[] { $"return await {reader}.Body({contracts.For(Body!)});" },
            ResultKind.Text => new[] { $"return await {reader}.Text();" },
            ResultKind.Download => new[] { "return await DownloadAsync(response, cancellationToken).ConfigureAwait(false);" },
            _ => new[] { $"await {reader}.Drain();", "return;" },
        };
    }
}
