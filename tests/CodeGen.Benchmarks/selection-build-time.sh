#!/usr/bin/env bash
# How long a console app's warm incremental build takes (Program.cs touched, `dotnet build --no-restore`) with no
# spec, with GitHub's spec choosing 20 issues operations, and with the whole of GitHub's spec; the median of 5 runs
# each, with the compiler server (as `dotnet build` runs by default) and without it (a fresh compiler process per
# build, as where UseSharedCompilation=false), and the generated files and characters of the two specs. "compiled" is
# the app with the 20 operations' generated files as ordinary sources and no spec: what compiling that code alone costs.
# "cached" is the selected app with the compiler server's cache of generator drivers turned on. "library" is the
# app without a spec, referencing a class library that holds the spec with the same 20 operations (README, "Large specs").
# Not part of the test run (KEEP=1 keeps the apps' folder for a closer look):
#   dotnet build tests/CodeGen.Tests -v q && tests/CodeGen.Benchmarks/selection-build-time.sh [none] [selected] [cached] [compiled] [library] [full]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
analyzers="$repo/tests/CodeGen.Tests/bin/Debug/net10.0"
spec="$repo/tests/CodeGen.Tests/RealWorld/Specs/github-api.github.com.json"
work="$(mktemp -d)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The builds below say whether to use the compiler server; a machine-wide setting would decide for both.
unset UseSharedCompilation

# The 20: the issues paths, without reactions, lock/unlock and the timeline.
selection='IncludePaths="/repos/{owner}/{repo}/issues/**" ExcludeTags="reactions" ExcludePaths="/repos/{owner}/{repo}/issues/*/lock;/repos/{owner}/{repo}/issues/*/timeline"'

# A project in its own folder with the generator as an analyzer and its own copy of the spec: the spec sits in the
# project's folder, as in a user's project (every JSON/YAML file beside a spec is read as a file its $refs may reach,
# so the repository's folder of test specs would be read on every build).
project() {
  local dir="$1" file="$2" properties="$3" item="$4"
  mkdir -p "$dir/specs"
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Build.targets"
  cat > "$dir/$file" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/build/CodeGen.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    $properties
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$analyzers/CodeGen.Generator.dll" />
    <Analyzer Include="$analyzers/YamlDotNet.dll" />
    $item
  </ItemGroup>
  <Import Project="$repo/generator/build/CodeGen.targets" />
</Project>
PROJECT
  cp "$spec" "$dir/specs/github.json"
}

app() {
  local name="$1" item="$2" properties="${3:-}"
  project "$work/$name" App.csproj "<OutputType>Exe</OutputType> $properties" "$item"
  echo 'Console.WriteLine("hello");' > "$work/$name/Program.cs"
  (cd "$work/$name" && dotnet build -v q -clp:NoSummary > build.log) || { cat "$work/$name/build.log"; exit 1; }
}

# The class library that holds the spec for the "library" app.
library() {
  project "$work/library-api" Api.csproj "" "<OpenApiSpec Include=\"specs/github.json\" $selection />"
}

median_build() {
  local dir="$work/$1" shared="$2" times=()
  for run in 0 1 2 3 4 5; do
    touch "$dir/Program.cs"
    local start end
    start=$(date +%s.%N)
    # The first build wrote the generated files out to be counted; a user's build does not.
    (cd "$dir" && dotnet build --no-restore -v q -clp:NoSummary -p:EmitCompilerGeneratedFiles=false -p:UseSharedCompilation="$shared" > /dev/null)
    end=$(date +%s.%N)
    # The first build of each kind only starts the compiler server or warms the disk cache.
    [ "$run" = 0 ] || times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

apps=("${@:-none selected full}")
apps=(${apps[*]})
for name in "${apps[@]}"; do
  case "$name" in
    none) app none "" ;;
    selected) app selected "<OpenApiSpec Include=\"specs/github.json\" $selection />" ;;
    # The compiler server keeps each project's generator driver between builds: an unchanged spec is not read again.
    cached) app cached "<OpenApiSpec Include=\"specs/github.json\" $selection />" "<Features>\$(Features);enable-generator-cache</Features>" ;;
    full) app full "<OpenApiSpec Include=\"specs/github.json\" />" ;;
    library) library; app library "<ProjectReference Include=\"../library-api/Api.csproj\" />" ;;
    compiled)
      [ -d "$work/selected" ] || app selected "<OpenApiSpec Include=\"specs/github.json\" $selection />"
      app compiled ""
      mkdir -p "$work/compiled/generated"
      find "$work/selected/obj/Debug/net10.0/generated" -name '*.g.cs' -exec cp {} "$work/compiled/generated/" \;
      (cd "$work/compiled" && dotnet build -v q -clp:NoSummary > build.log) || { cat "$work/compiled/build.log"; exit 1; }
      ;;
  esac
done

for name in "${apps[@]}"; do
  generated="$work/$name/obj/Debug/net10.0/generated"
  [ "$name" = compiled ] && generated="$work/$name/generated"
  [ "$name" = library ] && generated="$work/library-api/obj/Debug/net10.0/generated"
  files=0; chars=0
  if [ -d "$generated" ]; then
    files=$(find "$generated" -name '*.g.cs' | wc -l)
    chars=$(find "$generated" -name '*.g.cs' -exec cat {} + | wc -m)
  fi
  echo "$name: median incremental build $(median_build "$name" true) s with the compiler server, $(median_build "$name" false) s without; $files generated files, $chars characters"
done
[ -f "$work/selected/build.log" ] && grep -o 'CGEN021[^(]*' "$work/selected/build.log" || true
