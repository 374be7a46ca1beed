using System.Collections.Generic;
using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the C# class of a <c>oneOf</c>/<c>anyOf</c>: it holds exactly one alternative, made by a constructor or an
/// implicit conversion, and tells which with <c>IsX</c>, <c>AsX</c> and <c>Match</c>.
/// </summary>
internal static class UnionEmitter
{
    /// <summary>The type parameter of <c>Match</c>.</summary>
    private const string MatchResult = "TResult";

    public static void Write(CodeWriter writer, ApiModel api, UnionModel union)
    {
        // Match's type parameter would hide a model of its name.
        var types = new TypeSyntax(api, new[] { MatchResult });
        var members = UnionMembers.Of(union);
        using (writer.Block("namespace " + api.Namespace))
        {
            var names = string.Join(", ", union.Alternatives.Select(a => a.Name));
            var reading = union.Discriminator is { } discriminator
                ? $"Read by the value of its '{discriminator}' property; a value this version does not know is kept in {GeneratedNames.UnionAs(GeneratedNames.UnknownAlternative)} and written back unchanged."
                : "Read by the kind of JSON value first, then, among objects, by the properties present; written as the alternative it holds.";
            Text.WriteDocComment(writer, union.Documentation.Summary ?? $"One of: {names}.",
                string.Join("\n\n", new[] { union.Documentation.Description, reading }.Where(text => !string.IsNullOrWhiteSpace(text))), union.Documentation.Example);
            writer.Line(FileHeader.GeneratedCodeAttribute);
            writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({types.ConverterType(union.Name)}))]");
            using (writer.Block($"public sealed partial class {union.Name}"))
            {
                foreach (var member in members) writer.Line($"private readonly {types.TypeName(member.Type)}? {member.Field};");
                foreach (var member in members)
                {
                    writer.Line();
                    WriteConstructor(writer, types, union, member);
                }

                foreach (var member in members)
                {
                    writer.Line();
                    WriteAccessors(writer, types, member);
                }

                foreach (var member in members.Where(m => !m.IsUnknown))
                {
                    writer.Line();
                    writer.Line($"/// <summary>Holds <paramref name=\"{member.Parameter.TrimStart('@')}\"/>.</summary>");
                    writer.Line($"public static implicit operator {union.Name}({types.TypeName(member.Type)} {member.Parameter}) => new {union.Name}({member.Parameter});");
                }

                writer.Line();
                WriteMatch(writer, types, members);
            }
        }

    }

    private static void WriteConstructor(CodeWriter writer, TypeSyntax types, UnionModel union, UnionMember member)
    {
        writer.Line(member.IsUnknown
            ? $"/// <summary>Holds a value whose '{Text.XmlInline(union.Discriminator!)}' this version does not know, to be written as it is.</summary>"
            : $"/// <summary>Holds the {member.Name} alternative.</summary>");
        var assignment = member.Type.IsValueType
            ? $"{member.Field} = {member.Parameter};"
            : $"{member.Field} = {member.Parameter} ?? throw new global::System.ArgumentNullException(nameof({member.Parameter}));";
        writer.Line($"public {union.Name}({types.TypeName(member.Type)} {member.Parameter}) => {assignment}");
    }

    private static void WriteAccessors(CodeWriter writer, TypeSyntax types, UnionMember member)
    {
        var what = member.IsUnknown ? "a value of a kind this version does not know" : $"the {member.Name} alternative";
        writer.Line($"/// <summary>True when this holds {what}.</summary>");
        writer.Line($"public bool {GeneratedNames.UnionIs(member.Name)} => {member.Field}{(member.Type.IsValueType ? ".HasValue" : " is not null")};");
        writer.Line();
        writer.Line($"/// <summary>The {(member.IsUnknown ? "value of a kind this version does not know, as it came," : member.Name + " alternative")} this holds, or null when it holds another.</summary>");
        writer.Line($"public {types.TypeName(member.Type)}? {GeneratedNames.UnionAs(member.Name)} => {member.Field};");
    }

    private static void WriteMatch(CodeWriter writer, TypeSyntax types, IReadOnlyList<UnionMember> members)
    {
        writer.Line("/// <summary>Calls the function for the alternative this holds and returns its result.</summary>");
        foreach (var member in members)
        {
            writer.Line($"/// <param name=\"{member.Parameter.TrimStart('@')}\">Called with {(member.IsUnknown ? "a value of a kind this version does not know" : "the " + member.Name + " alternative")}.</param>");
        }

        var parameters = string.Join(", ", members.Select(m => $"global::System.Func<{types.TypeName(m.Type)}, {MatchResult}> {m.Parameter}"));
        using (writer.Block($"public {MatchResult} {GeneratedNames.UnionMatch}<{MatchResult}>({parameters})"))
        {
            for (var i = 0; i < members.Count - 1; i++)
            {
                var member = members[i];
                var value = member.Type.IsValueType ? member.Field + ".Value" : member.Field;
                writer.Line($"if ({member.Field}{(member.Type.IsValueType ? ".HasValue" : " is not null")}) return {member.Parameter}({value});");
            }

            var last = members[members.Count - 1];
            writer.Line($"return {last.Parameter}({last.Field}{(last.Type.IsValueType ? ".GetValueOrDefault()" : "!")});");
        }
    }
}

/// <summary>One member of a generated union: an alternative, or the unknown value a discriminated union keeps.</summary>
internal sealed record UnionMember(string Name, TypeModel Type, bool IsUnknown)
{
    public string Field => "_" + Camel;

    /// <summary>The parameter of the constructor and of <c>Match</c>, and a local in the converter.</summary>
    public string Parameter => Identifiers.MakeValid(Camel);

    private string Camel => char.ToLowerInvariant(Name[0]) + Name.Substring(1);
}

internal static class UnionMembers
{
    public static IReadOnlyList<UnionMember> Of(UnionModel union)
    {
        var members = union.Alternatives.Select(a => new UnionMember(a.Name, a.Type, IsUnknown: false)).ToList();
        if (union.KeepsUnknown) members.Add(new UnionMember(GeneratedNames.UnknownAlternative, TypeModel.Any, IsUnknown: true));
        return members;
    }
}
