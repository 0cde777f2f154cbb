namespace StakeholderBot.TestSupport;

// Tests find the repository (and its node_modules) by walking up from the test binaries.
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeModules => Path.Combine(Root, "node_modules");

    public static string NodeBin(string name) => Path.Combine(NodeModules, ".bin", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StakeholderBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StakeholderBot.sln not found above " + AppContext.BaseDirectory);
    }
}
