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
        Share(ShapeOf(model), model.Documentation, claimed, useName, () => model.Properties.Select(p => p.Name));

    /// <inheritdoc cref="Share(ObjectModel, ClaimedName, string?)"/>
    public string? Share(EnumModel model, ClaimedName claimed, string? useName) =>
        Share(ShapeOf(model), model.Documentation, claimed, useName, () => model.Members.Select(m => m.Name));

    /// <inheritdoc cref="Share(ObjectModel, ClaimedName, string?)"/>
    public string? Share(UnionModel model, ClaimedName claimed, string? useName) =>
        Share(ShapeOf(model), model.Documentation, claimed, useName, () => model.Alternatives.Select(a => a.Name));

    /// <summary>What two types of the same shape have in common: the model but its name, schema path and type-level documentation.</summary>
    public static object ShapeOf(ObjectModel model) => model with { Name = "", SchemaPath = "", Documentation = Documentation.None };

    /// <inheritdoc cref="ShapeOf(ObjectModel)"/>
    public static object ShapeOf(EnumModel model) => model with { Name = "", SchemaPath = "", Documentation = Documentation.None };

    /// <inheritdoc cref="ShapeOf(ObjectModel)"/>
    public static object ShapeOf(UnionModel model) => model with { Name = "", SchemaPath = "", Documentation = Documentation.None };

    /// <summary>
    /// Names each shared type whose uses are all properties or parameters of one name after that name (an enum, where
    /// that is taken, after that name and its values), where it is free, in the order the types were first mapped;
    /// and drops the documentation of a type its uses describe differently (each use keeps its own on its parameter or property). The types of <paramref name="folded"/> are
    /// left out and every use of them refers to the type they fold into; a shared type first met inside one of them
    /// and not named after its uses takes the name of its first use elsewhere. Returns <paramref name="operations"/>
    /// referring to the new names.
    /// </summary>
    public List<OperationModel> Finish(List<ObjectModel> objects, List<EnumModel> enums, List<UnionModel> unions, List<OperationModel> operations, FoldedTypes folded)
    {
        objects.RemoveAll(model => folded.Contains(model.Name));
        enums.RemoveAll(model => folded.Contains(model.Name));
        unions.RemoveAll(model => folded.Contains(model.Name));
        var undocumented = new HashSet<string>(_inOrder.Where(group => group.DocumentationDiffers).Select(group => group.Name), StringComparer.Ordinal);
        var common = CommonNames();
        var newNames = new Dictionary<string, string>(common, StringComparer.Ordinal);
        foreach (var pair in folded.Into.Concat(MoveOutOf(folded, common))) newNames[pair.Key] = pair.Value;
        var renames = new TypeRenames(newNames);

        Rewrite(objects, model => model.Name, model => model with { Documentation = Documentation.None }, renames.Apply);
        Rewrite(enums, model => model.Name, model => model with { Documentation = Documentation.None }, renames.Apply);
        Rewrite(unions, model => model.Name, model => model with { Documentation = Documentation.None }, renames.Apply);
        return renames.IsEmpty ? operations : operations.Select(renames.Apply).ToList();

        void Rewrite<T>(List<T> models, Func<T, string> name, Func<T, T> withoutDocumentation, Func<T, T> rename)
        {
            for (var i = 0; i < models.Count; i++)
            {
                var model = undocumented.Contains(name(models[i])) ? withoutDocumentation(models[i]) : models[i];
                models[i] = renames.IsEmpty ? model : rename(model);
            }
        }
    }

    private string? Share(object shape, Documentation documentation, ClaimedName claimed, string? useName, Func<IEnumerable<string>> memberNames)
    {
        var use = new Use(claimed.SchemaPath, claimed.Preferred, useName, documentation);
        if (_groups.TryGetValue(shape, out var group))
        {
            group.Uses.Add(use);
            _typeNames.Release(claimed.Name, CompanionSuffix(claimed.IsEnum));
            return group.Name;
        }

        group = new Group(claimed.Name, use, claimed.IsEnum, memberNames().ToList());
        _groups.Add(shape, group);
        _inOrder.Add(group);
        return null;
    }

    /// <summary>
    /// Renames each type first met inside a folded type, and not <paramref name="named"/> after its uses, after its
    /// first use elsewhere, where that name is free.
    /// </summary>
    private Dictionary<string, string> MoveOutOf(FoldedTypes folded, Dictionary<string, string> named)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (folded.IsEmpty) return renames;
        foreach (var group in _inOrder)
        {
            if (named.ContainsKey(group.Name) || !folded.IsInside(group.Uses[0].SchemaPath)) continue;
            var elsewhere = group.Uses.FirstOrDefault(use => !folded.IsInside(use.SchemaPath));
            if (elsewhere is null || _typeNames.OwnerOf(elsewhere.Preferred) is not null) continue;
            var suffix = CompanionSuffix(group.IsEnum);
            if (suffix is not null && _typeNames.OwnerOf(elsewhere.Preferred + suffix) is not null) continue;
            _typeNames.Release(group.Name, suffix);
            renames[group.Name] = _typeNames.ClaimWith(elsewhere.Preferred, $"the schema at '{elsewhere.SchemaPath}'", suffix);
        }

        return renames;
    }

    /// <summary>
    /// The new names: a name something has is never taken, nor one of the type's own members (C# forbids it). An enum
    /// whose common name is taken, and that was first met outside the component schemas (a parameter, a body), is
    /// named after it and its few values (<c>SortCreatedUpdated</c>) where that is free: that says more at a call than
    /// the name of whichever operation happened to use it first. One first met in a component schema keeps its name
    /// (<c>JobStatus</c>).
    /// </summary>
    private Dictionary<string, string> CommonNames()
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in _inOrder)
        {
            var uses = group.Uses;
            if (uses.Count < 2 || uses[0].UseName is not { } useName || uses.Any(use => !string.Equals(use.UseName, useName, StringComparison.Ordinal))) continue;
            var common = ImplicitUsingTypeNames.Avoiding(useName);
            var namedByOperation = !uses[0].SchemaPath.StartsWith(JsonPointer.ComponentSchemas, StringComparison.Ordinal);
            var name = IsFree(group, common) ? common
                : group.IsEnum && namedByOperation && WithValues(common, group.MemberNames) is { } named && IsFree(group, named) ? named
                : null;
            if (name is null) continue;
            renames[group.Name] = _typeNames.ClaimWith(name, $"the inline schemas shared as '{name}'", CompanionSuffix(group.IsEnum));
        }

        return renames;
    }

    private bool IsFree(Group group, string name) =>
        !group.MemberNames.Contains(name, StringComparer.OrdinalIgnoreCase) &&
        _typeNames.OwnerOf(name) is null &&
        !(group.IsEnum && _typeNames.OwnerOf(GeneratedNames.EnumExtensions(name)) is not null);

    /// <summary>
    /// The name followed by the enum's member names, when there are a few and they are plain words (letters, not all
    /// capitals, which would run together unreadably); else null.
    /// </summary>
    private static string? WithValues(string name, List<string> memberNames)
    {
        const int MaxMembers = 3;
        const int MaxLength = 48;
        if (memberNames.Count > MaxMembers || !memberNames.All(member => member.All(char.IsLetter) && member.Any(char.IsLower))) return null;
        var named = name + string.Concat(memberNames);
        return named.Length <= MaxLength ? named : null;
    }

    private static string? CompanionSuffix(bool isEnum) => isEnum ? GeneratedNames.EnumExtensions("") : null;

    /// <summary>One schema mapped to a group's shape.</summary>
    /// <param name="Preferred">The name the schema would have had as a type of its own.</param>
    /// <param name="UseName">The property or parameter name, in PascalCase; null for a body, a response or an alternative.</param>
    private sealed record Use(string SchemaPath, string Preferred, string? UseName, Documentation Documentation);

    private sealed class Group(string name, Use first, bool isEnum, List<string> memberNames)
    {
        public string Name { get; } = name;

        /// <summary>Every schema of this shape, in the order they were mapped; the first one gave the type its name.</summary>
        public List<Use> Uses { get; } = new() { first };

        public bool IsEnum { get; } = isEnum;

        public List<string> MemberNames { get; } = memberNames;

        public bool DocumentationDiffers => Uses.Select(use => use.Documentation).Distinct().Skip(1).Any();
    }
}
