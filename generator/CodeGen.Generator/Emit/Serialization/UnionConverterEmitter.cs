using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the reflection-free converter of a union. A discriminated union reads the discriminator first and then
/// the alternative it names. Otherwise the JSON token decides (string, number, boolean, array, object); among
/// several candidates for one token, integers come before other numbers, and objects with more required properties
/// (then more properties) before those with fewer, each tried first only when the object has its required (or,
/// with none, one of its own) properties; then the first that reads wins, and a JsonElement alternative takes
/// whatever is left.
/// </summary>
internal static class UnionConverterEmitter
{
    private const string Json = "global::System.Text.Json.";

    private static readonly string[] ReservedLocals = { "reader", "writer", "value", "options", "typeToConvert" };

    public static void Write(CodeWriter writer, ApiModel api, UnionModel union)
    {
        var types = TypeSyntax.ForSerialization(api);
        var unionType = types.ModelType(union.Name);
        var converter = GeneratedNames.JsonConverter(union.Name);
        var candidates = union.Discriminator is null ? new UnionCandidates(api, union) : null;
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            writer.Line($"using static {api.JsonWireName};");
            writer.Line();
            Text.WriteDocComment(writer, $"Reads and writes {union.Name} as JSON without reflection.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed class {converter} : {Json}Serialization.JsonConverter<{unionType}>"))
            {
                writer.Line($"internal static readonly {converter} Instance = new();");
                writer.Line();
                if (union.Discriminator is not null)
                {
                    writer.Line($"private const string DiscriminatorName = {Text.Literal(union.Discriminator)};");
                    writer.Line();
                }

                foreach (var (field, names) in candidates?.PropertyLists ?? new())
                {
                    writer.Line($"private static readonly string[] {field} = {{ {string.Join(", ", names.Select(Text.Literal))} }};");
                }

                if (candidates?.PropertyLists.Count > 0) writer.Line();
                writer.Line("/// <inheritdoc/>");
                using (writer.Block($"public override {unionType} Read(ref {Json}Utf8JsonReader reader, global::System.Type typeToConvert, {Json}JsonSerializerOptions options)"))
                {
                    if (candidates is null) WriteReadByDiscriminator(writer, types, union, unionType);
                    else WriteReadByShape(writer, types, union, unionType, candidates);
                }

                writer.Line();
                writer.Line("/// <inheritdoc/>");
                using (writer.Block($"public override void Write({Json}Utf8JsonWriter writer, {unionType} value, {Json}JsonSerializerOptions options)"))
                {
                    WriteWrite(writer, types, UnionMembers.Of(union));
                }
            }
        }

    }

    private static void WriteReadByDiscriminator(CodeWriter writer, TypeSyntax types, UnionModel union, string unionType)
    {
        writer.Line($"ExpectStartObject(ref reader, {Text.Literal(union.Name)});");
        using (writer.Block($"switch (PeekString(reader, DiscriminatorName))"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alternative in union.Alternatives)
            {
                // A value two alternatives claim selects the first.
                var values = alternative.DiscriminatorValues.Where(seen.Add).ToList();
                if (values.Count == 0) continue;
                foreach (var value in values) writer.Line($"case {Text.Literal(value)}:");
                writer.Indent().Line($"return new {unionType}({types.Read(alternative.Type)});").Outdent();
            }

            writer.Line("default:");
            writer.Indent().Line($"return new {unionType}({Json}JsonElement.ParseValue(ref reader));").Outdent();
        }
    }

    private static void WriteReadByShape(CodeWriter writer, TypeSyntax types, UnionModel union, string unionType, UnionCandidates candidates)
    {
        // The cases of a switch share one scope: each attempt's variable gets its own name, the first its alternative's.
        var locals = new AttemptLocals(union);
        using (writer.Block("switch (reader.TokenType)"))
        {
            foreach (var token in UnionCandidates.Tokens)
            {
                var forToken = candidates.For(token.Kind);
                if (forToken.Count == 0) continue;
                foreach (var label in token.Labels) writer.Line($"case {Json}JsonTokenType.{label}:");
                writer.Indent();
                WriteAttempts(writer, types, union, unionType, forToken, locals);
                writer.Outdent();
            }

            writer.Line("default:");
            writer.Indent();
            var anyToken = candidates.For(TokenKind.Other);
            if (anyToken.Count > 0) WriteAttempts(writer, types, union, unionType, anyToken, locals);
            else writer.Line($"throw UnexpectedToken(ref reader, {Text.Literal(union.Name)}, {Text.Literal(candidates.Expected)});");
            writer.Outdent();
        }
    }

    /// <summary>
    /// The candidates whose properties are present first, then each in turn; the last reads directly, so its error
    /// explains a value none of them reads.
    /// </summary>
    private static void WriteAttempts(CodeWriter writer, TypeSyntax types, UnionModel union, string unionType, IReadOnlyList<Candidate> candidates, AttemptLocals locals)
    {
        if (candidates.Count > 1)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Guard() is { } guard) WriteAttempt(writer, types, unionType, candidate, guard + " && ", locals);
            }

            for (var i = 0; i < candidates.Count - 1; i++) WriteAttempt(writer, types, unionType, candidates[i], "", locals);
        }

        writer.Line($"return new {unionType}({types.Read(candidates[candidates.Count - 1].Alternative.Type)});");
    }

    private static void WriteAttempt(CodeWriter writer, TypeSyntax types, string unionType, Candidate candidate, string guard, AttemptLocals locals)
    {
        var local = locals.Next(candidate.Alternative.Name);
        var type = candidate.Alternative.Type;
        var read = type.Kind is TypeKind.Object or TypeKind.Union ? GeneratedNames.JsonConverter(type.Name!) + ".Instance" : types.ElementReader(type);
        var attempt = $"TryRead(ref reader, options, {read}, out {types.TypeName(type)} {local})";
        writer.Line($"if ({guard}{attempt}) return new {unionType}({local});");
    }

    private static void WriteWrite(CodeWriter writer, TypeSyntax types, IReadOnlyList<UnionMember> members)
    {
        for (var i = 0; i < members.Count - 1; i++)
        {
            var member = members[i];
            var local = Local(member.Name);
            writer.Line($"{(i == 0 ? "if" : "else if")} (value.{GeneratedNames.UnionAs(member.Name)} is {{ }} {local}) {types.Write(member.Type, local)}");
        }

        var last = members[members.Count - 1];
        var access = $"value.{GeneratedNames.UnionAs(last.Name)}{(last.Type.IsValueType ? ".GetValueOrDefault()" : "!")}";
        writer.Line((members.Count > 1 ? "else " : "") + types.Write(last.Type, access));
    }

    /// <summary>The variables of the attempts: an alternative's own name first, then names no alternative has.</summary>
    private sealed class AttemptLocals
    {
        private readonly NameScope _scope = new(ReservedLocals);
        private readonly HashSet<string> _used = new();

        public AttemptLocals(UnionModel union)
        {
            foreach (var alternative in union.Alternatives) _scope.Reserve(Unescaped(alternative.Name), alternative.Name);
        }

        /// <summary>A variable for the alternative: its own name the first time, then one no alternative has.</summary>
        public string Next(string alternative)
        {
            var local = Unescaped(alternative);
            return Helpers.Identifiers.MakeValid(_used.Add(local) ? local : _scope.Claim(local));
        }
    }

    private static string Local(string memberName) => Helpers.Identifiers.MakeValid(Unescaped(memberName));

    /// <summary>The camel-case name of a member's variable, before keywords are escaped.</summary>
    private static string Unescaped(string memberName)
    {
        var local = char.ToLowerInvariant(memberName[0]) + memberName.Substring(1);
        return Array.IndexOf(ReservedLocals, local) >= 0 ? local + "Value" : local;
    }
}

