using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Maps a <c>oneOf</c>/<c>anyOf</c> of several alternatives to a <see cref="UnionModel"/>: one member per distinct C#
/// type, named after the referenced schema or, inline, after the title or JSON type; and the discriminator's values,
/// when the schema has a discriminator that fits its alternatives.
/// </summary>
internal sealed class UnionMapper
{
    private readonly SchemaMapper _schemas;
    private readonly DiagnosticBag _diagnostics;

    public UnionMapper(SchemaMapper schemas, DiagnosticBag diagnostics)
    {
        _schemas = schemas;
        _diagnostics = diagnostics;
    }

    /// <param name="alternatives">The indexes of the non-null alternatives under <paramref name="keyword"/>.</param>
    /// <param name="claimedName">The union's name when already claimed (a component, or a reference mapped recursively).</param>
    /// <returns>The union's type, or the single type every alternative maps to.</returns>
    /// <param name="useName">The property or parameter the union describes, when inline.</param>
    public TypeModel Map(YamlMappingNode schema, string keyword, IReadOnlyList<int> alternatives, string suggestedName, string schemaPath, Documentation documentation, string? claimedName, string? useName)
    {
        var nodes = schema.GetSequence(keyword)!.Children;
        var inlineNames = InlineNames(nodes, alternatives);
        var mapped = new List<(YamlNode Node, TypeModel Type)>();
        foreach (var index in alternatives)
        {
            var node = nodes[index];
            var type = _schemas.Map(node, suggestedName + inlineNames[index], $"{schemaPath}/{keyword}/{index}").Type;
            // A union that is one of its own alternatives adds nothing by being so.
            if (type.Kind == TypeKind.Union && type.Name == claimedName) continue;
            // Alternatives of one C# type cannot be told apart once read: the first stands for them, without the constraints that differ.
            var same = mapped.FindIndex(m => SameType(m.Type, type));
            if (same < 0) mapped.Add((node, type));
            else if (mapped[same].Type != type) mapped[same] = (mapped[same].Node, WithoutConstraints(mapped[same].Type));
        }

        if (mapped.Count == 0)
        {
            if (claimedName is null) return TypeModel.Any;
            mapped.Add((schema, TypeModel.Any));
        }

        if (mapped.Count == 1 && claimedName is null) return mapped[0].Type;

        var inlineName = claimedName is null ? _schemas.ClaimInlineTypeName(suggestedName, schema, schemaPath, isEnum: false) : null;
        var name = claimedName ?? inlineName!.Name;
        var members = new NameScope(name);
        foreach (var reserved in GeneratedNames.UnionMembers) members.Reserve(reserved, $"the generated member '{reserved}'");
        var named = mapped.Select(m => (m.Node, m.Type, Name: members.Claim(MemberName(m.Node, m.Type)))).ToList();

        var discriminator = Discriminator(schema, schemaPath, named.Select(n => (n.Node, n.Type)).ToList());
        var union = new UnionModel(
            name,
            schemaPath,
            documentation,
            IsExclusive: keyword == "oneOf",
            discriminator?.PropertyName,
            named.Select((n, i) => new UnionAlternativeModel(n.Name, n.Type, (discriminator?.Values[i] ?? new List<string>()).ToEquatableArray())).ToEquatableArray());
        _schemas.Budget.SpendOnType(schema, name, documentation);
        if (inlineName is not null && _schemas.Share(union, inlineName, useName) is { } shared) return new TypeModel(TypeKind.Union, shared);
        _schemas.Unions.Add(union);
        return new TypeModel(TypeKind.Union, name);
    }

    /// <summary>True when the schema is a oneOf/anyOf of several alternatives that is not also an object with properties.</summary>
    public static bool IsUnion(YamlMappingNode schema) =>
        schema.Get("$ref") is null && schema.Get("allOf") is null && schema.GetMapping("properties") is not { Children.Count: > 0 } &&
        (schema.GetSequence("oneOf") ?? schema.GetSequence("anyOf")) is { } alternatives &&
        alternatives.Children.Count(a => !SchemaMapper.IsNullSchema(a)) > 1;

