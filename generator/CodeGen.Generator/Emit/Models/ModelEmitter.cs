using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>Emits the C# class of an object schema.</summary>
internal static class ModelEmitter
{
    public static void Write(CodeWriter writer, ApiModel api, ObjectModel model)
    {
        // A model declares no nested types, so every other model is found by its short name.
        var types = new TypeSyntax(api, System.Array.Empty<string>());
        using (writer.Block("namespace " + api.Namespace))
        {
            Text.WriteDocComment(writer, model.Documentation.Summary ?? $"The {model.Name} object of {api.Title}.", model.Documentation.Description, model.Documentation.Example);
            writer.Line(FileHeader.GeneratedCodeAttribute);
            writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({types.ConverterType(model.Name)}))]");
            using (writer.Block($"public sealed partial class {model.Name}"))
            {
                var first = true;
                foreach (var property in model.Properties)
                {
                    if (!first) writer.Line();
                    first = false;
                    WriteProperty(writer, types, property);
                }

                if (!first) writer.Line();
                WriteAdditionalProperties(writer);
            }
        }
    }

    private static void WriteAdditionalProperties(CodeWriter writer)
    {
        Text.WriteDocComment(writer, "The JSON properties the schema does not declare, as they came; null when there are none.");
        writer.Line($"public global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? {GeneratedNames.AdditionalProperties} {{ get; set; }}");
    }

    private static void WriteProperty(CodeWriter writer, TypeSyntax types, PropertyModel property)
    {
        var documentation = property.Documentation;
        if (documentation.Summary is null && documentation.Description is null)
        {
            // With nothing from the spec but the name and an example, both fit in one sentence.
            var example = documentation.Example is { } value ? $", such as <c>{Text.XmlInline(value)}</c>" : "";
            Text.WriteXmlDocComment(writer, $"The '{Text.XmlInline(property.JsonName)}' value{example}.");
        }
        else
        {
            Text.WriteDocComment(writer, documentation.Summary ?? $"The '{property.JsonName}' value.", documentation.Description, documentation.Example);
        }

        var type = types.TypeName(property.Type) + (property.IsNullableInCSharp ? "?" : "");
        var required = property.IsRequired ? "required " : "";
        writer.Line($"public {required}{type} {property.Name} {{ get; set; }}");
    }
}
