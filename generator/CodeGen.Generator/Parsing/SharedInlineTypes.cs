using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Parsing;

/// <summary>
/// Inline schemas of the same generated shape share one type: the first one mapped keeps its model, the later ones
/// give their names back and use its name. The shape is the whole model but its name, schema path and type-level
/// documentation, found by hashing the model, so a spec of any size is grouped in one pass. Once the spec is mapped
/// (<see cref="Finish"/>), a type whose every use is a property or parameter of one name takes that name.
/// </summary>
internal sealed class SharedInlineTypes
{
    private readonly Dictionary<object, Group> _groups = new();
    private readonly List<Group> _inOrder = new();
    private readonly NameScope _typeNames;

    /// <param name="typeNames">The spec's type names, which the inline types' names were claimed from.</param>
    public SharedInlineTypes(NameScope typeNames) => _typeNames = typeNames;

    /// <summary>
    /// The name of the type already mapped with <paramref name="model"/>'s shape, giving <paramref name="claimed"/>
    /// back; or null when the shape is new, and <paramref name="model"/> stands for it from now on.
    /// </summary>
    /// <param name="useName">The property or parameter the schema describes; null for a body, a response or an alternative.</param>
    public string? Share(ObjectModel model, ClaimedName claimed, string? useName) =>
        Share(model with { Name = "", SchemaPath = "", Documentation = Documentation.None }, model.Documentation, claimed, useName, () => model.Properties.Select(p => p.Name));

    /// <inheritdoc cref="Share(ObjectModel, ClaimedName, string?)"/>
    public string? Share(EnumModel model, ClaimedName claimed, string? useName) =>
        Share(model with { Name = "", SchemaPath = "", Documentation = Documentation.None }, model.Documentation, claimed, useName, () => model.Members.Select(m => m.Name));

    /// <inheritdoc cref="Share(ObjectModel, ClaimedName, string?)"/>
    public string? Share(UnionModel model, ClaimedName claimed, string? useName) =>
        Share(model with { Name = "", SchemaPath = "", Documentation = Documentation.None }, model.Documentation, claimed, useName, () => model.Alternatives.Select(a => a.Name));

    /// <summary>
    /// Names each shared type whose uses are all properties or parameters of one name after that name, where it is
    /// free, in the order the types were first mapped; and drops the documentation of a type its uses describe
    /// differently (each use keeps its own on its parameter or property). Returns <paramref name="operations"/>
    /// referring to the new names.
    /// </summary>
    public List<OperationModel> Finish(List<ObjectModel> objects, List<EnumModel> enums, List<UnionModel> unions, List<OperationModel> operations)
    {
        var undocumented = new HashSet<string>(_inOrder.Where(group => group.DocumentationDiffers).Select(group => group.Name), StringComparer.Ordinal);
        var renames = new TypeRenames(CommonNames());
        for (var i = 0; i < objects.Count; i++)
        {
            var model = undocumented.Contains(objects[i].Name) ? objects[i] with { Documentation = Documentation.None } : objects[i];
            objects[i] = renames.IsEmpty ? model : renames.Apply(model);
        }

        for (var i = 0; i < enums.Count; i++)
        {
            var model = undocumented.Contains(enums[i].Name) ? enums[i] with { Documentation = Documentation.None } : enums[i];
            enums[i] = renames.IsEmpty ? model : renames.Apply(model);
        }

        for (var i = 0; i < unions.Count; i++)
        {
            var model = undocumented.Contains(unions[i].Name) ? unions[i] with { Documentation = Documentation.None } : unions[i];
            unions[i] = renames.IsEmpty ? model : renames.Apply(model);
        }

        return renames.IsEmpty ? operations : operations.Select(renames.Apply).ToList();
    }

    private string? Share(object shape, Documentation documentation, ClaimedName claimed, string? useName, Func<IEnumerable<string>> memberNames)
    {
        if (_groups.TryGetValue(shape, out var group))
        {
            group.Uses++;
            group.DocumentationDiffers |= documentation != group.Documentation;
            group.MixedUses |= useName is null || !string.Equals(useName, group.UseName, StringComparison.Ordinal);
            _typeNames.Release(claimed.Name, CompanionSuffix(claimed.IsEnum));
            return group.Name;
        }

        group = new Group(claimed.Name, documentation, useName, claimed.IsEnum, memberNames().ToList());
        _groups.Add(shape, group);
        _inOrder.Add(group);
        return null;
    }

    /// <summary>The new names: a name something has is never taken, nor one of the type's own members (C# forbids it).</summary>
    private Dictionary<string, string> CommonNames()
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in _inOrder)
        {
            if (group.Uses < 2 || group.MixedUses || group.UseName is null) continue;
            var name = ImplicitUsingTypeNames.Avoiding(group.UseName);
            if (group.MemberNames.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (_typeNames.OwnerOf(name) is not null || (group.IsEnum && _typeNames.OwnerOf(GeneratedNames.EnumExtensions(name)) is not null)) continue;
            renames[group.Name] = _typeNames.ClaimWith(name, $"the inline schemas shared as '{name}'", CompanionSuffix(group.IsEnum));
        }

        return renames;
    }

    private static string? CompanionSuffix(bool isEnum) => isEnum ? GeneratedNames.EnumExtensions("") : null;

    private sealed class Group(string name, Documentation documentation, string? useName, bool isEnum, List<string> memberNames)
    {
        public string Name { get; } = name;

        public Documentation Documentation { get; } = documentation;

        /// <summary>The property or parameter name of the first use, in PascalCase; null for a body, a response or an alternative.</summary>
        public string? UseName { get; } = useName;

        public bool IsEnum { get; } = isEnum;

        public List<string> MemberNames { get; } = memberNames;

        public int Uses { get; set; } = 1;

        public bool MixedUses { get; set; }

        public bool DocumentationDiffers { get; set; }
    }
}
