using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CodeGen.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using HL = CodeGen.Tests.HighLevel;
using LS = CodeGen.Tests.LeadSquared;
using SH = CodeGen.Tests.Saleshandy;

namespace CodeGen.Tests.Http;

/// <summary>The generated <c>AddXxxClient</c> registrations, and that they exist only where Microsoft.Extensions.Http does.</summary>
public sealed class DependencyInjectionTests : IClassFixture<ServerFixture>
{
    private readonly RecordingServer _server;

    public DependencyInjectionTests(ServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task The_registered_client_comes_from_the_factory_with_its_options_and_logs_no_credentials()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"RequestId":"r-1","Message":{"RequestId":"r-1"}}"""));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddLeadSquaredClient(options =>
        {
            options.BaseAddress = _server.BaseAddress;
            options.AccessKey = VendorOperation.LeadSquaredAccessKey;
            options.SecretKey = VendorOperation.LeadSquaredSecretKey;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<LS.LeadSquaredClient>();
        await client.CreateTasksInBulkAsync(new LS.CreateTasksInBulkRequest { TaskList = [new LS.BulkTask { Name = "Call", TaskType = new LS.TaskTypeReference { Name = "Call" } }] });

        var request = Assert.Single(_server.Requests);
        Assert.Equal(VendorOperation.LeadSquaredSecretKey, request.Query["secretKey"]);
        Assert.Contains(logs.Messages, message => message.Contains("/v2/Task.svc/Bulk/Create", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, message => VendorOperation.Secrets.Any(secret => message.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Options_bind_from_a_configuration_section_without_reflection()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"message":"ok","payload":{"results":[]}}"""));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Saleshandy:BaseAddress"] = _server.BaseAddress.ToString(),
            ["Saleshandy:ApiKey"] = VendorOperation.SaleshandyApiKey,
        }).Build();
        var services = new ServiceCollection();
        services.AddSaleshandyClient(configuration.GetSection("Saleshandy"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SH.SaleshandyClient>().CreateTaskAsync(new SH.CreateTaskRequest
        {
            ProspectIds = ["p-1"],
            TaskType = SH.TaskType.CallFollowUp,
        });

        Assert.Equal(VendorOperation.SaleshandyApiKey, Assert.Single(_server.Requests).Header("x-api-key"));
    }

    [Fact]
    public async Task The_interface_resolves_to_the_registered_typed_client()
    {
        _server.Reset(_ => new ScriptedResponse(200, """{"task":{"id":"t-1"}}"""));
        var services = new ServiceCollection();
        services.AddHighLevelClient(options =>
        {
            options.BaseAddress = _server.BaseAddress;
            options.BearerToken = VendorOperation.HighLevelToken;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<HL.IHighLevelClient>();
        var response = await client.CreateContactTaskAsync("c-1", new HL.CreateTaskParams { Title = "Call", DueDate = DateTimeOffset.UnixEpoch, Completed = false });

        Assert.IsType<HL.HighLevelClient>(client);
        Assert.Equal("t-1", response.Task?.Id);
        Assert.Equal("Bearer " + VendorOperation.HighLevelToken, Assert.Single(_server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task An_implementation_of_the_interface_registered_before_the_client_is_kept()
    {
        var services = new ServiceCollection();
        var own = new NoSaleshandy();
        services.AddSingleton<SH.ISaleshandyClient>(own);
        services.AddSaleshandyClient();
        await using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<SH.ISaleshandyClient>());
    }

    [Fact]
    public void Without_Microsoft_Extensions_Http_nothing_DI_related_is_generated_and_the_code_compiles()
    {
        var run = GeneratorHarness.Run(new[] { TestSpec.VendorSpecs[1] });

        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain(run.Sources, source => source.HintName.Contains("ServiceCollectionExtensions", StringComparison.Ordinal));
        Assert.Contains(run.Sources, source => source.HintName.EndsWith(".LeadSquaredClient.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void With_Microsoft_Extensions_Http_the_registration_is_generated_and_compiles()
    {
        var run = GeneratorHarness.Run(new[] { TestSpec.VendorSpecs[1] }, withHosting: true);

        Assert.Empty(run.CompilationProblems());
        Assert.Contains(run.Sources, source => source.HintName.EndsWith("LeadSquaredServiceCollectionExtensions.g.cs", StringComparison.Ordinal));
    }

    private sealed class NoSaleshandy : SH.ISaleshandyClient
    {
        public Task<SH.CreateTaskResponse> CreateTaskAsync(SH.CreateTaskRequest body, System.Threading.CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<SH.SaleshandyApiResponse<SH.CreateTaskResponse>> CreateTaskWithResponseAsync(SH.CreateTaskRequest body, System.Threading.CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<SH.SaleshandyBatchResult<string>> CreateTaskInBatchesAsync(SH.CreateTaskRequest request, IProgress<SH.SaleshandyBatchProgress>? progress = null, System.Threading.CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyList<string> Messages => _messages.ToList();

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}
