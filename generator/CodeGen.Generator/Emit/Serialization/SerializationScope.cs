using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The type names that code in a spec's serialization namespace finds before the spec's models. C# looks a simple
/// type name up in the types declared in the serialization namespace (the converters, the JSON helpers, the
/// resolver, the converter bases), then in the nested types of the class its <c>using static</c> imports (the JSON
/// helpers), then, inside a converter, in the nested types of its base class, and only then in the models' namespace.
/// A model whose name is one of these is spelled qualified there; any other is found by its short name.
/// </summary>
internal static class SerializationScope
{
    /// <summary>The names of each spec, worked out once: every model's converter asks for them.</summary>
    private static readonly ConditionalWeakTable<ApiModel, HashSet<string>> Cache = new();

    public static HashSet<string> HidingNames(ApiModel api) => Cache.GetValue(api, static model => Collect(model));

    private static HashSet<string> Collect(ApiModel api)
    {
        var names = new HashSet<string>(GeneratedNames.SerializationTypes(api.ApiName), StringComparer.Ordinal);
        foreach (var model in api.Objects) names.Add(GeneratedNames.JsonConverter(model.Name));
        foreach (var model in api.Unions) names.Add(GeneratedNames.JsonConverter(model.Name));
        foreach (var model in api.Enums) names.Add(GeneratedNames.JsonConverter(model.Name));
        names.UnionWith(JsonWireEmitter.NestedTypes);
        names.UnionWith(ConverterBaseEmitter.NestedTypes);
        return names;
    }

    /// <summary>
    /// The names of the types a template declares one level in, inside its top-level class: read from the template
    /// itself, so a helper type added there is never missed.
    /// </summary>
    public static string[] NestedTypesOf(string template)
    {
        var matches = NestedDeclaration.Matches(template);
        var names = new string[matches.Count];
        for (var i = 0; i < matches.Count; i++) names[i] = matches[i].Groups["name"].Value;
        return names;
    }

    private static readonly Regex NestedDeclaration = new(
        @"^    (?:(?:public|internal|private|protected|static|sealed|abstract|readonly|ref|partial)\s+)*(?:class|struct|interface|enum|record|delegate\s+[\w<>\[\]?,.: ]+?)\s+(?<name>\w+)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);
}