/// <summary>The kinds of JSON token an alternative may start with.</summary>
internal enum TokenKind
{
    String,
    Number,
    Boolean,
    Array,
    Object,
    /// <summary>Any token: a nested union or a JsonElement.</summary>
    Other,
}

/// <summary>An alternative a token may be read as, with the properties that must be present for it to be tried.</summary>
internal sealed record Candidate(UnionAlternativeModel Alternative, string? RequiredField, string? OwnField)
{
    public string? Guard() =>
        RequiredField is not null ? $"HasAllProperties(reader, {RequiredField})"
        : OwnField is not null ? $"HasAnyProperty(reader, {OwnField})"
        : null;
}

/// <summary>The alternatives of a union by the token they start with, in the order they are tried.</summary>
internal sealed class UnionCandidates
{
    public static readonly (TokenKind Kind, string[] Labels)[] Tokens =
    {
        (TokenKind.String, new[] { "String" }),
        (TokenKind.Number, new[] { "Number" }),
        (TokenKind.Boolean, new[] { "True", "False" }),
        (TokenKind.Array, new[] { "StartArray" }),
        (TokenKind.Object, new[] { "StartObject" }),
    };

    private readonly Dictionary<TokenKind, List<Candidate>> _byToken = new();

    public UnionCandidates(ApiModel api, UnionModel union)
    {
        var enums = ApiIndex.Of(api).Enums;
        var objects = ApiIndex.Of(api).Objects;
        var objectAlternatives = union.Alternatives.Where(a => a.Type.Kind == TypeKind.Object && objects.ContainsKey(a.Type.Name!)).ToList();
        var ranked = union.Alternatives
            .Select((alternative, index) => (alternative, index, kind: KindOf(alternative.Type, enums)))
            .OrderBy(a => a.alternative.Type.Kind switch { TypeKind.Any => 2, TypeKind.Union => 1, _ => 0 })
            .ThenBy(a => a.alternative.Type.Kind is TypeKind.Int32 or TypeKind.Int64 ? 0 : 1)
            .ThenByDescending(a => Model(a.alternative)?.Properties.Count(p => p.IsRequired) ?? -1)
            .ThenByDescending(a => Model(a.alternative)?.Properties.Count ?? -1)
            .ThenBy(a => a.index);
        ObjectModel? Model(UnionAlternativeModel alternative) =>
            alternative.Type.Kind == TypeKind.Object && objects.TryGetValue(alternative.Type.Name!, out var model) ? model : null;

        foreach (var (alternative, _, kind) in ranked)
        {
            string? requiredField = null, ownField = null;
            if (alternative.Type.Kind == TypeKind.Object && objects.TryGetValue(alternative.Type.Name!, out var model))
            {
                var required = model.Properties.Where(p => p.IsRequired).Select(p => p.JsonName).ToList();
                var others = objectAlternatives.Where(o => o != alternative).SelectMany(o => objects[o.Type.Name!].Properties.Select(p => p.JsonName));
                var own = model.Properties.Select(p => p.JsonName).Except(others, StringComparer.Ordinal).ToList();
                if (required.Count > 0) requiredField = AddList(alternative.Name + "Required", required);
                else if (own.Count > 0) ownField = AddList(alternative.Name + "Own", own);
            }

            var candidate = new Candidate(alternative, requiredField, ownField);
            foreach (var token in kind == TokenKind.Other ? Tokens.Select(t => t.Kind).Append(TokenKind.Other) : new[] { kind })
            {
                if (!_byToken.TryGetValue(token, out var list)) _byToken[token] = list = new List<Candidate>();
                list.Add(candidate);
            }
        }
    }

