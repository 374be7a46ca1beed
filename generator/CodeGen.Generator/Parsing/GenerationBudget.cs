using System;
using System.Globalization;
using CodeGen.Diagnostics;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Estimates, while a spec is read, how much C# it will generate, and stops reading when the estimate passes
/// <see cref="MaxCharacters"/>, so a spec that would explode (a long description repeated through thousands of
/// references, millions of properties) is reported at the node being read instead of exhausting the compiler's memory.
/// </summary>
internal sealed class GenerationBudget
{
    /// <summary>
    /// GitHub's description of 771 operations is estimated at 13 million characters (it generates 13 million);
    /// the 2025 description, 1,223 operations, at 72 million (it generates 78 million). 300 million leaves room for
    /// an API four times larger, and stops before the compiler holds gigabytes of generated source.
    /// </summary>
    public const long MaxCharacters = 300_000_000;

    // Rough sizes of what each element adds across model, converter, validator and client, besides its own text.
    private const int TypeCost = 2_500;
    private const int PropertyCost = 1_200;
    private const int EnumMemberCost = 250;
    private const int OperationCost = 2_500;
    private const int ParameterCost = 400;

    // Each name is written several times: declaration, converter, validator, docs.
    private const int NameRepetitions = 4;

    public long EstimatedCharacters { get; private set; }

    public static string Description => MaxCharacters.ToString("N0", CultureInfo.InvariantCulture) + " characters of C# (an estimate from its types, properties, enum members and operations)";

    public void SpendOnType(YamlNode node, string name, Documentation documentation) =>
        Spend(node, TypeCost + NameRepetitions * name.Length + SizeOf(documentation));

    public void SpendOnProperty(YamlNode node, PropertyModel property) =>
        Spend(node, PropertyCost + NameRepetitions * (property.Name.Length + property.JsonName.Length) +
            SizeOf(property.Documentation) + (property.Type.Constraints?.Pattern?.Length ?? 0));

    public void SpendOnEnumMember(YamlNode node, EnumMemberModel member) =>
        Spend(node, EnumMemberCost + NameRepetitions * (member.Name.Length + member.WireValue.Length) + (member.Description?.Length ?? 0));

    public void SpendOnOperation(YamlNode node, OperationModel operation) =>
        Spend(node, OperationCost + NameRepetitions * (operation.Name.Length + operation.Path.Length) +
            operation.Parameters.Count * ParameterCost + SizeOf(operation.Documentation));

    private static long SizeOf(Documentation documentation) =>
        (long)(documentation.Summary?.Length ?? 0) + (documentation.Description?.Length ?? 0) + (documentation.Example?.Length ?? 0);

    private void Spend(YamlNode node, long characters)
    {
        EstimatedCharacters += characters;
        if (EstimatedCharacters > MaxCharacters)
        {
            throw new RejectedDocumentException(DiagnosticDescriptors.GeneratedCodeBudgetExceeded, node.Start, node.End, Description);
        }
    }
}
