using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Maps an <c>enum</c> schema to a C# enum. Member names come from <c>x-enum-varnames</c>, NSwag's
/// <c>x-enumNames</c> or AutoRest's <c>x-ms-enum</c>, else from the values themselves.
/// </summary>
internal static class EnumMapper
{
    /// <summary>
    /// Whether a component schema may become an enum, decided before it is mapped so its name can be claimed with
    /// the enum's companion types; a schema that turns out not to be one leaves a companion name unused.
    /// </summary>
    public static bool IsEnumSchema(YamlNode schema) =>
        schema is YamlMappingNode mapping && AllowedValues(mapping) is { Count: > 0 } && mapping.Get("$ref") is null;

    /// <summary>The values an <c>enum</c> lists, or the one a <c>const</c> (JSON Schema 2020-12) allows; null for neither.</summary>
    public static IReadOnlyList<YamlNode>? AllowedValues(YamlMappingNode schema) =>
        schema.GetSequence("enum") is { } values ? values.Children.ToList()
        : schema.Get("const") is YamlScalarNode constant ? new YamlNode[] { constant } : null;

    public static TypeModel? Map(
        YamlMappingNode schema,
        IReadOnlyList<YamlNode> allowedValues,
        string? type,
        string suggestedName,
        string schemaPath,
        Documentation documentation,
        string? useName,
        SchemaMapper mapper,
        DiagnosticBag diagnostics,
        ref bool nullable)
    {
        var valuesNode = schema.Get("enum") ?? schema.Get("const")!;
        var values = new List<string>();
        foreach (var node in allowedValues)
        {
            if (node is not YamlScalarNode scalar) continue;
            if (YamlNodes.IsNull(scalar))
            {
                nullable = true;
                continue;
            }

            if (!values.Contains(scalar.Value!)) values.Add(scalar.Value!);
        }

        if (values.Count == 0) return null;

        var isNumberOnWire = type == "integer";
        var codesAreIntegers = values.All(IsCanonicalInteger);
        if (isNumberOnWire && !codesAreIntegers)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, valuesNode, $"The integer enum at '{schemaPath}' has values that are not integers");
            return null;
        }

        var msEnum = schema.GetMapping("x-ms-enum");
        var (names, descriptions) = ReadMemberNames(schema, msEnum, values, diagnostics);

        var inlineName = SchemaMapper.IsComponentPath(schemaPath)
            ? null
            : mapper.ClaimInlineTypeName(msEnum?.GetString("name") ?? suggestedName, schema, schemaPath, isEnum: true);
        var typeName = inlineName?.Name ?? suggestedName;

        mapper.Budget.SpendOnType(schema, typeName, documentation);
        var memberNames = new NameScope(typeName);
        var members = new List<EnumMemberModel>();
        for (var i = 0; i < values.Count; i++)
        {
            var preferred = Identifiers.ToPascalCase(names?[i] ?? values[i]);
            var name = memberNames.Claim(preferred);
            var value = codesAreIntegers ? long.Parse(values[i], CultureInfo.InvariantCulture) : i + 1;
            var member = new EnumMemberModel(name, values[i], value, descriptions?[i]);
            mapper.Budget.SpendOnEnumMember(valuesNode, member);
            members.Add(member);
        }

        var model = new EnumModel(typeName, schemaPath, documentation, isNumberOnWire, codesAreIntegers, members.ToEquatableArray());
        if (inlineName is not null && mapper.Share(model, inlineName, useName) is { } shared) return new TypeModel(TypeKind.Enum, shared);
        mapper.Enums.Add(model);
        return new TypeModel(TypeKind.Enum, typeName);
    }

    private static (IReadOnlyList<string?>? Names, IReadOnlyList<string?>? Descriptions) ReadMemberNames(
        YamlMappingNode schema, YamlMappingNode? msEnum, List<string> values, DiagnosticBag diagnostics)
    {
        IReadOnlyList<string?>? names = null;
        IReadOnlyList<string?>? descriptions = null;
        YamlNode? namesNode = null;
        foreach (var key in new[] { "x-enum-varnames", "x-enumNames" })
        {
            if (schema.Get(key) is not { } node) continue;
            namesNode = node;
            names = ReadStrings(node, key, diagnostics);
            break;
        }

        foreach (var key in new[] { "x-enum-descriptions", "x-enumDescriptions" })
        {
            if (schema.Get(key) is not { } node) continue;
            descriptions = ReadStrings(node, key, diagnostics);
            if (descriptions is not null && descriptions.Count != values.Count)
            {
                diagnostics.Report(DiagnosticDescriptors.MalformedExtension, node, key, $"it lists {descriptions.Count} descriptions for {values.Count} enum values");
                descriptions = null;
            }

            break;
        }

        if (names is null && msEnum?.GetSequence("values") is { } msValues)
        {
            // x-ms-enum.values: [{ value, name, description }]
            var byValue = msValues.Children.OfType<YamlMappingNode>()
                .Where(v => v.GetString("value") is not null)
                .GroupBy(v => v.GetString("value")!)
                .ToDictionary(g => g.Key, g => g.First());
            names = values.Select(v => byValue.TryGetValue(v, out var entry) ? entry.GetString("name") : null).ToList();
            descriptions ??= values.Select(v => byValue.TryGetValue(v, out var entry) ? entry.GetString("description") : null).ToList();
        }

        if (names is not null && names.Count != values.Count)
        {
            diagnostics.Report(DiagnosticDescriptors.EnumNamesMismatch, namesNode, namesNode is null ? "x-ms-enum" : KeyOf(schema, namesNode), names.Count.ToString(CultureInfo.InvariantCulture), values.Count.ToString(CultureInfo.InvariantCulture));
            names = null;
        }

        return (names, descriptions);
    }

    private static string KeyOf(YamlMappingNode schema, YamlNode valueNode) =>
        schema.Entries().FirstOrDefault(e => ReferenceEquals(e.Value, valueNode)).Key ?? "x-enum-varnames";

    private static IReadOnlyList<string?>? ReadStrings(YamlNode node, string key, DiagnosticBag diagnostics)
    {
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
        {
            return sequence.Children.Cast<YamlScalarNode>().Select(s => YamlNodes.IsNull(s) ? null : s.Value).ToList();
        }

        diagnostics.Report(DiagnosticDescriptors.MalformedExtension, node, key, "expected a list of strings");
        return null;
    }

    private static bool IsCanonicalInteger(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) &&
        number.ToString(CultureInfo.InvariantCulture) == value;
}
