using BenchmarkDotNet.Running;
using CodeGen.Benchmarks.Infrastructure;

// dotnet run -c Release --project tests/CodeGen.Benchmarks -- --filter '*' [--job short]
if (args is [NSwagClientFiles.Argument])
{
    await NSwagClientFiles.WriteAsync();
    return 0;
}

return RunVerdict.ExitCode(BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args));
