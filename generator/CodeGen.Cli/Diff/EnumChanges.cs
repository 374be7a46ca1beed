using CodeGen.Model;

namespace CodeGen.Cli.Diff;

/// <summary>Changes to the generated enums and their members.</summary>
internal static class EnumChanges
{
    public static IEnumerable<SpecChange> Between(IEnumerable<EnumModel> before, IEnumerable<EnumModel> after) =>
        SpecComparer.Match(before, after, static model => model.Name,
            static removed => SpecChange.Breaking($"enum {removed.Name} removed"),
            static added => SpecChange.Safe($"enum {added.Name} added"),
            static (old, current) => Members(old, current));

    private static IEnumerable<SpecChange> Members(EnumModel old, EnumModel current) =>
        SpecComparer.Match(old.Members, current.Members, static member => member.Name,
            removed => SpecChange.Breaking($"{old.Name}.{removed.Name} removed (wire value '{removed.WireValue}')"),
            added => SpecChange.Safe($"{old.Name}.{added.Name} added (wire value '{added.WireValue}')"),
            (was, now) => Member($"{old.Name}.{was.Name}", was, now));

    private static IEnumerable<SpecChange> Member(string name, EnumMemberModel was, EnumMemberModel now)
    {
        if (was.WireValue != now.WireValue) yield return SpecChange.Safe($"{name} is sent as '{now.WireValue}' instead of '{was.WireValue}'");
    }
}
