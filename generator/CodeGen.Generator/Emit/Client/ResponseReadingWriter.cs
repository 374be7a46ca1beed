using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The local function of an operation's method that reads its response: the result of a success status, or the
/// exception for any other.
/// </summary>
internal sealed class ResponseReadingWriter
{
    private readonly BodyContracts _contracts;
    private readonly string _root;

    /// <param name="root">What the root client's instance members are reached through: empty on the root, its field and a dot on a sub-client.</param>
    public ResponseReadingWriter(BodyContracts contracts, string root)
    {
        _contracts = contracts;
        _root = root;
    }

    /// <summary>
    /// Writes the local function that reads the response: the body of a success status, or the exception for any
    /// other. One expression when each status ends in one value or one throw, else a switch statement.
    /// </summary>
    public void Write(CodeWriter writer, OperationModel operation, OperationResult result, string signature)
    {
        var name = Text.Literal(operation.Name);
        var read = result.Statements(hasBody: true, _contracts, name, _root);
        var cases = new List<(string Status, IReadOnlyList<string> Statements)>();
        foreach (var response in operation.Responses.Where(r => r.StatusCode.Length == 3 && int.TryParse(r.StatusCode, out _)))
        {
            if (!response.IsSuccess)
            {
                cases.Add((response.StatusCode, new[] { $"throw await {Error(response, name)}.ConfigureAwait(false);" }));
                continue;
            }

            // A success status read as any other 2xx is left to the default case, so each read is written once.
            var statements = result.Statements(OperationResult.HasBody(response), _contracts, name, _root);
            if (!statements.SequenceEqual(read)) cases.Add((response.StatusCode, statements));
        }

        var fallback = operation.Responses.FirstOrDefault(r => r.StatusCode == "default" && r.Body is not null);
        var failure = fallback is null
            ? $"throw await {_root}ErrorAsync(response, {name}, null, cancellationToken).ConfigureAwait(false);"
            : $"throw await {Error(fallback, name)}.ConfigureAwait(false);";
        // Not for an optional result: a switch expression would type a status without a body's "default" as the body's type, not its nullable one.
        if (result.Kind != ResultKind.None && !result.IsOptional && read.Count == 1 && cases.All(c => c.Statements.Count == 1))
        {
            WriteResponseExpression(writer, signature, cases, read[0], failure);
            return;
        }

        var otherwise = new[]
        {
            read.Count == 1 ? $"if (response.IsSuccessStatusCode) {read[0]}" : $"if (response.IsSuccessStatusCode) {{ {string.Join(" ", read)} }}",
            failure,
        };
        using (writer.Block(signature))
        {
            if (cases.Count == 0)
            {
                foreach (var statement in otherwise) writer.Line(statement);
                return;
            }

            using (writer.Block("switch ((int)response.StatusCode)"))
            {
                foreach (var (status, statements) in cases.Append(("", otherwise)))
                {
                    writer.Line(status.Length == 0 ? "default:" : $"case {status}:");
                    writer.Indent();
                    foreach (var statement in statements) writer.Line(statement);
                    writer.Outdent();
                }
            }
        }
    }

    /// <summary>The reading of a response as one expression: a conditional, or a switch on the status with a case per documented one.</summary>
    private static void WriteResponseExpression(CodeWriter writer, string signature, List<(string Status, IReadOnlyList<string> Statements)> cases, string read, string failure)
    {
        if (cases.Count == 0)
        {
            writer.Line($"{signature} => response.IsSuccessStatusCode");
            writer.Indent();
            writer.Line("? " + AsExpression(read));
            writer.Line(": " + AsExpression(failure) + ";");
            writer.Outdent();
            return;
        }

        using (writer.Block($"{signature} => (int)response.StatusCode switch", "};"))
        {
            foreach (var (status, statements) in cases) writer.Line($"{status} => {AsExpression(statements[0])},");
            writer.Line($"_ when response.IsSuccessStatusCode => {AsExpression(read)},");
            writer.Line($"_ => {AsExpression(failure)},");
        }
    }

    /// <summary>A <c>return x;</c> or <c>throw x;</c> statement as the expression <c>x</c> or <c>throw x</c>.</summary>
    private static string AsExpression(string statement) =>
        (statement.StartsWith("return ", System.StringComparison.Ordinal) ? statement.Substring("return ".Length) : statement).TrimEnd(';');

    private string Error(ResponseModel response, string operationName)
    {
        var description = response.Description is null ? "null" : Text.Literal(response.Description);
        return response.Body is { Kind: TypeKind.Object or TypeKind.Union or TypeKind.Array or TypeKind.Map } body
            ? $"{_root}ErrorAsync(response, {_contracts.For(body)}, {operationName}, {description}, cancellationToken)"
            : $"{_root}ErrorAsync(response, {operationName}, {description}, cancellationToken)";
    }
}
