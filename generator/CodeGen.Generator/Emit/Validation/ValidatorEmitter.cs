using System.Collections.Generic;
using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the <c>Validate</c> methods of a request model, as a second part of its partial class: plain code that
/// checks every constraint of the schema without reflection and allocates nothing for a valid request beyond the
/// context.
/// </summary>
internal static class ValidatorEmitter
{
    private const string Regex = "global::System.Text.RegularExpressions.Regex";

    /// <summary>What a model's or union's <c>Validate()</c> returns.</summary>
    internal const string ValidatorReturns = "The problems, each at the JSON path of the offending value; valid when there are none.";

    public static string Emit(ApiModel api, ObjectModel model)
    {
        var patterns = new PatternFields(model);
        var checks = new ValueCheckWriter(api, patterns);
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        using (writer.Block($"partial class {model.Name}"))
        {
            foreach (var (name, constraints) in patterns.Fields)
            {
                WritePatternField(writer, name, constraints, api.Validation.Context);
                writer.Line();
            }

            // What is checked and how problems are located is said once, on the result type.
            Text.WriteDocComment(writer, "Checks this object against the constraints of its schema, all the way down, and lists every problem found.");
            writer.Line($"/// <returns>{ValidatorReturns}</returns>");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public {api.Validation.Result} {ValidationTypeNames.ValidateMethod}()"))
            {
                writer.Line($"var context = new {api.Validation.Context}();");
                writer.Line($"{ValidationTypeNames.ValidateMethod}(context);");
                writer.Line("return context.ToResult();");
            }

            writer.Line();
            Text.WriteDocComment(writer, "Adds the problems of this object to the context, below the context's current path.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"internal void {ValidationTypeNames.ValidateMethod}({api.Validation.Context} context)"))
            {
                var statements = model.Properties.Select(p => PropertyChecks(p, checks)).Where(lines => lines.Count > 0).ToList();
                if (statements.Count == 0) writer.Line("// The schema constrains nothing beyond the types of the properties.");
                for (var i = 0; i < statements.Count; i++)
                {
                    if (i > 0 && (statements[i].Count > 1 || statements[i - 1].Count > 1)) writer.Line();
                    foreach (var line in statements[i]) writer.Line(line);
                }
            }
        }

        return writer.ToString();
    }

    private static void WritePatternField(CodeWriter writer, string name, ValueConstraints constraints, string context)
    {
        // The options ConstraintReader checked the pattern with.
        var options = "global::System.Text.RegularExpressions.RegexOptions.";
        var optionList = $"{options}ECMAScript | {options}CultureInvariant";
        writer.Line($"private static readonly {Regex} {name} = new {Regex}(").Indent();
        writer.Line(Text.Literal(constraints.Pattern!) + ",");
        writer.Line(optionList + ",");
        writer.Line($"global::System.TimeSpan.FromMilliseconds({context}.PatternTimeoutMilliseconds));").Outdent();
    }

    /// <summary>The statements for one property: required and null handling around the checks of its value.</summary>
    private static List<string> PropertyChecks(PropertyModel property, ValueCheckWriter checks)
    {
        var access = property.Name;
        var segment = Text.Literal(property.JsonName);
        var key = property.Name.TrimStart('@');
        var type = property.Type;
        var mustHaveValue = property.IsRequired && !property.IsNullable;

        if (type.Kind == TypeKind.Any)
        {
            // A JsonElement that was never set cannot be written.
            return mustHaveValue
                ? new List<string> { $"if ({access}.ValueKind == global::System.Text.Json.JsonValueKind.Undefined) context.Required({segment});" }
                : new List<string>();
        }

        if (!ValueCheckWriter.HasChecks(type))
        {
            return mustHaveValue && !type.IsValueType ? new List<string> { $"if ({access} is null) context.Required({segment});" } : new List<string>();
        }

        if (mustHaveValue && !type.IsValueType)
        {
            var lines = new List<string> { $"if ({access} is null) context.Required({segment});" };
            lines.AddRange(Else(checks.Checks(type, access, segment, key, 0)));
            return lines;
        }

        if (property.IsNullableInCSharp)
        {
            var local = Local(property);
            return Guarded($"{access} is {{ }} {local}", checks.Checks(type, local, segment, key, 0));
        }

        return checks.Checks(type, access, segment, key, 0);
    }

    private static IEnumerable<string> Else(List<string> body) =>
        body.Count == 1 ? new[] { "else " + body[0] } : ValueCheckWriter.Block("else", body);

    /// <summary><c>if (test) statement</c>; a single checked statement joins the test: <c>if (test &amp;&amp; !x.IsDefined()) …</c>.</summary>
    private static List<string> Guarded(string test, List<string> body)
    {
        if (body.Count > 1) return ValueCheckWriter.Block($"if ({test})", body);
        var statement = body[0];
        var split = statement.IndexOf(") context.", System.StringComparison.Ordinal);
        return statement.StartsWith("if (", System.StringComparison.Ordinal) && split > 0
            ? new List<string> { $"if ({test} && {statement.Substring(4, split - 4)}) {statement.Substring(split + 2)}" }
            : new List<string> { $"if ({test}) {statement}" };
    }

    /// <summary>The pattern variable for a property's value: never <c>context</c>, a loop variable or the property itself.</summary>
    private static string Local(PropertyModel property)
    {
        var name = property.Name.TrimStart('@');
        var local = char.ToLowerInvariant(name[0]) + name.Substring(1);
        var clashes = local == name || local == "context" || local.Length == 1 ||
            (local.StartsWith("item") && local.Substring(4).All(char.IsDigit)) ||
            (local.StartsWith("entry") && local.Substring(5).All(char.IsDigit));
        return Identifiers.MakeValid(clashes ? local + "Value" : local);
    }
}
