using CodeGen.Model;

namespace CodeGen.Cli.Diff;

/// <summary>Changes to the generated classes and their properties.</summary>
internal static class ObjectChanges
{
    public static IEnumerable<SpecChange> Between(IEnumerable<ObjectModel> before, IEnumerable<ObjectModel> after) =>
        SpecComparer.Match(before, after, static model => model.Name,
            static removed => SpecChange.Breaking($"{removed.Name} removed"),
            static added => SpecChange.Safe($"{added.Name} added"),
            static (old, current) => Properties(old, current));

    private static IEnumerable<SpecChange> Properties(ObjectModel old, ObjectModel current) =>
        SpecComparer.Match(old.Properties, current.Properties, static property => property.Name,
            removed => SpecChange.Breaking($"{old.Name}.{removed.Name} removed"),
            added => added.IsRequired
                ? SpecChange.Breaking($"{old.Name}.{added.Name} added as required: object initializers without it no longer compile")
                : SpecChange.Safe($"{old.Name}.{added.Name} added ({TypeDisplay.Of(added)}, optional)"),
            (was, now) => Property($"{old.Name}.{was.Name}", was, now));

    private static IEnumerable<SpecChange> Property(string name, PropertyModel was, PropertyModel now)
    {
        var becameRequired = !was.IsRequired && now.IsRequired;
        string oldType = TypeDisplay.Of(was), newType = TypeDisplay.Of(now);
        if (oldType != newType)
        {
            // Only a reference type losing its '?' leaves every use compiling; anything else is a new type to code against.
            var lostNullability = oldType == newType + "?" && !now.Type.IsValueType;
            if (!lostNullability) yield return SpecChange.Breaking($"{name} changed type from {oldType} to {newType}");
            else if (!becameRequired) yield return SpecChange.Safe($"{name} is no longer nullable ({oldType} → {newType})");
        }

        if (becameRequired) yield return SpecChange.Breaking($"{name} became required: object initializers without it no longer compile");
        if (was.IsRequired && !now.IsRequired) yield return SpecChange.Safe($"{name} is no longer required");

        if (was.JsonName != now.JsonName) yield return SpecChange.Safe($"{name} is sent as '{now.JsonName}' instead of '{was.JsonName}'");
        if (oldType == newType && was.Type.DateFormat != now.Type.DateFormat)
        {
            yield return SpecChange.Safe($"{name} is sent in the format {TypeDisplay.WireFormat(now.Type)} instead of {TypeDisplay.WireFormat(was.Type)}");
        }
    }
}
