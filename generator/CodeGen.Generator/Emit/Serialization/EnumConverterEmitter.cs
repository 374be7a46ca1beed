using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the JSON converter of a generated enum: the spec's enum converter base over the enum's <c>EnumWireValues</c>.
/// A wire value the spec does not list never fails deserialisation and is written back as it came.
/// </summary>
internal static class EnumConverterEmitter
{
    public static void Write(CodeWriter writer, ApiModel api, EnumModel model)
    {
        var types = TypeSyntax.ForSerialization(api, helpersImported: false);
        var converter = GeneratedNames.JsonConverter(model.Name);
        var table = $"{types.QualifiedModel(GeneratedNames.EnumExtensions(model.Name))}.{GeneratedNames.EnumWireValuesField}";
        using (writer.Block("namespace " + api.SerializationNamespace))
        {
            Text.WriteDocComment(writer, $"Reads and writes {model.Name} as its wire values, without reflection.");
            writer.Line(FileHeader.GeneratedCodeAttribute);
            using (writer.Block($"public sealed class {converter} : {GeneratedNames.EnumConverterBase(api.ApiName)}<{types.ModelType(model.Name)}>"))
            {
                writer.Line($"internal static readonly {converter} Instance = new();");
                writer.Line();
                writer.Line("/// <summary>Creates the converter.</summary>");
                writer.Line($"public {converter}() : base({table}) {{ }}");
            }
        }
    }
}