    /// <summary>The arrays of property names the guards use, as (field name, names).</summary>
    public List<(string Field, List<string> Names)> PropertyLists { get; } = new();

    /// <summary>What the union accepts, for the error of any other token.</summary>
    public string Expected
    {
        get
        {
            var kinds = Tokens.Where(t => _byToken.ContainsKey(t.Kind)).Select(t => t.Kind switch
            {
                TokenKind.Array => "an array",
                TokenKind.Object => "an object",
                _ => "a " + t.Kind.ToString().ToLowerInvariant(),
            }).ToList();
            return kinds.Count == 1 ? kinds[0] : string.Join(", ", kinds.Take(kinds.Count - 1)) + " or " + kinds[kinds.Count - 1];
        }
    }

    public IReadOnlyList<Candidate> For(TokenKind token) => _byToken.TryGetValue(token, out var list) ? list : new List<Candidate>();

    private string AddList(string field, List<string> names)
    {
        PropertyLists.Add((field, names));
        return field;
    }

    private static TokenKind KindOf(TypeModel type, IReadOnlyDictionary<string, EnumModel> enums) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.CustomDate or TypeKind.CustomDateTime => TokenKind.String,
        TypeKind.Enum => enums.TryGetValue(type.Name!, out var model) && model.IsNumberOnWire ? TokenKind.Number : TokenKind.String,
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => TokenKind.Number,
        TypeKind.Boolean => TokenKind.Boolean,
        TypeKind.Array => TokenKind.Array,
        TypeKind.Object or TypeKind.Map => TokenKind.Object,
        _ => TokenKind.Other,
    };
}
