using System.Reflection;
using System.Text.Json;

namespace StakeholderBot.Knowledge.Answering;

// The word lists under Data/, embedded in the assembly: small talk, question words, number words, the glossary.
internal static class AnsweringData
{
    public static JsonDocument Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StakeholderBot.Knowledge.Answering.Data." + file)
            ?? throw new InvalidOperationException($"Data/{file} is not embedded in the Knowledge assembly.");
        return JsonDocument.Parse(stream);
    }
}
