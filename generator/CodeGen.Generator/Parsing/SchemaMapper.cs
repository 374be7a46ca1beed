using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CodeGen.Diagnostics;
using CodeGen.Helpers;
using CodeGen.Model;
using CodeGen.Parsing.Nodes;

namespace CodeGen.Parsing;

/// <summary>
/// Maps JSON schemas of one document to C# types: every object schema becomes an <see cref="ObjectModel"/>, every
/// enum an <see cref="EnumModel"/>, named after its component or, when inline, after where it is used.
/// </summary>
internal sealed class SchemaMapper
{
    private static readonly HashSet<string> ObjectMemberNames = new(GeneratedNames.ObjectMembers, StringComparer.Ordinal);

    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly NameScope _typeNames;
    private readonly YamlMappingNode? _componentSchemas;
    private readonly Dictionary<string, string> _componentTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MappedSchema> _resolvedReferences = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referencesInProgress = new(StringComparer.Ordinal);
    private readonly MappingDepth _depth = new();
    private readonly SpecDocuments _documents;
    private readonly UnknownKeys _unknownKeys;
    private readonly UnionMapper _unions;
    private readonly SharedInlineTypes _shared;
    private readonly List<MappedComponent> _components = new();
    private readonly List<ClaimedName> _nullableComponentNames = new();

    /// <param name="documents">The spec and the files its <c>$ref</c>s lead to; without it, only references within <paramref name="root"/> can be followed.</param>
    public SchemaMapper(YamlMappingNode root, DiagnosticBag diagnostics, string apiName, CancellationToken cancellationToken, SpecDocuments? documents = null)
    {
        _documents = documents ?? new SpecDocuments(new SpecInput("", "", null, null, null), root, diagnostics);
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        // The spec's infrastructure types keep their names; a schema that would clash is renamed and reported.
        _typeNames = new NameScope();
        _shared = new SharedInlineTypes(_typeNames);
        foreach (var name in GeneratedNames.NamespaceTypes(apiName)) _typeNames.Reserve(name, $"the generated type '{name}'");
        _componentSchemas = root.GetMapping("components")?.GetMapping("schemas");
        _unknownKeys = new UnknownKeys(root, diagnostics);
        _unions = new UnionMapper(this, diagnostics);
    }

    /// <summary>Reports the keys of an object that its kind does not define (used for operations and parameters too).</summary>
    public UnknownKeys UnknownKeys => _unknownKeys;

    public List<ObjectModel> Objects { get; } = new();

    public List<EnumModel> Enums { get; } = new();

    public List<UnionModel> Unions { get; } = new();

    /// <summary>The estimate of the spec's generated code, which every type, member and operation read adds to.</summary>
    public GenerationBudget Budget { get; } = new();

