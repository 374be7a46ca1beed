using BenchmarkDotNet.Running;
using CodeGen.Benchmarks.Infrastructure;

if (args is [NSwagClientFiles.Argument])
{
    await NSwagClientFiles.WriteAsync();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
