using CodeGen.Helpers;

namespace CodeGen.Model;

/// <summary>
/// The names of the validation types generated beside one spec's models. Each starts with the spec's API name
/// (<c>HighLevelValidationException</c>), so two specs imported into one file never make a name ambiguous; a schema
/// with one of these names is renamed, so the names stay fixed for code that uses them.
/// </summary>
internal sealed record ValidationTypeNames(string ApiName)
{
    /// <summary>The name of the instance method that validates a request model.</summary>
    public const string ValidateMethod = "Validate";

    public string Result => ApiName + "ValidationResult";

    public string Error => ApiName + "ValidationError";

    public string Exception => ApiName + "ValidationException";

    public string Context => ApiName + "ValidationContext";

    public string[] All => new[] { Result, Error, Exception, Context };

    /// <summary>Puts the names into a template that spells them <c>{ValidationResult}</c>, <c>{ValidationError}</c>, ….</summary>
    public string Fill(string template) => TemplateText.Fill(template,
        ("{ValidationResult}", Result),
        ("{ValidationError}", Error),
        ("{ValidationException}", Exception),
        ("{ValidationContext}", Context));
}
