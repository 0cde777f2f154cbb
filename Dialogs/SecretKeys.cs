using System.Security.Cryptography;
using System.Text;

namespace StakeholderBot.Dialogs;

public static class SecretKeys
{
    // Without a configured key, a random one lives as long as the process: fine on one machine, wrong behind
    // several instances, where the key must be shared.
    public static byte[] ConfiguredOrRandom(string? configured) =>
        string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(configured);
}
