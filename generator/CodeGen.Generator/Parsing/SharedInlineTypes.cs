using System.Collections.Generic;
using System.Linq;
using CodeGen.Helpers;
using CodeGen.Model;

namespace CodeGen.Parsing;

/// <summary>
/// Inline schemas of the same generated shape share one type: the first one mapped keeps its model, the later ones
/// use its name. The shape is the whole model but its name, schema path and documentation, found by hashing the model,
/// so a spec of any size is grouped in one pass. A group whose every use is a property or parameter of one name
/// takes that name once the whole spec is mapped (<see cref="CommonNames"/>).
/// </summary>
internal sealed class SharedInlineTypes
{
    private readonly Dictionary<object, Group> _groups = new();
    private readonly List<Group> _inOrder = new();

    /// <summary>The name of the type already mapped with <paramref name="model"/>'s shape, counting this use; null for a new shape.</summary>
    public string? Find(ObjectModel model, string? useName) => Find(Shape(model), model.Documentation, useName);

    /// <inheritdoc cref="Find(ObjectModel, string?)"/>
    public string? Find(EnumModel model, string? useName) => Find(Shape(model), model.Documentation, useName);

    /// <inheritdoc cref="Find(ObjectModel, string?)"/>
    public string? Find(UnionModel model, string? useName) => Find(Shape(model), model.Documentation, useName);

    /// <summary>Records <paramref name="model"/> as the first of its shape.</summary>
    public void Add(ObjectModel model, string? useName) => Add(Shape(model), model.Name, model.Documentation, useName, isEnum: false, model.Properties.Select(p => p.Name));

    /// <inheritdoc cref="Add(ObjectModel, string?)"/>
    public void Add(EnumModel model, string? useName) => Add(Shape(model), model.Name, model.Documentation, useName, isEnum: true, model.Members.Select(m => m.Name));

    /// <inheritdoc cref="Add(ObjectModel, string?)"/>
    public void Add(UnionModel model, string? useName) => Add(Shape(model), model.Name, model.Documentation, useName, isEnum: false, model.Alternatives.Select(a => a.Name));

    /// <summary>The shared types whose uses documented them differently: they keep no type-level documentation.</summary>
    public ISet<string> UnevenlyDocumented() =>
        new HashSet<string>(_inOrder.Where(group => group.DocumentationDiffers).Select(group => group.Name), System.StringComparer.Ordinal);

    /// <summary>
    /// The new name of each shared type whose uses are all properties or parameters of one name, when
    /// <paramref name="tryClaim"/> finds that name free, in the order the types were first mapped. A name one of the
    /// type's own members has is not tried: C# does not allow a member named like its type.
    /// </summary>
    /// <param name="tryClaim">Claims a type name (an enum's with its companion) and returns it, or null when it is taken.</param>
    public Dictionary<string, string> CommonNames(System.Func<string, bool, string?> tryClaim)
    {
        var renames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var group in _inOrder)
        {
            if (group.Uses < 2 || group.MixedUses || group.UseName is not { } name) continue;
            if (group.MemberNames.Contains(ImplicitUsingTypeNames.Avoiding(name), System.StringComparer.OrdinalIgnoreCase)) continue;
            if (tryClaim(name, group.IsEnum) is { } claimed) renames[group.Name] = claimed;
        }

        return renames;
    }

    // What two uses must agree on besides the type's kind. Type-level documentation is left out: it describes the
    // use (a parameter's or property's description), which each use keeps on its own parameter or property.
    private static object Shape(ObjectModel model) => model with { Name = "", SchemaPath = "", Documentation = Documentation.None };

    private static object Shape(EnumModel model) => model with { Name = "", SchemaPath = "", Documentation = Documentation.None };

    private static object Shape(UnionModel model) => model with { Name = "", SchemaPath = "", Documentation = Documentation.None };

    private string? Find(object shape, Documentation documentation, string? useName)
    {
        if (!_groups.TryGetValue(shape, out var group)) return null;
        group.Uses++;
        group.DocumentationDiffers |= documentation != group.Documentation;
        if (useName is null || !string.Equals(useName, group.UseName, System.StringComparison.Ordinal)) group.MixedUses = true;
        return group.Name;
    }

    private void Add(object shape, string name, Documentation documentation, string? useName, bool isEnum, IEnumerable<string> memberNames)
    {
        var group = new Group(name, documentation, useName, isEnum, memberNames.ToList());
        _groups.Add(shape, group);
        _inOrder.Add(group);
    }

    private sealed class Group
    {
        public Group(string name, Documentation documentation, string? useName, bool isEnum, List<string> memberNames)
        {
            MemberNames = memberNames;
            Name = name;
            Documentation = documentation;
            UseName = useName;
            IsEnum = isEnum;
        }

        public string Name { get; }

        public Documentation Documentation { get; }

        /// <summary>The property or parameter name of the first use; null for a body, a response or an alternative.</summary>
        public string? UseName { get; }

        public bool IsEnum { get; }

        public List<string> MemberNames { get; }

        public int Uses { get; set; } = 1;

        public bool MixedUses { get; set; }

        public bool DocumentationDiffers { get; set; }
    }
}
