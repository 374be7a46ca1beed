namespace CodeGen.Model;

/// <summary>
/// The names of the validation types generated beside a spec's models. A schema with one of these names is renamed,
/// so the names stay fixed for code that uses them.
/// </summary>
internal static class ValidationTypeNames
{
    public const string Result = "RequestValidationResult";
    public const string Error = "RequestValidationError";
    public const string Exception = "RequestValidationException";
    public const string Context = "RequestValidationContext";

    /// <summary>The name of the instance method that validates a request model.</summary>
    public const string ValidateMethod = "Validate";

    public static readonly string[] All = { Result, Error, Exception, Context };
}
