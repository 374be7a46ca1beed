using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The end of an operation's method, which reads its response through the client's <c>ResponseReader</c>: the result
/// of a success status, or the exception for any other.
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
    /// Writes the statements that end the method once the response is in: the response with the body of a success
    /// status, or the exception for any other. One expression when each status ends in one value or one throw, else a
    /// switch statement.
    /// </summary>
    public void Write(CodeWriter writer, OperationModel operation, OperationResult result)
    {
        var reader = GeneratedNames.ResponseReaderLocal;
        var client = _root.Length == 0 ? "this" : _root.TrimEnd('.');
        writer.Line($"var {reader} = new {GeneratedNames.ResponseReader}({client}, response, {Text.Literal(operation.Name)}, cancellationToken);");
        var read = result.Statements(hasBody: true, _contracts, reader);
        var cases = new List<(string Status, IReadOnlyList<string> Statements)>();
        foreach (var response in operation.Responses.Where(r => r.StatusCode.Length == 3 && int.TryParse(r.StatusCode, out _)))
        {
            if (!response.IsSuccess)
            {
                cases.Add((response.StatusCode, new[] { $"throw await {Error(response)};" }));
                continue;
            }

            // A success status read as any other 2xx is left to the default case, so each read is written once.
            var statements = result.Statements(OperationResult.HasBody(response), _contracts, reader);
            if (!statements.SequenceEqual(read)) cases.Add((response.StatusCode, statements));
        }

        var fallback = operation.Responses.FirstOrDefault(r => r.StatusCode == "default" && r.Body is not null);
        var failure = $"throw await {(fallback is null ? $"{reader}.Error()" : Error(fallback))};";
        // Not for an optional result: a switch expression would type a status without a body's "default" as the body's type, not its nullable one.
        if (result.Kind != ResultKind.None && !result.IsOptional && read.Count == 1 && cases.All(c => c.Statements.Count == 1))
        {
            WriteResponseExpression(writer, cases, read[0], failure);
            return;
        }

        var success = read.Select(Returned).ToList();
        var otherwise = new[]
        {
            success.Count == 1 ? $"if (response.IsSuccessStatusCode) {success[0]}" : $"if (response.IsSuccessStatusCode) {{ {string.Join(" ", success)} }}",
            failure,
        };
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
                foreach (var statement in statements) writer.Line(status.Length == 0 ? statement : Returned(statement));
                writer.Outdent();
            }
        }
    }

    /// <summary>The response with the body of one expression: a conditional, or a switch on the status with a case per documented one.</summary>
    private static void WriteResponseExpression(CodeWriter writer, List<(string Status, IReadOnlyList<string> Statements)> cases, string read, string failure)
    {
        if (cases.Count == 0)
        {
            writer.Line("return new(response, response.IsSuccessStatusCode");
            writer.Indent();
            writer.Line("? " + AsExpression(read));
            writer.Line(": " + AsExpression(failure) + ");");
            writer.Outdent();
            return;
        }

        using (writer.Block("return new(response, (int)response.StatusCode switch", "});"))
        {
            foreach (var (status, statements) in cases) writer.Line($"{status} => {AsExpression(statements[0])},");
            writer.Line($"_ when response.IsSuccessStatusCode => {AsExpression(read)},");
            writer.Line($"_ => {AsExpression(failure)},");
        }
    }

    /// <summary>A statement that ends the reading, returning the response with what it returned.</summary>
    private static string Returned(string statement) =>
        statement == "return;" ? "return new(response);"
        : statement.StartsWith("return ", System.StringComparison.Ordinal) ? $"return new(response, {statement.Substring("return ".Length).TrimEnd(';')});"
        : statement;

    /// <summary>A <c>return x;</c> or <c>throw x;</c> statement as the expression <c>x</c> or <c>throw x</c>.</summary>
    private static string AsExpression(string statement) =>
        (statement.StartsWith("return ", System.StringComparison.Ordinal) ? statement.Substring("return ".Length) : statement).TrimEnd(';');

    private string Error(ResponseModel response)
    {
        var description = response.Description is null ? "null" : Text.Literal(response.Description);
        return response.Body is { Kind: TypeKind.Object or TypeKind.Union or TypeKind.Array or TypeKind.Map } body
            ? $"{GeneratedNames.ResponseReaderLocal}.Error({_contracts.For(body)}, {description})"
            : $"{GeneratedNames.ResponseReaderLocal}.Error({(response.Description is null ? "" : description)})";
    }
}
