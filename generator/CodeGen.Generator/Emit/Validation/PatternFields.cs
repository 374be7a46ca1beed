using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// The <c>Regex</c> fields of one validator: a field per pattern in the object's properties, their items and map
/// values, named after where the pattern is (<c>TitlePattern</c>, <c>ContactIdsItemPattern</c>) and never after a
/// member the class already has.
/// </summary>
internal sealed class PatternFields
{
    private readonly Dictionary<string, string> _fieldsByKey = new(StringComparer.Ordinal);

    public PatternFields(ObjectModel model)
    {
        var names = new NameScope(new[] { model.Name, ValidationTypeNames.ValidateMethod }.Concat(model.Properties.Select(p => p.Name.TrimStart('@'))).ToArray());
        foreach (var property in model.Properties) Collect(property.Name.TrimStart('@'), property.Type, names);
    }

    /// <summary>The fields of a union's validator, keyed by alternative name.</summary>
    public PatternFields(UnionModel union)
    {
        var names = new NameScope(union.Name, ValidationTypeNames.ValidateMethod, GeneratedNames.UnionMatch);
        foreach (var alternative in union.Alternatives) Collect(alternative.Name, alternative.Type, names);
    }

    /// <summary>Each field's name and constraints, in the order of the properties.</summary>
    public List<(string Name, ValueConstraints Constraints)> Fields { get; } = new();

    /// <summary>The field for the pattern at <paramref name="key"/>: a property name, then <c>.Item</c> or <c>.Value</c> per level.</summary>
    public string FieldFor(string key) => _fieldsByKey[key];

    private void Collect(string key, TypeModel type, NameScope names)
    {
        if (type.Kind == TypeKind.String && type.Constraints is { Pattern: not null } constraints)
        {
            var name = names.Claim(key.Replace(".", "") + "Pattern");
            _fieldsByKey.Add(key, name);
            Fields.Add((name, constraints));
        }

        if (type.Kind == TypeKind.Array) Collect(key + ".Item", type.Element!, names);
        if (type.Kind == TypeKind.Map) Collect(key + ".Value", type.Element!, names);
    }
}
