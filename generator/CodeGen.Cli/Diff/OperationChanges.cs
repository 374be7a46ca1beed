using CodeGen.Model;

namespace CodeGen.Cli.Diff;

/// <summary>Changes to the operations: their presence and the types they send and receive.</summary>
internal static class OperationChanges
{
    public static IEnumerable<SpecChange> Between(IEnumerable<OperationModel> before, IEnumerable<OperationModel> after) =>
        SpecComparer.Match(before, after, static operation => operation.Name,
            static removed => SpecChange.Breaking($"operation {removed.Name} ({removed.Method} {removed.Path}) removed"),
            static added => SpecChange.Safe($"operation {added.Name} ({added.Method} {added.Path}) added"),
            static (old, current) => Operation(old, current));

    private static IEnumerable<SpecChange> Operation(OperationModel was, OperationModel now)
    {
        var name = $"operation {was.Name}";
        if (was.Method != now.Method || was.Path != now.Path)
        {
            yield return SpecChange.Safe($"{name} moved from {was.Method} {was.Path} to {now.Method} {now.Path}");
        }

        if (TypeDisplay.Of(was.RequestBody) != TypeDisplay.Of(now.RequestBody))
        {
            yield return SpecChange.Breaking($"{name} request body changed from {TypeDisplay.Of(was.RequestBody)} to {TypeDisplay.Of(now.RequestBody)}");
        }

        var oldResponses = was.Responses.ToDictionary(static r => r.StatusCode, StringComparer.Ordinal);
        foreach (var response in now.Responses)
        {
            if (oldResponses.TryGetValue(response.StatusCode, out var old) && TypeDisplay.Of(old.Body) != TypeDisplay.Of(response.Body))
            {
                yield return SpecChange.Breaking($"{name} response {response.StatusCode} changed from {TypeDisplay.Of(old.Body)} to {TypeDisplay.Of(response.Body)}");
            }
        }
    }
}
