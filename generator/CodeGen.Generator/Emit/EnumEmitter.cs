using System.Globalization;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits a C# enum and the extension methods that map it to and from its wire values.</summary>
internal static class EnumEmitter
{
    public static string Emit(ApiModel api, EnumModel model)
    {
        var types = new TypeSyntax(api);
        var writer = FileHeader.Start(api.SpecFileName);
        var underlying = model.Members.Any(m => m.Value is > int.MaxValue or < int.MinValue) ? " : long" : "";
        using (writer.Block("namespace " + api.Namespace))
        {
            var wireKind = model.IsNumberOnWire ? "JSON numbers" : "JSON strings";
            Text.WriteDocComment(writer, model.Documentation.Summary ?? $"The {model.Name} values of {api.Title}.",
                $"Sent as {wireKind}: {string.Join(", ", model.Members.Select(m => WireText(model, m) + " (" + m.Name + ")"))}.", null);
            writer.Line(FileHeader.GeneratedCodeAttribute);
            writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({types.ConverterType(model.Name)}))]");
            using (writer.Block($"public enum {model.Name}{underlying}"))
            {
                for (var i = 0; i < model.Members.Count; i++)
                {
                    var member = model.Members[i];
                    if (i > 0) writer.Line();
                    var wire = WireText(model, member);
                    Text.WriteDocComment(writer, member.Description is null ? $"The wire value {wire}." : $"{member.Description} (wire value {wire}).");
                    writer.Line($"{member.Name} = {member.Value.ToString(CultureInfo.InvariantCulture)},");
                }
            }

            writer.Line();
            WriteExtensions(writer, model);
        }

        return writer.ToString();
    }

    private static void WriteIsDefined(CodeWriter writer, EnumModel model)
    {
        var members = model.Members.Select(m => $"{model.Name}.{m.Name}").ToList();
        var header = $"public static bool IsDefined(this {model.Name} value) =>";
        if (members.Count <= 3)
        {
            writer.Line($"{header} value is {string.Join(" or ", members)};");
            return;
        }

        writer.Line(header).Indent();
        writer.Line("value is " + members[0]).Indent();
        for (var i = 1; i < members.Count; i++) writer.Line("or " + members[i] + (i == members.Count - 1 ? ";" : ""));
        writer.Outdent().Outdent();
    }

    private static string WireText(EnumModel model, EnumMemberModel member) =>
        model.IsNumberOnWire ? member.WireValue : "\"" + member.WireValue + "\"";

    private static void WriteExtensions(CodeWriter writer, EnumModel model)
    {
        Text.WriteDocComment(writer, $"Maps {model.Name} to and from the values on the wire.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Block($"public static class {GeneratedNames.EnumExtensions(model.Name)}"))
        {
            Text.WriteDocComment(writer, "The value as it is sent on the wire.",
                model.CodesAreIntegers
                    ? "A value with no named member is written as its number."
                    : "Throws ArgumentOutOfRangeException for a value with no named member, which has no wire value.");
            var wireType = model.IsNumberOnWire ? "long" : "string";
            using (writer.Block($"public static {wireType} ToWireValue(this {model.Name} value) => value switch", "};"))
            {
                foreach (var member in model.Members)
                {
                    var wire = model.IsNumberOnWire ? member.WireValue : Text.Literal(member.WireValue);
                    writer.Line($"{model.Name}.{member.Name} => {wire},");
                }

                writer.Line(model.IsNumberOnWire
                    ? "_ => (long)value,"
                    : model.CodesAreIntegers
                        ? "_ => ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),"
                        : $"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"{model.Name} has no wire value for this number.\"),");
            }

            writer.Line();
            Text.WriteDocComment(writer, "True when the value is one of the members, so it has a wire value the spec lists.",
                "False for a number cast to the enum, such as a code read from the wire that this version does not know.");
            WriteIsDefined(writer, model);

            writer.Line();
            Text.WriteDocComment(writer, "Finds the member for a wire value; false when the value is not one the spec lists.");
            using (writer.Block($"public static bool TryParseWireValue({wireType}{(model.IsNumberOnWire ? "" : "?")} wireValue, out {model.Name} value)"))
            {
                using (writer.Block("switch (wireValue)"))
                {
                    foreach (var member in model.Members)
                    {
                        var wire = model.IsNumberOnWire ? member.WireValue : Text.Literal(member.WireValue);
                        writer.Line($"case {wire}: value = {model.Name}.{member.Name}; return true;");
                    }

                    writer.Line("default: value = default; return false;");
                }
            }
        }
    }
}
