import Foundation
import PackagePlugin

/// Bakes the commit a target is built from into it, as `BuildCommit.id` (shown by `govnet --version`).
///
/// A prebuild command (`/bin/sh`, run before every build; it only rewrites its output when the commit
/// changed, so an unchanged commit recompiles nothing) writes `BuildCommit.swift`:
/// - in a Git clone of the package, the first 12 hex digits of `HEAD`, with `-modified` when tracked files differ from it;
/// - in a source archive made by `git archive` (GitHub's tarballs), the commit Git substituted into
///   `scripts/package/archive-commit` (`export-subst` in `.gitattributes`);
/// - otherwise `unknown`.
/// The same sources give the same bytes: no date, host or user is recorded.
@main
struct CommitStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildCommit")
        return [.prebuildCommand(
            displayName: "Recording the commit \(target.name) is built from",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", Self.script, "commit-stamp", context.package.directoryURL.path, output.path],
            outputFilesDirectory: output)]
    }

    /// `sh -c script commit-stamp PACKAGE_DIR OUTPUT_DIR`.
    static let script = #"""
    package=$1; out=$2
    # The package's own repository only: a source archive unpacked inside another Git work tree must
    # not take that tree's commit.
    top=$(git -C "$package" rev-parse --show-toplevel 2>/dev/null) || top=
    if [ -n "$top" ] && [ "$(cd "$top" && pwd -P)" = "$(cd "$package" && pwd -P)" ] &&
       commit=$(git -C "$package" rev-parse --verify --quiet HEAD 2>/dev/null) && [ -n "$commit" ]; then
      commit=$(printf %s "$commit" | cut -c1-12)
      git -C "$package" diff --no-ext-diff --quiet HEAD -- 2>/dev/null || commit="$commit-modified"
    else
      commit=$(grep -E -x '[0-9a-f]{40}' "$package/scripts/package/archive-commit" 2>/dev/null | cut -c1-12)
      [ -n "$commit" ] || commit=unknown
    fi
    mkdir -p "$out"
    printf '%s\n' \
      '// Generated before each build by the CommitStamp plugin (Plugins/CommitStamp). Do not edit.' \
      '/// The commit this binary was built from (12 hex digits, `-modified` for uncommitted changes, or `unknown`).' \
      "enum BuildCommit { static let id = \"$commit\" }" > "$out/BuildCommit.swift.new"
    if cmp -s "$out/BuildCommit.swift.new" "$out/BuildCommit.swift"; then
      rm -f "$out/BuildCommit.swift.new"
    else
      mv "$out/BuildCommit.swift.new" "$out/BuildCommit.swift"
    fi
    """#
}
