using System.Collections.Concurrent;

namespace StakeholderBot.TestSupport;

// Folders for the index files of test hosts and harnesses, which live as long as their test class and are seldom
// disposed by name: removed when the test process exits, so running the suite again and again does not fill the disk
// (it had left 80,000 index files, 10 GB, in the temp folder of one machine).
public static class TempFolders
{
    private static readonly ConcurrentBag<string> Made = [];

    static TempFolders() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var folder in Made)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    };

    public static string Create(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        Made.Add(folder);
        return folder;
    }
}
