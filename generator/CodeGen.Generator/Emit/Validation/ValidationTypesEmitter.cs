using System.Collections.Generic;
using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Emits the types that the generated validators of one spec share: the result, its errors and the exception
/// (public, in the model namespace), and the internal context that collects problems with their JSON paths.
/// </summary>
internal static class ValidationTypesEmitter
{
    public static IEnumerable<(string TypeName, string Source)> Emit(ApiModel api)
    {
        var names = api.Validation;
        yield return (names.Result, Render(api, ValidationTemplates.Result));
        yield return (names.Error, Render(api, ValidationTemplates.Error));
        yield return (names.Exception, Render(api, ValidationTemplates.Exception));
        yield return (names.Context, Render(api, ValidationTemplates.Context));
    }

    private static string Render(ApiModel api, string template)
    {
        var writer = FileHeader.Start(api.SpecFileName, api.Namespace);
        var body = api.Validation.Fill(template)
            .Replace("{GeneratedCode}", FileHeader.GeneratedCodeAttribute)
            .Replace("{Title}", Text.XmlInline(api.Title));
        writer.Lines(body);

        return writer.ToString();
    }
}
