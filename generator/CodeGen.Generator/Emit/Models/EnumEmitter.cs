using System.Globalization;
using System.Linq;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits a C# enum and its extensions class, whose table of members and wire values drives the mapping to and from
/// the wire in the spec's shared <c>EnumWireValues</c>.
/// </summary>
internal static class EnumEmitter
{
    // A table this long or shorter stays on the field's line.
    private const int OneLineTable = 120;

    public static void Write(CodeWriter writer, ApiModel api, EnumModel model)
    {
        // The enum and its extensions class declare no nested types, so every model is found by its short name.
        var types = new TypeSyntax(api, System.Array.Empty<string>());
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

    private static string WireText(EnumModel model, EnumMemberModel member) =>
        model.IsNumberOnWire ? member.WireValue : "\"" + member.WireValue + "\"";

    private static void WriteExtensions(CodeWriter writer, TypeSyntax types, EnumModel model)
    {
        var name = model.Name;
        Text.WriteDocComment(writer, $"Maps {name} to and from the values on the wire.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        using (writer.Block($"public static class {GeneratedNames.EnumExtensions(name)}"))
        {
            var field = GeneratedNames.EnumWireValuesField;
            WriteTable(writer, types, model);

            writer.Line();
            var wireType = model.IsNumberOnWire ? "long" : "string";
            Text.WriteDocComment(writer, model.IsNumberOnWire
                ? "The value as it is sent on the wire: its number."
                : model.CodesAreIntegers
                    ? "The value as it is sent on the wire; one with no member is written as it came from the wire, or else as its number."
                    : "The value as it is sent on the wire; one with no member is written as it came from the wire, or else throws ArgumentOutOfRangeException.");
            writer.Line($"public static {wireType} ToWireValue(this {name} value) => {field}.{(model.IsNumberOnWire ? "ToNumber" : "ToWireValue")}(value);");

            writer.Line();
            Text.WriteDocComment(writer, "True when the value is one of the members, not a number cast to the enum or a value this version does not list.");
            writer.Line($"public static bool IsDefined(this {name} value) => {field}.IsDefined(value);");

            writer.Line();
            Text.WriteDocComment(writer, "True for a value with no member that was read from the wire; it is written back as it came and passes request validation.");
            writer.Line($"public static bool WasReadFromWire(this {name} value) => {field}.WasRead(value);");

            writer.Line();
            Text.WriteDocComment(writer, "Finds the member for a wire value; false when the value is not one the spec lists.");
            writer.Line($"public static bool TryParseWireValue({wireType}{(model.IsNumberOnWire ? "" : "?")} wireValue, out {name} value) => {field}.TryParse(wireValue, out value);");
        }
    }

    /// <summary>The field holding the members and their wire values, read once when the enum is first mapped.</summary>
    private static void WriteTable(CodeWriter writer, TypeSyntax types, EnumModel model)
    {
        var entries = model.Members
            .Select(m => model.IsNumberOnWire ? $"{model.Name}.{m.Name}" : $"({model.Name}.{m.Name}, {Text.Literal(m.WireValue)})")
            .ToList();
        var arguments = model.IsNumberOnWire
            ? Text.Literal(model.Name)
            : $"{Text.Literal(model.Name)}, integerCodes: {(model.CodesAreIntegers ? "true" : "false")}";
        var declaration = $"internal static readonly {types.JsonWireType}.{GeneratedNames.EnumWireValues}<{model.Name}> {GeneratedNames.EnumWireValuesField} = new({arguments}";
        var oneLine = string.Join(", ", entries);
        if (oneLine.Length <= OneLineTable)
        {
            writer.Line($"{declaration}, {oneLine});");
            return;
        }

        writer.Line(declaration + ",").Indent();
        for (var i = 0; i < entries.Count; i++) writer.Line(entries[i] + (i == entries.Count - 1 ? ");" : ","));
        writer.Outdent();
    }
}