    /// <summary>Names every component schema first, so inline types never take a component's name.</summary>
    /// <param name="only">The components to map, when an operation selection leaves the others unused; null for all.</param>
    public void MapComponents(ISet<string>? only = null)
    {
        if (_componentSchemas is null) return;
        if (only is not null) only = NullableTwins.WithTwinCandidates(_componentSchemas, only);
        var components = _componentSchemas.Entries().Where(entry => only is null || only.Contains(entry.Key)).ToList();
        // Nullable components name themselves last, and report a collision only if they stay a type of their own.
        foreach (var entry in components.OrderBy(entry => NullableTwins.IsMarkedNullable(entry.Value)))
        {
            var path = JsonPointer.ComponentSchemas + JsonPointer.Escape(entry.Key);
            var claimed = ClaimInlineTypeName(entry.Key, entry.Value, path, EnumMapper.IsEnumSchema(entry.Value));
            if (NullableTwins.IsMarkedNullable(entry.Value)) _nullableComponentNames.Add(claimed);
            else Keep(claimed);
            _componentTypeNames[entry.Key] = claimed.Name;
        }

        foreach (var entry in components)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var path = JsonPointer.ComponentSchemas + JsonPointer.Escape(entry.Key);
            _components.Add(new MappedComponent(path, _componentTypeNames[entry.Key], Resolve(path, entry.Value)));
        }
    }

    /// <summary>Maps a schema used at <paramref name="schemaPath"/>; inline types are named <paramref name="suggestedName"/>.</summary>
    /// <param name="useName">The property or parameter the schema describes, which an inline type shared by uses of one name is named after.</param>
    public MappedSchema Map(YamlNode node, string suggestedName, string schemaPath, string? useName = null) =>
        Map(node, suggestedName, schemaPath, useName is null ? null : Identifiers.ToPascalCase(useName), documentation: null);

    /// <param name="useName">As in the public overload, in PascalCase already.</param>
    /// <param name="documentation">The schema's own documentation, when the caller has read it already.</param>
    private MappedSchema Map(YamlNode node, string suggestedName, string schemaPath, string? useName, Documentation? documentation)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (!_depth.TryEnterSchema()) return TooDeep(node, schemaPath, MappingDepth.MaxSchemaDepth);
        try
        {
            return MapSchema(node, suggestedName, schemaPath, useName, documentation);
        }
        finally
        {
            _depth.ExitSchema();
        }
    }

    private MappedSchema MapSchema(YamlNode node, string suggestedName, string schemaPath, string? useName, Documentation? knownDocumentation)
    {
        if (node is not YamlMappingNode schema)
        {
            // JSON Schema's boolean schemas: true allows anything, false nothing (a value that is never there).
            if (node is YamlScalarNode { Value: "true" or "false" or "{}" }) return new MappedSchema(TypeModel.Any, false, Documentation.None);
            _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, node, $"The schema at '{schemaPath}' must be a mapping");
            return new MappedSchema(TypeModel.Any, false, Documentation.None);
        }

        _unknownKeys.Check(schema, Keywords.Schema);
        var documentation = knownDocumentation ?? DocumentationOf(schema);
        var nullable = schema.GetBoolean("nullable");
        var type = ReadType(schema, schemaPath, ref nullable);

        if (schema.Get("$ref") is { } reference)
        {
            // OpenAPI 3.1 allows keywords beside a $ref: the type is the target's, the documentation the nearer one.
            var target = ResolveReference(reference, schemaPath);
            return target with
            {
                IsNullable = target.IsNullable || nullable,
                Documentation = NearerDocumentation(documentation, target.Documentation),
            };
        }

        if (schema.GetSequence("allOf") is { } allOf) return MapAllOf(schema, allOf, suggestedName, schemaPath, nullable, documentation, useName);
        if ((schema.GetSequence("oneOf") ?? schema.GetSequence("anyOf")) is { } alternatives)
        {
            // An object with properties beside its alternatives keeps them, and theirs as optional properties.
            return schema.GetMapping("properties") is { Children.Count: > 0 }
                ? new MappedSchema(MapComposedObject(schema, suggestedName, schemaPath, useName), nullable, documentation)
                : MapAlternatives(schema, alternatives, suggestedName, schemaPath, nullable, documentation, claimedName: null, useName);
        }

        if (EnumMapper.AllowedValues(schema) is { Count: > 0 } values && type is "string" or "integer" or "null" or null)
        {
            var enumType = EnumMapper.Map(schema, values, type, suggestedName, schemaPath, documentation, useName, this, _diagnostics, ref nullable);
            if (enumType is not null) return new MappedSchema(enumType, nullable, documentation);
        }

        var mapped = type switch
        {
            "string" => MapString(schema),
            "integer" => schema.GetString("format") == "int64" ? new TypeModel(TypeKind.Int64) : new TypeModel(TypeKind.Int32),
            "number" => schema.GetString("format") switch
            {
                "float" => new TypeModel(TypeKind.Single),
                "decimal" => new TypeModel(TypeKind.Decimal),
                _ => new TypeModel(TypeKind.Double),
            },
            "boolean" => new TypeModel(TypeKind.Boolean),
            "array" => MapArray(schema, suggestedName, schemaPath, useName),
            "null" => TypeModel.Any,
            "object" or null when schema.GetMapping("properties") is { Children.Count: > 0 } => MapObject(schema, suggestedName, schemaPath, useName),
            "object" => MapDictionary(schema, suggestedName, schemaPath, useName),
            null when schema.Get("items") is not null || schema.Get("prefixItems") is not null => MapArray(schema, suggestedName, schemaPath, useName),
            null => TypeModel.Any,
            _ => Unknown(schema, type, schemaPath),
        };

        mapped = ConstraintReader.Apply(schema, mapped, schemaPath, _diagnostics);
        return new MappedSchema(mapped, nullable, documentation);
    }

    /// <summary>
    /// Claims a type name in the spec's namespace for the schema at <paramref name="schemaPath"/>, reporting when
    /// something else (another schema, or a type the generator declares) had it first. An enum claims its
    /// <c>…Extensions</c> class with it.
    /// </summary>
    public string ClaimTypeName(string specName, YamlNode? node, string schemaPath, bool isEnum = false) =>
        Keep(ClaimInlineTypeName(specName, node, schemaPath, isEnum));

    /// <summary>
    /// Claims a type name for an inline schema that may turn out to share another's type: <see cref="Keep"/> it when
    /// its model is new (reporting a collision then), <see cref="Share"/> it when not.
    /// </summary>
    internal ClaimedName ClaimInlineTypeName(string specName, YamlNode? node, string schemaPath, bool isEnum)
    {
        // A name the implicit usings import would be ambiguous in the consumer's files: Environment → EnvironmentModel.
        var preferred = ImplicitUsingTypeNames.Avoiding(Identifiers.ToPascalCase(specName));
        var holder = _typeNames.OwnerOf(preferred) ?? (isEnum ? _typeNames.OwnerOf(GeneratedNames.EnumExtensions(preferred)) : null);
        var claimed = _typeNames.ClaimWith(preferred, $"the schema at '{schemaPath}'", isEnum ? GeneratedNames.EnumExtensions("") : null);
        return new ClaimedName(claimed, preferred, holder, node, schemaPath, isEnum);
    }

    private string Keep(ClaimedName name)
    {
        if (name.Name != name.Preferred)
        {
            _diagnostics.Report(DiagnosticDescriptors.NameCollision, name.Node, name.SchemaPath, name.Preferred, name.Holder ?? "another name", name.Name);
        }

        return name.Name;
    }

    /// <summary>The type an inline enum of <paramref name="model"/>'s shape already has, giving its own name back; or null, keeping it.</summary>
    internal string? Share(EnumModel model, ClaimedName name, string? useName) => KeepUnlessShared(_shared.Share(model, name, useName), name);

    /// <inheritdoc cref="Share(EnumModel, ClaimedName, string?)"/>
    internal string? Share(UnionModel model, ClaimedName name, string? useName) => KeepUnlessShared(_shared.Share(model, name, useName), name);

    private string ShareOrAdd(ObjectModel model, ClaimedName name, string? useName)
    {
        if (KeepUnlessShared(_shared.Share(model, name, useName), name) is { } shared) return shared;
        Objects.Add(model);
        return model.Name;
    }

    private string? KeepUnlessShared(string? shared, ClaimedName name)
    {
        if (shared is null) Keep(name);
        return shared;
    }

    /// <summary>
    /// Folds each nullable copy of a component into it (<see cref="NullableTwins"/>), then finishes the shared inline
    /// types (<see cref="SharedInlineTypes.Finish"/>).
    /// </summary>
    public List<OperationModel> FinishSharedTypes(List<OperationModel> operations)
    {
        var folded = NullableTwins.Find(_components, Objects, Enums, Unions);
        foreach (var claimed in _nullableComponentNames)
        {
            if (folded.Contains(claimed.Name)) _typeNames.Release(claimed.Name, claimed.IsEnum ? GeneratedNames.EnumExtensions("") : null);
            else Keep(claimed);
        }

        return _shared.Finish(Objects, Enums, Unions, operations, folded);
    }

    private string? ReadType(YamlMappingNode schema, string schemaPath, ref bool nullable)
    {
        switch (schema.Get("type"))
        {
            case YamlScalarNode { Value: "null" }:
                // OpenAPI 3.1: a value that can only be null.
                nullable = true;
                return "null";
            case YamlScalarNode scalar:
                return scalar.Value;
            case YamlSequenceNode types:
                // OpenAPI 3.1: type: [string, "null"]
                var names = types.Children.OfType<YamlScalarNode>().Select(t => t.Value).Distinct().ToList();
                if (names.Remove("null"))
                {
                    nullable = true;
                    if (names.Count == 0) return "null";
                }

                if (names.Count == 1) return names[0];
                if (names.Count > 1)
                {
                    _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, types, $"A schema with several types ({string.Join(", ", names)}) at '{schemaPath}'", "it is generated as a JsonElement");
                    return "any";
                }

                return null;
            default:
                return null;
        }
    }

    private TypeModel MapString(YamlMappingNode schema)
    {
        if (schema.Get("x-codegen-date-format") is { } formatNode)
        {
            if (formatNode is YamlScalarNode { Value: { Length: > 0 } format } && IsValidDateFormat(format))
            {
                var hasTime = format.IndexOfAny(new[] { 'H', 'h', 'm', 's', 'f' }) >= 0;
                return new TypeModel(hasTime ? TypeKind.CustomDateTime : TypeKind.CustomDate, DateFormat: format);
            }

            _diagnostics.Report(DiagnosticDescriptors.MalformedExtension, formatNode, "x-codegen-date-format",
                "expected a .NET custom date format string such as \"yyyy-MM-dd HH:mm:ss\"");
        }

        return schema.GetString("format") switch
        {
            "date-time" => new TypeModel(TypeKind.DateTimeOffset),
            "date" => new TypeModel(TypeKind.DateOnly),
            _ => TypeModel.String,
        };
    }

    private static bool IsValidDateFormat(string format)
    {
        try
        {
            var sample = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
            var text = sample.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                && parsed.Date == sample.Date && text.IndexOf('\'') < 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private TypeModel MapArray(YamlMappingNode schema, string suggestedName, string schemaPath, string? useName)
    {
        if (schema.Get("prefixItems") is { } prefixItems)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedConstruct, prefixItems, $"A tuple (prefixItems) at '{schemaPath}'", "it is generated as an array of JsonElement");
            return new TypeModel(TypeKind.Array, Element: TypeModel.Any);
        }

        var items = schema.Get("items");
        // items: false (JSON Schema 2020-12) allows no item at all.
        if (items is null or YamlScalarNode { Value: "false" }) return new TypeModel(TypeKind.Array, Element: TypeModel.Any);
        return MapCollection(TypeKind.Array, schema, schemaPath, items, suggestedName + "Item", "/items", useName is null ? null : useName + "Item");
    }

    private TypeModel MapDictionary(YamlMappingNode schema, string suggestedName, string schemaPath, string? useName)
    {
        var additional = schema.Get("additionalProperties");
        if (additional is YamlMappingNode { Children.Count: > 0 } valueSchema)
        {
            return MapCollection(TypeKind.Map, schema, schemaPath, valueSchema, suggestedName + "Value", "/additionalProperties", useName is null ? null : useName + "Value");
        }

        return new TypeModel(TypeKind.Map, Element: TypeModel.Any);
    }

    /// <summary>An array or map of the mapped <paramref name="elementSchema"/>, or a JsonElement where that nests too deeply.</summary>
    private TypeModel MapCollection(TypeKind kind, YamlMappingNode schema, string schemaPath, YamlNode elementSchema, string elementName, string elementKeyword, string? elementUseName)
    {
        if (!_depth.TryEnterCollection()) return TooDeep(schema, schemaPath, MappingDepth.MaxCollectionNesting).Type;
        TypeModel element;
        try
        {
            element = Map(elementSchema, elementName, schemaPath + elementKeyword, elementUseName).Type;
        }
        finally
        {
            _depth.ExitCollection();
        }

        return MappingDepth.IsTooDeepFor(element)
            ? TooDeep(schema, schemaPath, MappingDepth.MaxCollectionNesting).Type
            : new TypeModel(kind, Element: element);
    }

    private MappedSchema TooDeep(YamlNode node, string schemaPath, int limit)
    {
        _diagnostics.Report(DiagnosticDescriptors.SchemaTooDeep, node, schemaPath, limit.ToString(CultureInfo.InvariantCulture),
            "the value there is generated as a JsonElement");
        return new MappedSchema(TypeModel.Any, false, Documentation.None);
    }

    /// <param name="allPartsMerged">False when some allOf member could not be merged, so its properties are unknown.</param>
    private TypeModel MapObject(YamlMappingNode schema, string typeName, string schemaPath, string? useName, IReadOnlyList<YamlMappingNode>? mergedParts = null, bool nameIsClaimed = false, bool allPartsMerged = true)
    {
        var inlineName = nameIsClaimed || IsComponentPath(schemaPath) ? null : ClaimInlineTypeName(typeName, schema, schemaPath, isEnum: false);
        if (inlineName is not null) typeName = inlineName.Name;
        var parts = mergedParts ?? new[] { schema };
        foreach (var part in parts) _unknownKeys.Check(part, Keywords.Schema);
        var requiredEntries = parts.SelectMany(p => p.GetSequence("required")?.Children ?? Enumerable.Empty<YamlNode>()).OfType<YamlScalarNode>().ToList();
        var required = new HashSet<string>(requiredEntries.Select(s => s.Value ?? ""), StringComparer.Ordinal);
        if (allPartsMerged) ReportUndeclaredRequired(requiredEntries, parts, schemaPath);

        var outerCollections = _depth.EnterObject();
        try
        {
            var documentation = DocumentationOf(schema);
            Budget.SpendOnType(schema, typeName, documentation);
            var properties = MapProperties(typeName, schemaPath, parts, required);
            var model = new ObjectModel(typeName, schemaPath, documentation, properties.ToEquatableArray());
            if (inlineName is not null) return new TypeModel(TypeKind.Object, ShareOrAdd(model, inlineName, useName));
            Objects.Add(model);
            return new TypeModel(TypeKind.Object, typeName);
        }
        finally
        {
            _depth.ExitObject(outerCollections);
        }
    }

    /// <summary>Reports each <c>required</c> entry that names no property of the (merged) schema, at the entry.</summary>
    private void ReportUndeclaredRequired(List<YamlScalarNode> requiredEntries, IReadOnlyList<YamlMappingNode> parts, string schemaPath)
    {
        if (requiredEntries.Count == 0) return;
        var declared = parts.Select(part => part.GetMapping("properties")).ToList();
        foreach (var entry in requiredEntries)
        {
            if (entry.Value is { } name && !IsDeclared(name))
            {
                _diagnostics.Report(DiagnosticDescriptors.UndeclaredRequiredProperty, entry, name, schemaPath);
            }
        }

        bool IsDeclared(string name)
        {
            foreach (var properties in declared)
            {
                if (properties?.Get(name) is not null) return true;
            }

            return false;
        }
    }

    private List<PropertyModel> MapProperties(string typeName, string schemaPath, IReadOnlyList<YamlMappingNode> parts, HashSet<string> required)
    {
        var memberNames = new NameScope();
        memberNames.Reserve(typeName, "the class itself");
        var properties = new List<PropertyModel>();
        // The keys of one mapping differ; only merged parts can name a property twice.
        var seenJsonNames = parts.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var part in parts)
        {
            var partProperties = part.GetMapping("properties");
            if (partProperties is null) continue;
            foreach (var entry in partProperties.Entries())
            {
                if (seenJsonNames is not null && !seenJsonNames.Add(entry.Key)) continue;
                var useName = Identifiers.ToPascalCase(entry.Key);
                var preferred = useName;
                // A property may not share its class's name, hide a member every object has, or take the validator's name.
                if (string.Equals(preferred, typeName, StringComparison.OrdinalIgnoreCase) || ObjectMemberNames.Contains(preferred)) preferred += "Value";
                var holder = memberNames.OwnerOf(preferred);
                var name = memberNames.Claim(preferred, $"the property '{entry.Key}'");
                if (name != preferred)
                {
                    var propertyPath = schemaPath + "/properties/" + JsonPointer.Escape(entry.Key);
                    _diagnostics.Report(DiagnosticDescriptors.NameCollision, entry.Value, propertyPath, preferred, holder ?? "another property", name);
                }

                var ownDocumentation = entry.Value is YamlMappingNode propertySchema ? DocumentationOf(propertySchema) : Documentation.None;
                var mapped = Map(entry.Value, typeName + name.TrimStart('@'), schemaPath + "/properties/" + JsonPointer.Escape(entry.Key), useName, ownDocumentation);
                var property = new PropertyModel(name, entry.Key, mapped.Type, required.Contains(entry.Key), mapped.IsNullable,
                    ownDocumentation.Summary is null && ownDocumentation.Example is null ? mapped.Documentation : ownDocumentation);
                Budget.SpendOnProperty(entry.Value, property);
                properties.Add(property);
            }
        }

        return properties;
    }

    private MappedSchema MapAllOf(YamlMappingNode schema, YamlSequenceNode allOf, string suggestedName, string schemaPath, bool nullable, Documentation documentation, string? useName)
    {
        var members = allOf.Children;
        if (members.Count == 1 && schema.GetMapping("properties") is null)
        {
            // The common "description beside a $ref" wrapper: allOf: [{$ref: X}].
            var single = Map(members[0], suggestedName, schemaPath + "/allOf/0", useName);
            return single with { IsNullable = single.IsNullable || nullable };
        }

        return new MappedSchema(MapComposedObject(schema, suggestedName, schemaPath, useName), nullable, documentation);
    }

    /// <summary>One class with the properties of the schema and of every schema its allOf, oneOf and anyOf combine.</summary>
    private TypeModel MapComposedObject(YamlMappingNode schema, string suggestedName, string schemaPath, string? useName)
    {
        var parts = new CompositionParts(this, _diagnostics, schemaPath);
        parts.Add(schema);
        return MapObject(schema, suggestedName, schemaPath, useName, parts.Parts, allPartsMerged: parts.AllMerged);
    }

    private MappedSchema MapAlternatives(YamlMappingNode schema, YamlSequenceNode alternatives, string suggestedName, string schemaPath, bool nullable, Documentation documentation, string? claimedName, string? useName = null)
    {
        // One type or null (3.1's anyOf: [{$ref: X}, {type: 'null'}]) is that type, nullable.
        var keyword = schema.Get("oneOf") is YamlSequenceNode ? "oneOf" : "anyOf";
        var nonNull = Enumerable.Range(0, alternatives.Children.Count).Where(i => !IsNullSchema(alternatives.Children[i])).ToList();
        if (nonNull.Count == 1)
        {
            var single = Map(alternatives.Children[nonNull[0]], suggestedName, $"{schemaPath}/{keyword}/{nonNull[0]}", useName);
            return single with
            {
                IsNullable = single.IsNullable || nullable || nonNull.Count < alternatives.Children.Count,
                Documentation = NearerDocumentation(documentation, single.Documentation),
            };
        }

        if (nonNull.Count == 0) return new MappedSchema(TypeModel.Any, true, documentation);
        var union = _unions.Map(schema, keyword, nonNull, suggestedName, schemaPath, documentation, claimedName, useName);
        return new MappedSchema(union, nullable || nonNull.Count < alternatives.Children.Count, documentation);
    }

    /// <summary>A schema that allows only null: <c>type: 'null'</c>, <c>type: ['null']</c>, <c>const: null</c> or <c>enum: [null]</c>.</summary>
    internal static bool IsNullSchema(YamlNode node)
    {
        if (node is not YamlMappingNode schema) return false;
        return schema.Get("type") switch
        {
            YamlScalarNode { Value: "null" } => true,
            YamlSequenceNode types => types.Children.Count > 0 && types.Children.All(t => t is YamlScalarNode { Value: "null" }),
            _ => schema.Get("const") is YamlScalarNode constant && YamlNodes.IsNull(constant) ||
                 schema.GetSequence("enum") is { Children.Count: > 0 } values && values.Children.All(v => v is YamlScalarNode s && YamlNodes.IsNull(s)),
        };
    }

    private TypeModel Unknown(YamlMappingNode schema, string? type, string schemaPath)
    {
        if (type != "any")
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, schema.Get("type"), $"Unknown schema type '{type}' at '{schemaPath}'; the value is generated as a JsonElement");
        }

        return TypeModel.Any;
    }

    private MappedSchema ResolveReference(YamlNode referenceNode, string schemaPath)
    {
        if (referenceNode is YamlScalarNode { Value: null or "" })
        {
            _diagnostics.Report(DiagnosticDescriptors.EmptyReference, referenceNode, schemaPath);
            return new MappedSchema(TypeModel.Any, false, Documentation.None);
        }

        if (referenceNode is not YamlScalarNode)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidOpenApiStructure, referenceNode, "A $ref must be a string");
            return new MappedSchema(TypeModel.Any, false, Documentation.None);
        }

        return _documents.Find((YamlScalarNode)referenceNode) is { } found
            ? Resolve(found.Key, found.Node, referenceNode)
            : new MappedSchema(TypeModel.Any, false, Documentation.None);
    }

    private MappedSchema Resolve(string reference, YamlNode target, YamlNode? referenceNode = null)
    {
        if (_resolvedReferences.TryGetValue(reference, out var known)) return known;
        // Not cached: the same reference met nearer the top maps in full.
        if (!_depth.TryEnterSchema()) return TooDeep(referenceNode ?? target, reference, MappingDepth.MaxSchemaDepth);
        try
        {
            return ResolveWithinDepth(reference, target, referenceNode);
        }
        finally
        {
            _depth.ExitSchema();
        }
    }

    private MappedSchema ResolveWithinDepth(string reference, YamlNode target, YamlNode? referenceNode)
    {
        if (!_referencesInProgress.Add(reference))
        {
            _diagnostics.Report(DiagnosticDescriptors.CircularReference, referenceNode ?? target, reference, "it refers back to itself without an object in between");
            return new MappedSchema(TypeModel.Any, false, Documentation.None);
        }

        try
        {
            string? componentName = null;
            var isComponent = IsComponentPath(reference) &&
                _componentTypeNames.TryGetValue(JsonPointer.Unescape(reference.Substring(JsonPointer.ComponentSchemas.Length)), out componentName);
            var name = isComponent ? componentName! : SpecDocuments.NameOf(reference);

            // Objects are registered before their properties are mapped, so self-references resolve to the class.
            if (target is YamlMappingNode mapping && IsPlainObject(mapping))
            {
                if (!isComponent) name = ClaimTypeName(name, target, reference);
                var objectType = new MappedSchema(new TypeModel(TypeKind.Object, name), mapping.GetBoolean("nullable"), DocumentationOf(mapping));
                _resolvedReferences[reference] = objectType;
                MapObject(mapping, name, reference, useName: null, nameIsClaimed: true);
                return objectType;
            }

            // Unions too, so an alternative may refer back to its union.
            if (target is YamlMappingNode unionSchema && UnionMapper.IsUnion(unionSchema)) return ResolveUnion(reference, unionSchema, isComponent ? name : ClaimTypeName(name, target, reference));

            var mapped = Map(target, name, reference);
            _resolvedReferences[reference] = mapped;
            return mapped;
        }
        finally
        {
            _referencesInProgress.Remove(reference);
            // A component is mapped once and found by its reference from now on: its nodes are not needed again.
            if (IsComponentPath(reference)) (target as YamlMappingNode)?.Release();
        }
    }

    private MappedSchema ResolveUnion(string reference, YamlMappingNode schema, string name)
    {
        _unknownKeys.Check(schema, Keywords.Schema);
        var keyword = schema.GetSequence("oneOf") is not null ? "oneOf" : "anyOf";
        var alternatives = schema.GetSequence(keyword)!;
        var nullable = schema.GetBoolean("nullable") || alternatives.Children.Any(IsNullSchema);
        var union = new MappedSchema(new TypeModel(TypeKind.Union, name), nullable, DocumentationOf(schema));
        _resolvedReferences[reference] = union;
        MapAlternatives(schema, alternatives, name, reference, nullable, union.Documentation, claimedName: name);
        return union;
    }

    /// <summary>The node itself, or the one its <c>$ref</c> points to (reported when there is none).</summary>
    public YamlNode? Dereference(YamlNode? node) =>
        node is YamlMappingNode mapping && mapping.Get("$ref") is YamlScalarNode reference ? ResolvePointer(reference) : node;

    /// <summary>Finds the node a <c>$ref</c> points to, reporting when there is none.</summary>
    public YamlNode? ResolvePointer(YamlScalarNode referenceNode) =>
        _documents.Find(referenceNode)?.Node;

    private static bool IsPlainObject(YamlMappingNode schema) =>
        schema.Get("$ref") is null && schema.Get("allOf") is null && schema.Get("oneOf") is null && schema.Get("anyOf") is null &&
        schema.Get("enum") is null && schema.GetMapping("properties") is { Children.Count: > 0 } &&
        schema.GetString("type") is null or "object";

    internal static bool IsComponentPath(string schemaPath) =>
        schemaPath.StartsWith(JsonPointer.ComponentSchemas, StringComparison.Ordinal) && schemaPath.IndexOf('/', JsonPointer.ComponentSchemas.Length) < 0;

    /// <summary>The documentation written where a schema is used, else that of the schema it refers to.</summary>
    private static Documentation NearerDocumentation(Documentation own, Documentation referenced) =>
        own.Summary is null ? referenced with { Example = own.Example ?? referenced.Example } : own with { Example = own.Example ?? referenced.Example };

    internal static Documentation DocumentationOf(YamlMappingNode schema)
    {
        var description = schema.GetString("description");
        var title = schema.GetString("title");
        var example = schema.Get("example") ?? (schema.Get("examples") as YamlSequenceNode)?.Children.FirstOrDefault();
        var exampleJson = example is null ? null : YamlNodes.ToJson(example);
        if (description is null && title is null && exampleJson is null) return Documentation.None;
        return title is not null && description is not null
            ? new Documentation(title, description, exampleJson)
            : new Documentation(description ?? title, null, exampleJson);
    }
}

/// <summary>A type name claimed for an inline schema, with what a collision report would say.</summary>
/// <param name="Holder">What had <paramref name="Preferred"/> when it was not free.</param>
internal sealed record ClaimedName(string Name, string Preferred, string? Holder, YamlNode? Node, string SchemaPath, bool IsEnum);

/// <summary>A mapped schema: its C# type, whether null is allowed, and its documentation.</summary>
internal sealed record MappedSchema(TypeModel Type, bool IsNullable, Documentation Documentation);