    /// <summary>
    /// The part of each inline alternative's type name that follows the union's; alternatives that would share one
    /// (two untitled objects) are numbered in the spec's order, so the union's own alternatives never collide.
    /// </summary>
    private static Dictionary<int, string> InlineNames(IReadOnlyList<YamlNode> nodes, IReadOnlyList<int> alternatives)
    {
        var names = alternatives.ToDictionary(index => index, index => InlineName(nodes[index]));
        var inline = alternatives.Where(index => !(nodes[index] is YamlMappingNode node && node.Get("$ref") is not null)).ToList();
        foreach (var repeated in inline.GroupBy(index => names[index], System.StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var number = 0;
            foreach (var index in repeated) names[index] += (++number).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return names;
    }

    /// <summary>The part of an inline alternative's type name that follows the union's: its title, else its JSON type.</summary>
    private static string InlineName(YamlNode node)
    {
        if (node is not YamlMappingNode schema) return "Value";
        if (schema.GetString("title") is { Length: > 0 } title) return Identifiers.ToPascalCase(title);
        if (SingleValue(schema) is { } only) return only;
        return schema.GetString("type") switch
        {
            "string" => "String",
            "integer" => "Integer",
            "number" => "Number",
            "boolean" => "Boolean",
            "array" => "Item",
            _ => "Object",
        };
    }

    /// <summary>The member name of an alternative: the referenced schema's, else its title, else its JSON type.</summary>
    private static string MemberName(YamlNode node, TypeModel type)
    {
        if (node is YamlMappingNode { } schema && schema.Get("$ref") is YamlScalarNode { Value: { } reference })
        {
            return type.Kind is TypeKind.Object or TypeKind.Enum or TypeKind.Union ? type.Name! : Identifiers.ToPascalCase(SpecDocuments.NameOf(reference));
        }

        if (node is YamlMappingNode titled && titled.GetString("title") is { Length: > 0 } title) return Identifiers.ToPascalCase(title);
        if (type.Kind == TypeKind.Enum && node is YamlMappingNode enumSchema && SingleValue(enumSchema) is { } only) return only;
        return KindName(type);
    }

    /// <summary>The name of an enum's only value: Stripe's <c>""</c> beside an object clears it, and IsEmpty reads better than IsString.</summary>
    private static string? SingleValue(YamlMappingNode schema) =>
        EnumMapper.AllowedValues(schema) is { Count: 1 } values && values[0] is YamlScalarNode { Value: { } only }
            ? only.Length == 0 ? "Empty" : Identifiers.ToPascalCase(only)
            : null;

    private static string KindName(TypeModel type) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.CustomDate or TypeKind.CustomDateTime => "String",
        TypeKind.Int32 or TypeKind.Int64 => "Integer",
        TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "Number",
        TypeKind.Boolean => "Boolean",
        TypeKind.Array => (type.Element!.Kind is TypeKind.Object or TypeKind.Enum or TypeKind.Union ? type.Element.Name! : KindName(type.Element)) + "List",
        TypeKind.Map => "Map",
        TypeKind.Object or TypeKind.Enum or TypeKind.Union => "Object",
        _ => "Json",
    };

    private static bool SameType(TypeModel a, TypeModel b) =>
        a.Kind == b.Kind && a.Name == b.Name && a.DateFormat == b.DateFormat &&
        (a.Element is null ? b.Element is null : b.Element is not null && SameType(a.Element, b.Element));

    private static TypeModel WithoutConstraints(TypeModel type) =>
        type with { Constraints = null, Element = type.Element is null ? null : WithoutConstraints(type.Element) };

    private sealed record DiscriminatorValues(string PropertyName, List<List<string>> Values);

    /// <summary>The discriminator and each alternative's values, or null (reported) when there is none or it does not fit.</summary>
    private DiscriminatorValues? Discriminator(YamlMappingNode schema, string schemaPath, List<(YamlNode Node, TypeModel Type)> alternatives)
    {
        if (schema.Get("discriminator") is not { } node) return null;
        if (node is not YamlMappingNode discriminator || discriminator.GetString("propertyName") is not { Length: > 0 } propertyName)
        {
            return Unfit(node, schemaPath, "The discriminator", "it has no propertyName");
        }

        var references = new List<string>();
        foreach (var (alternative, type) in alternatives)
        {
            if (alternative is not YamlMappingNode mapping || mapping.Get("$ref") is not YamlScalarNode { Value: { } reference } || type.Kind != TypeKind.Object)
            {
                return Unfit(alternative, schemaPath, $"The alternative '{(type.Name ?? type.Kind.ToString())}' of the discriminated union", "it is not a $ref to an object schema");
            }

            if (_schemas.Objects.FirstOrDefault(o => o.Name == type.Name) is { } model && model.Properties.All(p => p.JsonName != propertyName))
            {
                return Unfit(alternative, schemaPath, $"The alternative '{type.Name}'", $"it has no property '{propertyName}', the discriminator");
            }

            references.Add(reference);
        }

        var values = references.Select(_ => new List<string>()).ToList();
        if (discriminator.GetMapping("mapping") is { } mappingNode)
        {
            foreach (var entry in mappingNode.Entries())
            {
                var target = entry.Value is YamlScalarNode { Value: { } text } ? text : "";
                var index = references.FindIndex(r => SameTarget(r, target));
                if (index < 0) return Unfit(entry.Value, schemaPath, $"The discriminator mapping '{entry.Key}'", $"'{target}' is not one of the alternatives");
                values[index].Add(entry.Key);
            }
        }

        // An alternative the mapping does not name is selected by its schema's name.
        for (var i = 0; i < references.Count; i++)
        {
            if (values[i].Count == 0) values[i].Add(SpecDocuments.NameOf(references[i]));
        }

        return new DiscriminatorValues(propertyName, values);
    }

    /// <summary>A mapping value is a reference or, without a slash, a component schema's name.</summary>
    private static bool SameTarget(string reference, string mappingValue) =>
        reference == mappingValue || mappingValue.IndexOf('/') < 0 && reference == JsonPointer.ComponentSchemas + mappingValue;

    private DiscriminatorValues? Unfit(YamlNode node, string schemaPath, string subject, string problem)
    {
        _diagnostics.Report(DiagnosticDescriptors.InvalidDiscriminator, node, subject, schemaPath, problem + "; the union is read by trying the alternatives");
        return null;
    }
}
