using System.Globalization;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits a C# enum and the extension methods that map it to and from its wire values.</summary>
internal static class EnumEmitter
{
    /// <summary>The field of the extensions class that remembers the values read from the wire that the spec does not list.</summary>
    public const string UnknownValuesField = "UnknownValues";

    public static void Write(CodeWriter writer, ApiModel api, EnumModel model)
    {
        var types = new TypeSyntax(api);
        var underlying = model.IsLong ? " : long" : "";
        using (writer.Block("namespace " + api.Namespace))
        {
            // Each member's doc names its wire value, so the enum's own doc does not list them again.
            Text.WriteDocComment(writer, model.Documentation.Summary ?? $"The {model.Name} values of {api.Title}.");
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
            WriteExtensions(writer, types, model);
        }
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

    private static void WriteExtensions(CodeWriter writer, TypeSyntax types, EnumModel model)
    {
        Text.WriteDocComment(writer, $"Maps {model.Name} to and from the values on the wire.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Block($"public static class {GeneratedNames.EnumExtensions(model.Name)}"))
        {
            var range = model.IsLong ? "long" : "int";
            writer.Line("/// <summary>The values read from the wire that the spec does not list.</summary>");
            writer.Line($"internal static readonly {types.JsonWireType}.UnknownWireValues {UnknownValuesField} = new {types.JsonWireType}.UnknownWireValues({Text.Literal(model.Name)}, {range}.MinValue, {range}.MaxValue);");
            writer.Line();
            Text.WriteDocComment(writer, "The value as it is sent on the wire.",
                model.IsNumberOnWire
                    ? "A value with no named member is written as its number."
                    : model.CodesAreIntegers
                        ? "A value read from the wire that the spec does not list is written as it came; any other value with no named member as its number."
                        : "A value read from the wire that the spec does not list is written as it came; any other value with no named member has no wire value and throws ArgumentOutOfRangeException.");
            var wireType = model.IsNumberOnWire ? "long" : "string";
            using (writer.Block($"public static {wireType} ToWireValue(this {model.Name} value) => value switch", "};"))
            {
                foreach (var member in model.Members)
                {
                    var wire = model.IsNumberOnWire ? member.WireValue : Text.Literal(member.WireValue);
                    writer.Line($"{model.Name}.{member.Name} => {wire},");
                }

                var unknown = $"{UnknownValuesField}.WireValue((long)value)";
                writer.Line(model.IsNumberOnWire
                    ? "_ => (long)value,"
                    : model.CodesAreIntegers
                        ? $"_ => {unknown} ?? ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),"
                        : $"_ => {unknown} ?? throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"{model.Name} has no wire value for this number.\"),");
            }

            writer.Line();
            Text.WriteDocComment(writer, "True when the value is one of the members, so it has a wire value the spec lists.",
                "False for a number cast to the enum, such as a code read from the wire that this version does not know.");
            WriteIsDefined(writer, model);

            writer.Line();
            Text.WriteDocComment(writer, "True for a value with no named member that was read from the wire, such as a value added to the API after this version.",
                "Such a value is written back as it came and passes request validation; a number merely cast to the enum does not.");
            writer.Line($"public static bool WasReadFromWire(this {model.Name} value) => {UnknownValuesField}.WasRead((long)value);");

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
