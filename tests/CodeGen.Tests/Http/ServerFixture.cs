using System.Threading.Tasks;
using Xunit;

namespace CodeGen.Tests.Http;

/// <summary>One recording server per test class; each test sets how it answers.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    internal RecordingServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RecordingServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
