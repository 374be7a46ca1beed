using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the <c>Validate</c> methods of a union that is, or is inside, a request body: the alternative it holds is
/// checked against its own constraints, and a <c>oneOf</c> value that also fits another alternative is reported.
/// </summary>
internal static class UnionValidatorEmitter
{
    private const string Regex = "global::System.Text.RegularExpressions.Regex";

    public static string Emit(ApiModel api, UnionModel union)
    {
        var patterns = new PatternFields(union);
        var checks = new ValueCheckWriter(api, patterns);
        var objects = ApiIndex.Of(api).Objects;
        var types = new TypeSyntax(api);
        var here = $"{api.Validation.Context}.Segment.Here";
        var needsFits = false;
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        using (writer.Block($"partial class {union.Name}"))
        {
            foreach (var (name, constraints) in patterns.Fields)
            {
                writer.Line($"private static readonly {Regex} {name} = new {Regex}(").Indent();
                writer.Line(Text.Literal(constraints.Pattern!) + ",");
                writer.Line("global::System.Text.RegularExpressions.RegexOptions.ECMAScript | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant,");
                writer.Line($"global::System.TimeSpan.FromMilliseconds({api.Validation.Context}.PatternTimeoutMilliseconds));").Outdent();
                writer.Line();
            }

            Text.WriteDocComment(writer, "Checks the value this holds against the constraints of its alternative, all the way down, and lists every problem found.",
                union.IsExclusive && union.Discriminator is null ? "A value that fits more than one alternative of the oneOf is a problem too." : null);
            writer.Line($"/// <returns>{ValidatorEmitter.ValidatorReturns}</returns>");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public {api.Validation.Result} {ValidationTypeNames.ValidateMethod}()"))
            {
                writer.Line($"var context = new {api.Validation.Context}();");
                writer.Line($"{ValidationTypeNames.ValidateMethod}(context);");
                writer.Line("return context.ToResult();");
            }

            writer.Line();
            Text.WriteDocComment(writer, "Adds the problems of the value this holds to the context, at the context's current path.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"internal void {ValidationTypeNames.ValidateMethod}({api.Validation.Context} context)"))
            {
                var statements = new List<List<string>>();
                foreach (var alternative in union.Alternatives)
                {
                    var member = new UnionMember(alternative.Name, alternative.Type, IsUnknown: false);
                    var local = member.Parameter;
                    // An object or union reports below the union's own path, which is its path too.
                    var body = alternative.Type.Kind is TypeKind.Object or TypeKind.Union ? new List<string> { $"{local}.{ValidationTypeNames.ValidateMethod}(context);" }
                        : ValueCheckWriter.HasChecks(alternative.Type) ? checks.Checks(alternative.Type, local, here, alternative.Name, 0)
                        : new List<string>();
                    if (union.IsExclusive && union.Discriminator is null)
                    {
                        var alsoFits = AlsoFits(union, alternative, local, here, objects, types).ToList();
                        needsFits |= alsoFits.Any(line => line.Contains(FitsMethod + "("));
                        body.AddRange(alsoFits);
                    }

                    if (body.Count > 0) statements.Add(ValueCheckWriter.Block($"if ({member.Field} is {{ }} {local})", body));
                }

                if (statements.Count == 0) writer.Line("// No alternative constrains anything beyond its type.");
                for (var i = 0; i < statements.Count; i++)
                {
                    if (i > 0) writer.Line();
                    foreach (var line in statements[i]) writer.Line(line);
                }
            }

            if (needsFits) WriteFits(writer, api);
        }

        return writer.ToString();
    }

    /// <summary>
    /// The statements that report a held value another alternative also accepts: an integer where a number is an
    /// alternative, or an object that has every required property of another object alternative.
    /// </summary>
    private static IEnumerable<string> AlsoFits(UnionModel union, UnionAlternativeModel held, string local, string here, IReadOnlyDictionary<string, ObjectModel> objects, TypeSyntax types)
    {
        var others = union.Alternatives.Where(a => a != held).ToList();
        if (held.Type.Kind is TypeKind.Int32 or TypeKind.Int64 &&
            others.FirstOrDefault(o => o.Type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal) is { } number)
        {
            yield return Report(here, held, number);
        }

        if (held.Type.Kind != TypeKind.Object || !objects.TryGetValue(held.Type.Name!, out var model)) yield break;
        foreach (var other in others)
        {
            if (other.Type.Kind != TypeKind.Object || !objects.TryGetValue(other.Type.Name!, out var otherModel)) continue;
            var required = otherModel.Properties.Where(p => p.IsRequired).Select(p => p.JsonName).ToList();
            if (required.Count == 0) continue;
            // Another alternative whose required properties this one cannot have is never a match: no need to look.
            if (required.Any(name => model.Properties.All(p => p.JsonName != name))) continue;
            // The lambda's parameter must not shadow the variable of an alternative.
            var parameter = union.Alternatives.Any(a => new UnionMember(a.Name, a.Type, IsUnknown: false).Parameter == "other") ? "otherAlternative" : "other";
            var fits = $"{FitsMethod}({local}, {types.ConverterType(held.Type.Name!)}.Instance, {types.ConverterType(other.Type.Name!)}.Instance, static {parameter} => {parameter}.{ValidationTypeNames.ValidateMethod}().IsValid)";
            // Only a valid value can be written for sure; an invalid one has its own problems reported already.
            yield return $"if ({local}.{ValidationTypeNames.ValidateMethod}().IsValid && {fits}) {Report(here, held, other)}";
        }
    }

    private const string FitsMethod = "FitsAlso";

    private static void WriteFits(CodeWriter writer, ApiModel api)
    {
        var json = "global::System.Text.Json.";
        writer.Line();
        writer.Line("/// <summary>True when <paramref name=\"value\"/>, written as JSON, reads as another alternative that finds no problem in it.</summary>");
        using (writer.Block($"private static bool {FitsMethod}<TValue, TOther>(TValue value, {json}Serialization.JsonConverter<TValue> writeAs, {json}Serialization.JsonConverter<TOther> readAs, global::System.Func<TOther, bool> isValid)"))
        {
            writer.Line($"var options = global::{api.SerializationNamespace}.{api.JsonResolverName}.Options;");
            writer.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();");
            writer.Line($"using (var writer = new {json}Utf8JsonWriter(buffer)) writeAs.Write(writer, value, options);");
            writer.Line($"var reader = new {json}Utf8JsonReader(buffer.WrittenSpan);");
            writer.Line("reader.Read();");
            using (writer.Block("try"))
            {
                writer.Line("return isValid(readAs.Read(ref reader, typeof(TOther), options)!);");
            }

            using (writer.Block($"catch ({json}JsonException)"))
            {
                writer.Line("return false;");
            }
        }
    }

    private static string Report(string here, UnionAlternativeModel held, UnionAlternativeModel other) =>
        $"context.Report({here}, \"oneOf\", {Text.Literal($"fits both {held.Name} and {other.Name}, but must fit exactly one alternative.")});";
}
