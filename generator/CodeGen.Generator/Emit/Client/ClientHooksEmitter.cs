using CodeGen.Model;

namespace CodeGen.Emit;

/// <summary>
/// Declares the client's partial hook methods, which a partial class of the caller's may implement to adjust each
/// request and see each response. An unimplemented partial method and every call to it are removed by the compiler,
/// so a client whose hooks are not implemented pays nothing for them.
/// </summary>
internal static class ClientHooksEmitter
{
    public static void Write(CodeWriter writer)
    {
        writer.Lines($$"""
/// <summary>
/// Called with each attempt's request just before it is sent (after any wait for the rate limit), with its URL,
/// headers, credentials and body set: implement it in a partial class to add or change headers.
/// </summary>
/// <param name="request">The request about to be sent; each attempt, retries included, sends a new one.</param>
/// <param name="operation">The operation's name, such as <c>CreateTask</c>.</param>
/// <remarks>An exception it throws reaches the caller, and the request is not sent.</remarks>
partial void {{GeneratedNames.RequestHook}}(global::System.Net.Http.HttpRequestMessage request, string operation);

/// <summary>
/// Called with each attempt's response as soon as its headers arrive, before the client decides to retry or reads
/// the body: implement it in a partial class to see status codes and headers.
/// </summary>
/// <param name="response">The response; read its status and headers, not its body, and leave disposing it to the client.</param>
/// <param name="operation">The operation's name, such as <c>CreateTask</c>.</param>
/// <remarks>An exception it throws reaches the caller, and the response is disposed.</remarks>
partial void {{GeneratedNames.ResponseHook}}(global::System.Net.Http.HttpResponseMessage response, string operation);
""");
    }
}
